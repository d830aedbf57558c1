import { clauseRule } from "../wording.js";

// L221-18: no reason needed; a reason field may only be optional.
export const clauseReason = clauseRule({
  id: "clause-reason",
  article: "L221-18",
  table: ["WD-005"],
  pattern: {
    all: [/\b(motif|raison)s?\b/u, /\b(obligatoire|exige|imperati\w*|indispensable|doi(t|vent) (etre )?(justifi|indiqu|precis)|justifier|preciser)\b/u],
    none: [/\b(facultati\w*|sans (avoir a )?(donner|justifier|indiquer)|n'avez pas a|pas (besoin|oblige))/u],
  },
  summary: { fr: "Aucun motif exigé pour se rétracter.", en: "No reason required to withdraw." },
  message: {
    fr: "Le client n'a pas à justifier sa rétractation ; un motif ne peut être demandé qu'à titre facultatif : « {quote} ».",
    en: "The customer does not have to justify the withdrawal; a reason may only be optional: \"{quote}\".",
  },
});
