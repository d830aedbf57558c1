import type { Rule } from "../../types.js";
import { findSentences, FREE_TEXT_PATHS, type SentencePattern } from "../wording.js";

// L211-1: contract terms are written clearly and understandably, and read in the consumer's favour
// when in doubt; a hostile tone reads as a refusal of rights the customer has. Liability
// exclusions are not a matter of tone: clause-abusive (R212-1) reports them as errors.
const PHRASES: { pattern: SentencePattern; rewrite: { fr: string; en: string } }[] = [
  {
    pattern: { all: [/\bnous (refusons|n'acceptons|n'admettons|ne tolerons|n'autorisons)\b|\b(n'acceptons|n'admettons|ne tolerons|n'autorisons) (pas|aucun|aucune)\b/u] },
    rewrite: { fr: "dites ce que le client peut faire : « Merci de nous renvoyer… » ou « Pour être remboursé, il suffit de… »", en: "say what the customer can do: « Merci de nous renvoyer… » or « Pour être remboursé, il suffit de… »" },
  },
  {
    pattern: { all: [/\baucun (retour|echange) ne sera (accepte|admis|possible)\b|\b(sera|seront) (systematiquement )?refuses?\b|\bstrictement interdit\b|\ben aucun cas\b/u] },
    rewrite: { fr: "écrivez ce qui est possible : « Vous pouvez nous retourner… dans les 14 jours »", en: "write what is possible: « Vous pouvez nous retourner… dans les 14 jours »" },
  },
];

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
      fr: "Formulation peu aimable : « {quote} ». Suggestion : {rewrite}.",
      en: "Unfriendly wording: \"{quote}\". Suggestion: {rewrite}.",
    },
  },
  check: ({ config }) =>
    PHRASES.flatMap(({ pattern, rewrite }) =>
      findSentences(config, pattern).map((m) => ({
        messageId: "hostile",
        path: m.path,
        needle: m.needle,
        data: { quote: m.sentence.length > 90 ? `${m.sentence.slice(0, 87)}…` : m.sentence, rewrite: rewrite.fr },
      })),
    ),
};
