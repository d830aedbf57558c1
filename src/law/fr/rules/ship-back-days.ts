import type { Rule } from "../../types.js";

// L221-23: the customer has 14 days after notifying the withdrawal to send the goods back.
export const shipBackDays: Rule = {
  id: "ship-back-days",
  article: "L221-23",
  severity: "error",
  table: ["RT-001"],
  paths: ["returns.shipBackDays"],
  summary: {
    fr: "Le client a au moins 14 jours après sa rétractation pour renvoyer l'article.",
    en: "The customer has at least 14 days after withdrawing to send the goods back.",
  },
  messages: {
    tooShort: {
      fr: "Le client dispose d'au moins 14 jours après sa rétractation pour renvoyer l'article ({days} indiqués).",
      en: "The customer has at least 14 days after withdrawing to send the goods back ({days} given).",
    },
  },
  check: ({ config }) =>
    config.returns.shipBackDays < 14
      ? [{ messageId: "tooShort", path: "returns.shipBackDays", data: { days: config.returns.shipBackDays } }]
      : [],
};
