import type { Rule } from "../../types.js";

// L221-24: refund at the latest 14 days from the day the shop learns of the withdrawal;
// L242-4: automatic surcharges beyond that.
export const refundDays: Rule = {
  id: "refund-days",
  article: "L221-24, L242-4",
  severity: "error",
  table: ["RF-001"],
  paths: ["refunds.days"],
  summary: {
    fr: "Le remboursement intervient au plus tard 14 jours après la rétractation.",
    en: "The refund is made at the latest 14 days after the withdrawal.",
  },
  messages: {
    tooLate: {
      fr: "Le remboursement doit intervenir au plus tard 14 jours après réception de la rétractation ({days} indiqués). Il peut attendre le retour de l'article ou la preuve d'envoi. Au-delà, des majorations s'appliquent automatiquement.",
      en: "The refund must be made at the latest 14 days after the withdrawal is received ({days} given). It may wait for the goods or proof of shipment. Beyond that, surcharges apply automatically.",
    },
  },
  check: ({ config }) =>
    config.refunds.days > 14 ? [{ messageId: "tooLate", path: "refunds.days", data: { days: config.refunds.days } }] : [],
};
