import { clauseRule } from "../wording.js";

// L612-1, L612-4: mediation is free for the consumer and never compulsory before going to court.
export const clauseMediation = clauseRule({
  id: "clause-mediation",
  article: "L612-1, L612-4",
  table: ["MD-003"],
  summary: { fr: "La médiation reste gratuite et facultative.", en: "Mediation stays free and optional." },
  message: {
    fr: "La médiation est gratuite pour le client et ne peut pas lui être imposée avant de saisir le juge : « {quote} ».",
    en: "Mediation is free for the customer and cannot be made compulsory before going to court: \"{quote}\".",
  },
});
