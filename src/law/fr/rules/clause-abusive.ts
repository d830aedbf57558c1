import { clauseRule } from "../wording.js";

// R212-1 (clauses always abusive, so void) and R212-2 (presumed abusive) of the Code de la
// consommation: a liability exclusion (R212-1 6°) or a clause that sends disputes to arbitration
// (R212-2 10°) is an error, not a matter of tone. Compulsory mediation: clause-reduces-rights.
export const clauseAbusive = clauseRule({
  id: "clause-abusive",
  article: "R212-1, R212-2",
  pattern: [
    { all: [/\bnous (nous )?degageons de toute responsabilite\b|\bdeclin(e|ons|ent) toute responsabilite\b|\b(ne saurions|ne saurait|ne pourrons|ne pourra) (en aucun cas )?etre tenue?s? (pour )?responsables?\b/u] },
    { all: [/\b(arbitrage|arbitre)\b/u, /\b(litige|differend|contestation)s?\b/u], none: [/\bfacultati/u] },
  ],
  summary: {
    fr: "Pas de clause abusive : ni exclusion de responsabilité, ni arbitrage ou médiation imposés avant le juge.",
    en: "No unfair terms: no liability exclusion, no arbitration or mediation forced before court.",
  },
  message: {
    fr: "Cette clause est abusive et donc sans effet (exclusion de votre responsabilité, ou arbitrage ou médiation imposés avant le juge) : « {quote} ». Retirez-la ; la médiation reste une possibilité offerte au client, jamais une obligation.",
    en: "This term is unfair and therefore void (excluding your liability, or forcing arbitration or mediation before court): \"{quote}\". Remove it; mediation stays an option for the customer, never a duty.",
  },
});
