import { clauseRule } from "../wording.js";

// L221-24: all sums paid are refunded, the standard delivery cost included.
export const clauseDeliveryCosts = clauseRule({
  id: "clause-delivery-costs",
  article: "L221-24",
  table: ["RF-004"],
  summary: { fr: "Les frais de livraison standard sont remboursés.", en: "Standard delivery costs are refunded." },
  message: {
    fr: "En cas de rétractation, les frais de livraison standard payés à la commande sont remboursés (seul le supplément d’une livraison express choisie peut être gardé) : « {quote} ».",
    en: "On withdrawal, the standard delivery cost paid with the order is refunded (only the extra for an express delivery chosen may be kept): \"{quote}\".",
  },
});
