import { clauseRule } from "../wording.js";

// L221-23: the customer has 14 days after telling the shop to send the goods back.
export const clauseShipBack = clauseRule({
  id: "clause-ship-back",
  article: "L221-23",
  table: ["RT-001"],
  summary: { fr: "Le client a 14 jours après sa rétractation pour renvoyer l’article.", en: "The customer has 14 days after withdrawing to send the goods back." },
  message: {
    fr: "Le client a 14 jours après vous avoir informé de sa rétractation pour renvoyer l’article : « {quote} ».",
    en: "The customer has 14 days after notifying the withdrawal to send the goods back: \"{quote}\".",
  },
});
