import type { Rule } from "../../types.js";

// L221-18: 14 calendar days at least; a shop may give more, never less.
export const withdrawalDays: Rule = {
  id: "withdrawal-days",
  article: "L221-18",
  severity: "error",
  table: ["WD-001"],
  paths: ["withdrawal.days"],
  summary: {
    fr: "Le délai de rétractation est d'au moins 14 jours.",
    en: "The withdrawal period is at least 14 days.",
  },
  messages: {
    tooShort: {
      fr: "Le délai de rétractation doit être d'au moins 14 jours ({days} indiqués). Vous pouvez proposer plus, jamais moins.",
      en: "The withdrawal period must be at least 14 days ({days} given). You may offer more, never less.",
    },
  },
  check: ({ config }) =>
    config.withdrawal.days < 14 ? [{ messageId: "tooShort", path: "withdrawal.days", data: { days: config.withdrawal.days } }] : [],
};
