import { clauseRule } from "../wording.js";

// L221-18: no reason needed; a reason field may only be optional.
export const clauseReason = clauseRule({
  id: "clause-reason",
  article: "L221-18",
  table: ["WD-005"],
  summary: { fr: "Aucun motif exigé pour se rétracter.", en: "No reason required to withdraw." },
  message: {
    fr: "Le client n'a pas à justifier sa rétractation ; un motif ne peut être demandé qu'à titre facultatif : « {quote} ».",
    en: "The customer does not have to justify the withdrawal; a reason may only be optional: \"{quote}\".",
  },
});
