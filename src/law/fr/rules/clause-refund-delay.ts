import { clauseRule } from "../wording.js";

// L221-24, L242-4: refund within 14 days of the withdrawal.
export const clauseRefundDelay = clauseRule({
  id: "clause-refund-delay",
  article: "L221-24, L242-4",
  table: ["RF-001"],
  summary: { fr: "Pas de délai de remboursement au-delà de 14 jours.", en: "No refund delay beyond 14 days." },
  message: {
    fr: "Le remboursement doit intervenir au plus tard 14 jours après la rétractation (il peut attendre l'article ou la preuve d'envoi, le premier des deux) : « {quote} ».",
    en: "The refund must be made at the latest 14 days after the withdrawal (it may wait for the goods or proof of shipment, whichever comes first): \"{quote}\".",
  },
});
