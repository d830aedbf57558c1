import { clauseRule } from "../wording.js";

// L221-24: same means of payment, unless the customer expressly agrees to another.
export const clauseCreditOnly = clauseRule({
  id: "clause-credit-only",
  article: "L221-24",
  table: ["RF-002"],
  summary: { fr: "Pas de remboursement en avoir imposé.", en: "No imposed credit-note refund." },
  message: {
    fr: "Le remboursement se fait par le même moyen de paiement ; un avoir n'est possible que si le client le choisit expressément : « {quote} ».",
    en: "The refund uses the same means of payment; a credit note only if the customer expressly chooses it: \"{quote}\".",
  },
});
