import { clauseRule } from "../wording.js";

// L242-3, L221-29: a clause that waives or reduces the legal right is void and can be fined.
export const clauseReducesRights = clauseRule({
  id: "clause-reduces-rights",
  article: "L242-3, L221-29",
  table: ["CL-001"],
  summary: { fr: "Aucune clause ne réduit un droit légal du client.", en: "No clause reduces a legal right of the customer." },
  message: {
    fr: "Cette clause réduit un droit légal du client ; elle serait sans effet et peut être sanctionnée : « {quote} ». Reformulez-la ou supprimez-la.",
    en: "This clause reduces a legal right of the customer; it would have no effect and can be fined: \"{quote}\". Rewrite or remove it.",
  },
});
