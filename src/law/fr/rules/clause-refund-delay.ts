import { clauseRule } from "../wording.js";

// L221-24, L242-4: refund within 14 days of the withdrawal.
export const clauseRefundDelay = clauseRule({
  id: "clause-refund-delay",
  article: "L221-24, L242-4",
  table: ["RF-001"],
  pattern: [
    { all: [/\brembours\w*/u, /\b(1[5-9]|[2-9]\d|\d{3,}) ?(jours|j)\b|\b(un|1|deux|2|trois|3) mois\b|\b(trente|quarante|soixante)\b/u] },
    { all: [/\brembours\w*/u, /\bapres (controle|verification|inspection|examen|reception et controle)\b/u], none: [/\bpreuve d'(expedition|envoi)/u] },
  ],
  summary: { fr: "Pas de délai de remboursement au-delà de 14 jours.", en: "No refund delay beyond 14 days." },
  message: {
    fr: "Le remboursement doit intervenir au plus tard 14 jours après la rétractation (il peut attendre l'article ou la preuve d'envoi, le premier des deux) : « {quote} ».",
    en: "The refund must be made at the latest 14 days after the withdrawal (it may wait for the goods or proof of shipment, whichever comes first): \"{quote}\".",
  },
});
