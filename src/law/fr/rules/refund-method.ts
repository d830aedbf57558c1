import type { Rule } from "../../types.js";

// L221-24: the same means of payment, unless the customer expressly agrees to another one.
export const refundMethod: Rule = {
  id: "refund-method",
  article: "L221-24",
  severity: "error",
  table: ["RF-002"],
  paths: ["refunds.method"],
  summary: {
    fr: "Remboursement par le moyen de paiement utilisé ; un avoir seulement si le client le choisit.",
    en: "Refund by the original means of payment; a credit note only if the customer chooses it.",
  },
  messages: {
    creditOnly: {
      fr: "Le remboursement se fait par le même moyen de paiement. Un avoir n'est possible que si le client le choisit expressément : utilisez « original-payment-or-credit ».",
      en: "The refund uses the same means of payment. A credit note is only possible if the customer expressly chooses it: use \"original-payment-or-credit\".",
    },
  },
  check: ({ config }) => (config.refunds.method === "credit-only" ? [{ messageId: "creditOnly", path: "refunds.method" }] : []),
};
