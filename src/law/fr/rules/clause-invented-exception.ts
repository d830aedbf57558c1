import { clauseRule } from "../wording.js";

// L221-28: the thirteen exceptions are the only ones; a shop cannot add its own.
export const clauseInventedException = clauseRule({
  id: "clause-invented-exception",
  article: "L221-28, L221-29",
  table: ["EX-002"],
  summary: {
    fr: "Pas d'exclusion en dehors des 13 cas de l'article L221-28.",
    en: "No exclusion beyond the 13 cases of article L221-28.",
  },
  message: {
    fr: "Cette exclusion ne figure pas dans la liste légale : « {quote} ». Seules les 13 exceptions de l'article L221-28 sont possibles ; retirez-la ou rattachez-la à l'une d'elles.",
    en: "This exclusion is not in the legal list: \"{quote}\". Only the 13 exceptions of article L221-28 are possible; remove it or tie it to one of them.",
  },
});
