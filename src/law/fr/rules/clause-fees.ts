import { clauseRule } from "../wording.js";

// L221-18, L221-23: only the direct cost of return may be charged.
export const clauseFees = clauseRule({
  id: "clause-fees",
  article: "L221-18, L221-23",
  table: ["RF-003"],
  summary: { fr: "Aucuns frais de traitement ou de remise en stock.", en: "No handling or restocking fee." },
  message: {
    fr: "Aucuns frais de traitement ou de remise en stock ne peuvent être retenus, seul le coût direct du retour : « {quote} ».",
    en: "No handling or restocking fee may be charged, only the direct return cost: \"{quote}\".",
  },
});
