import { clauseRule } from "../wording.js";

// L221-28: the thirteen exceptions are the only ones; a shop cannot add its own.
export const clauseInventedException = clauseRule({
  id: "clause-invented-exception",
  article: "L221-28, L221-29",
  table: ["EX-002"],
  pattern: {
    all: [
      /\b(ne (sont|seront|peuvent|pourront) (ni |pas |etre )*(retourn|repris|echange)\w*|ni repris ni echang\w*|non (repris|retournables?)|exclus? du droit de retractation|sans droit de retractation|pas de droit de retractation)\b/u,
    ],
    none: [
      /\b(scelle|descelle|perissables?|frais|fleurs|sur mesure|personnalise|specifications|journaux|magazines|periodiques|primeur|enchere|date (fixe|determinee)|soldes?|promo\w*|sous-vetements?|lingerie|maillots?|cd|dvd|logiciels?|jeux? video)/u,
    ],
  },
  summary: {
    fr: "Pas d'exclusion en dehors des 13 cas de l'article L221-28.",
    en: "No exclusion beyond the 13 cases of article L221-28.",
  },
  message: {
    fr: "Cette exclusion ne figure pas dans la liste légale : « {quote} ». Seules les 13 exceptions de l'article L221-28 sont possibles ; retirez-la ou rattachez-la à l'une d'elles.",
    en: "This exclusion is not in the legal list: \"{quote}\". Only the 13 exceptions of article L221-28 are possible; remove it or tie it to one of them.",
  },
});
