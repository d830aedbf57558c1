import { clauseRule } from "../wording.js";

// L221-18: 14 days at least, counted from receipt of the goods (contract date for services).
export const clauseWithdrawalPeriod = clauseRule({
  id: "clause-withdrawal-period",
  article: "L221-18",
  table: ["WD-001", "WD-003"],
  summary: { fr: "Le texte ne raccourcit pas le délai de 14 jours et le fait partir de la réception.", en: "The text neither shortens the 14-day period nor starts it before receipt." },
  message: {
    fr: "Le délai de rétractation est d’au moins 14 jours et part de la réception de l’article (pas de la commande ni de l’expédition) : « {quote} ».",
    en: "The withdrawal period is at least 14 days and starts when the goods are received (not at order or dispatch): \"{quote}\".",
  },
});
