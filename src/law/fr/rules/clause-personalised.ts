import { clauseRule } from "../wording.js";

// L221-28 3°: only goods made to the customer's specifications or clearly personalised.
export const clausePersonalised = clauseRule({
  id: "clause-personalised",
  article: "L221-28 3°",
  table: ["EX-002", "EX-006"],
  summary: {
    fr: "« Personnalisé » veut dire fait selon les spécifications du client.",
    en: "\"Personalised\" means made to the customer's specifications.",
  },
  message: {
    fr: "Seuls les articles fabriqués selon les spécifications du client ou nettement personnalisés (gravure à son nom, sur-mesure) sont exclus ; une couleur ou une taille choisie au catalogue ne suffit pas : « {quote} ». Précisez ce qui est fait sur mesure.",
    en: "Only goods made to the customer's specifications or clearly personalised (engraved name, made to measure) are excluded; a catalogue colour or size is not enough: \"{quote}\". Say what is made to measure.",
  },
});
