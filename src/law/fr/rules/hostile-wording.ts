import type { Rule } from "../../types.js";
import { clauseReport, clausesOf, FREE_TEXT_PATHS } from "../wording.js";

// L211-1: contract terms are written clearly and understandably, and read in the consumer's favour
// when in doubt; a hostile tone reads as a refusal of rights the customer has. Liability
// exclusions are not a matter of tone: clause-abusive (R212-1) reports them as errors. The phrases
// are patterns of the clause analyser (clauses/patterns.ts, category "hostile").
export const hostileWording: Rule = {
  id: "hostile-wording",
  article: "L211-1",
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
