import type { Rule } from "../../types.js";
import { clauseReport, clausesOf, FREE_TEXT_PATHS } from "../wording.js";

// Not an article: the product's promise of a friendly text (DESIGN.md, LEGAL-FR.md §13: "plain and
// friendly"). A hostile tone also reads as a refusal of rights the customer has. The phrases are
// patterns of the clause analyser (clauses/patterns.ts, category "hostile").
export const hostileWording: Rule = {
  id: "hostile-wording",
  article: "L221-5",
  severity: "warning",
  paths: FREE_TEXT_PATHS,
  summary: {
    fr: "Vos textes restent aimables : pas de « nous refusons », « nous n'acceptons pas »…",
    en: "Your texts stay friendly: no « nous refusons », « nous n'acceptons pas »…",
  },
  messages: {
    hostile: {
      fr: "Formulation peu aimable : « {quote} ». Suggestion : {rewriteFr}.",
      en: "Unfriendly wording: \"{quote}\". Suggestion: {rewriteEn}.",
    },
  },
  check: ({ config }) =>
    clausesOf(config)
      .filter((m) => m.rule === "hostile-wording")
      .map((m) => clauseReport(m, "hostile")),
};
