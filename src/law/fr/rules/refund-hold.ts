import type { Rule } from "../../types.js";

// L221-24 al. 2: the refund may wait for the goods OR proof of shipment, whichever comes first.
export const refundHold: Rule = {
  id: "refund-hold",
  article: "L221-24",
  severity: "error",
  table: ["RF-005"],
  paths: ["refunds.holdUntil", "refunds.waitForGoods"],
  summary: {
    fr: "Le remboursement attend au plus l'article ou la preuve d'envoi, le premier des deux.",
    en: "The refund waits at most for the goods or proof of shipment, whichever comes first.",
  },
  messages: {
    tooLong: {
      fr: "Le remboursement peut attendre le retour de l'article ou la preuve d'expédition, selon ce qui arrive en premier, et rien d'autre (pas de contrôle qualité) : mettez « goods-or-proof ».",
      en: "The refund may wait for the goods or proof of shipment, whichever comes first, and nothing else (no quality check): set \"goods-or-proof\".",
    },
  },
  check: ({ config }) =>
    config.refunds.waitForGoods && config.refunds.holdUntil !== "goods-or-proof" ? [{ messageId: "tooLong", path: "refunds.holdUntil" }] : [],
};
