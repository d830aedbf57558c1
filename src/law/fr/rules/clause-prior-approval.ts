import { clauseRule } from "../wording.js";

// L221-21: withdrawal is unilateral; a return number can help, never condition the right.
export const clausePriorApproval = clauseRule({
  id: "clause-prior-approval",
  article: "L221-21",
  table: ["RT-006"],
  summary: { fr: "Pas d'accord préalable pour se rétracter.", en: "No prior approval to withdraw." },
  message: {
    fr: "La rétractation ne dépend d'aucun accord de votre part ; un numéro de retour peut être proposé pour simplifier, mais ne doit ni conditionner ni retarder le retour : « {quote} ».",
    en: "Withdrawal needs no approval from you; a return number may be offered to help, but must not condition or delay the return: \"{quote}\".",
  },
});
