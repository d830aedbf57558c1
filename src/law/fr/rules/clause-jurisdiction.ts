import { clauseRule } from "../wording.js";

// R631-3 (Code de la consommation), art. 48 du Code de procédure civile: the consumer may sue
// before the court of his home; a clause choosing the seller's court is void against him.
export const clauseJurisdiction = clauseRule({
  id: "clause-jurisdiction",
  article: "R631-3",
  summary: { fr: "Pas de clause qui impose au client le tribunal de la boutique.", en: "No clause imposing the shop's court on the customer." },
  message: {
    fr: "Le client peut toujours saisir le tribunal de son domicile ; une clause qui lui impose un autre tribunal est sans effet : « {quote} ».",
    en: "The customer may always go to the court of his home; a clause imposing another court has no effect: \"{quote}\".",
  },
});
