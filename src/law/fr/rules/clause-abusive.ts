import { clauseRule } from "../wording.js";

// R212-1 (clauses always abusive, so void) and R212-2 (presumed abusive) of the Code de la
// consommation: a liability exclusion (R212-1 6°) or a clause that sends disputes to arbitration
// (R212-2 10°) is an error, not a matter of tone. Compulsory mediation: clause-mediation. The patterns are in clauses/patterns.ts (category "abusive").
export const clauseAbusive = clauseRule({
  id: "clause-abusive",
  article: "R212-1, R212-2",
  summary: {
    fr: "Pas de clause abusive : ni exclusion de responsabilité, ni arbitrage ou médiation imposés avant le juge.",
    en: "No unfair terms: no liability exclusion, no arbitration or mediation forced before court.",
  },
  message: {
    fr: "Cette clause est abusive et donc sans effet (exclusion de votre responsabilité, ou arbitrage ou médiation imposés avant le juge) : « {quote} ».",
    en: "This term is unfair and therefore void (excluding your liability, or forcing arbitration or mediation before court): \"{quote}\".",
  },
});
