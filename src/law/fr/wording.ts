/**
 * Free text a shop writes (custom clauses, notes, guarantee text…), read the way a judge would:
 * sentence by sentence, whatever the case, accents, apostrophes or line breaks.
 */
import type { Config } from "../../config/schema.js";
import { FREE_TEXT_PATHS, freeTextValues, type FreeText } from "../../config/free-text.js";
import type { Rule, RuleReport } from "../types.js";

export type { FreeText };
export { FREE_TEXT_PATHS };

/** Every free-text field of the config, from the one table the renderers read too (config/free-text.ts). */
export function freeTexts(config: Config): FreeText[] {
  return freeTextValues(config);
}

interface Normalized {
  text: string;
  /** For each character of `text`, its index in the original. */
  from: number[];
}

/** Lower case, no accents, straight apostrophes, one space for any run of blanks or line breaks. */
export function normalize(original: string): Normalized {
  let text = "";
  const from: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (/[\s\u00A0\u202F\u2009]/u.test(ch)) {
      if (!lastSpace) {
        text += " ";
        from.push(i);
      }
      lastSpace = true;
      continue;
    }
    const plain = ch
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[’‘`´]/gu, "'")
      .replace(/[‐‑–—]/gu, "-");
    for (const c of plain) {
      text += c;
      from.push(i);
    }
    lastSpace = false;
  }
  return { text, from };
}

export interface Match {
  path: string;
  /** The sentence as the shop wrote it. */
  sentence: string;
  /** The first matched words as written, to locate the line. */
  needle: string;
}

export interface SentencePattern {
  /** Every one of these must appear in the same sentence (normalized text: no accents, lower case). */
  all: RegExp[];
  /** …and none of these (a lawful qualifier, e.g. "scelle" for hygiene products). */
  none?: RegExp[];
}

/** Sentences of the shop's free text that match the pattern, with where they were written. */
export function findSentences(config: Config, pattern: SentencePattern): Match[] {
  const matches: Match[] = [];
  for (const { path, text } of freeTexts(config)) {
    const norm = normalize(text);
    const sentenceRe = /[^.!?;\n]+[.!?;]?/gu;
    for (const s of norm.text.matchAll(sentenceRe)) {
      const sentence = s[0];
      if (!pattern.all.every((re) => re.test(sentence))) continue;
      if (pattern.none?.some((re) => re.test(sentence))) continue;
      const start = s.index ?? 0;
      const first = pattern.all[0]?.exec(sentence);
      const a = norm.from[start + (first?.index ?? 0)] ?? 0;
      const b = (norm.from[start + (first?.index ?? 0) + (first?.[0].length ?? 1) - 1] ?? a) + 1;
      const sa = norm.from[start] ?? 0;
      const sb = (norm.from[start + sentence.length - 1] ?? sa) + 1;
      matches.push({ path, sentence: text.slice(sa, sb).trim(), needle: text.slice(a, b) });
    }
  }
  return matches;
}

/** Turns matches into reports quoting the sentence, shortened. */
export function report(matches: Match[], messageId: string): RuleReport[] {
  return matches.map((m) => ({
    messageId,
    path: m.path,
    needle: m.needle,
    data: { quote: m.sentence.length > 90 ? `${m.sentence.slice(0, 87)}…` : m.sentence },
  }));
}

/** Words that say an item cannot come back (normalized: no accents). */
export const EXCLUDED =
  /\b(ni repris|ni echange|pas repris|non repris|non echange|non rembours|ne (sont|seront|peuvent|pourront|sera|peut) (ni |pas |plus |etre )*(retourn|repris|rembours|echange|accepte)|exclu|aucun retour|pas de retour|sans possibilite de retour|ne donne(nt)? (pas|aucun) droit|refuse)/u;

export interface ClauseRuleSpec {
  id: string;
  article: string;
  severity?: "error" | "warning";
  table?: string[];
  pattern: SentencePattern | SentencePattern[];
  summary: { fr: string; en: string };
  /** Says what is wrong and how to fix it; `{quote}` is the sentence found. */
  message: { fr: string; en: string };
}

/** A wording rule: a sentence pattern over every free-text field, reported at the sentence's line. */
export function clauseRule(spec: ClauseRuleSpec): Rule {
  const patterns = Array.isArray(spec.pattern) ? spec.pattern : [spec.pattern];
  return {
    id: spec.id,
    article: spec.article,
    severity: spec.severity ?? "error",
    ...(spec.table ? { table: spec.table } : {}),
    paths: FREE_TEXT_PATHS,
    summary: spec.summary,
    messages: { found: spec.message },
    check: ({ config }) => {
      const seen = new Set<string>();
      const matches = patterns.flatMap((p) => findSentences(config, p)).filter((m) => {
        const key = `${m.path}\u0000${m.sentence}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return report(matches, "found");
    },
  };
}
