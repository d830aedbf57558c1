import { clauseRule } from "../wording.js";

// L221-24: the refund uses the means of payment the customer paid with, another only with the
// customer's express agreement and at no cost to them. A warning: a shop whose customers can
// only pay by bank transfer may lawfully refund by transfer.
export const clauseRefundMethod = clauseRule({
  id: "clause-refund-method",
  article: "L221-24",
  severity: "warning",
  table: ["RF-002"],
  summary: { fr: "Pas de moyen de remboursement imposé (virement, chèque).", en: "No imposed means of refund (bank transfer, cheque)." },
  message: {
    fr: "Le remboursement se fait avec le moyen de paiement utilisé par le client ; un autre moyen (virement, chèque…) seulement s'il l'accepte expressément, sans frais pour lui. Si vos clients ne peuvent payer que de cette façon, dites-le dans la même phrase : « {quote} ».",
    en: "The refund uses the means of payment the customer paid with; another one (bank transfer, cheque…) only if the customer expressly agrees, at no cost to them. If your customers can only pay that way, say so in the same sentence: \"{quote}\".",
  },
});
