import { clauseRule } from "../wording.js";

// L221-23: handling as in a shop is allowed; beyond, depreciation only, never a refusal.
export const clauseItemCondition = clauseRule({
  id: "clause-item-condition",
  article: "L221-23",
  table: ["RT-005"],
  summary: { fr: "Un article essayé peut être retourné.", en: "A tried item can be returned." },
  message: {
    fr: "Vous ne pouvez pas refuser un retour parce que l'article a été essayé ou n'a plus ses étiquettes ; seule une manipulation excessive peut justifier une retenue pour dépréciation : « {quote} ».",
    en: "You cannot refuse a return because the item was tried or lost its tags; only excessive handling justifies a deduction for depreciation: \"{quote}\".",
  },
});
