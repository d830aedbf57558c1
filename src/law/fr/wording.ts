/**
 * Free text a shop writes (custom clauses, notes, guarantee text…), read the way a judge would:
 * sentence by sentence, whatever the case, accents, apostrophes or line breaks. The wording rules
 * are the clause analyser's findings (clauses/), one rule per family of unlawful clause.
 */
import type { Config } from "../../config/schema.js";
import { FREE_TEXT_PATHS, freeTextValues, type FreeText } from "../../config/free-text.js";
import { frenchTypography } from "../../text/typography.js";
import type { Rule, RuleReport } from "../types.js";
import { analyseClauses, type ClauseMatch } from "./clauses/analyse.js";

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

export interface ClauseRuleSpec {
  id: string;
  article: string;
  severity?: "error" | "warning";
  table?: string[];
  summary: { fr: string; en: string };
  /** Says what is wrong; `{quote}` is the sentence found. The pattern's rewrite follows it. */
  message: { fr: string; en: string };
  messageId?: string;
}

export interface FoundClause extends ClauseMatch {
  path: string;
  text: string;
}

const analysed = new WeakMap<Config, FoundClause[]>();

/**
 * The text of `guarantees.commercial` describes the commercial guarantee itself (L217-21,
 * L217-22): its duration under two years is that guarantee's own (« écran remplacé en cas de
 * casse pendant 12 mois »), not a shortened legal guarantee, unless the sentence speaks of the
 * legal guarantee or of conformity.
 */
const COMMERCIAL_TEXT = "guarantees.commercial.text";
const SPEAKS_OF_LEGAL = /l[ée]ga(?:le?|ux)|conformit[ée]/iu;
const ownDuration = (path: string, text: string, m: ClauseMatch) =>
  path === COMMERCIAL_TEXT && m.pattern === "guarantee-short" && !SPEAKS_OF_LEGAL.test(text.slice(m.sentence.start, m.sentence.end));

/** What the clause analyser finds in every free-text field of the config (computed once per config). */
export function clausesOf(config: Config): FoundClause[] {
  let found = analysed.get(config);
  if (!found) {
    found = freeTexts(config).flatMap(({ path, text }) =>
      analyseClauses(text)
        .filter((m) => !ownDuration(path, text, m))
        .map((m) => ({ ...m, path, text })),
    );
    analysed.set(config, found);
  }
  return found;
}

const quoteOf = (sentence: string): string => {
  const one = sentence.replace(/\s+/gu, " ").replace(/[.;]+$/u, "");
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
};

/** The report of one analyser match: the quote and the friendly rewrite in both languages. */
export function clauseReport(m: FoundClause, messageId: string): RuleReport {
  // The position is found by searching the needle in the value as written: when the trigger
  // words also occur earlier, search the sentence up to them instead.
  const trigger = m.text.slice(m.at.start, m.at.end);
  const needle = m.text.indexOf(trigger) === m.at.start ? trigger : m.text.slice(m.sentence.start, m.at.end);
  return {
    messageId,
    path: m.path,
    needle,
    data: { quote: quoteOf(m.text.slice(m.sentence.start, m.sentence.end)), rewriteFr: frenchTypography(m.rewrite.fr), rewriteEn: m.rewrite.en },
  };
}

/** A wording rule: the analyser's matches for this rule over every free-text field, at the sentence's line. */
export function clauseRule(spec: ClauseRuleSpec): Rule {
  const messageId = spec.messageId ?? "found";
  return {
    id: spec.id,
    article: spec.article,
    severity: spec.severity ?? "error",
    ...(spec.table ? { table: spec.table } : {}),
    paths: FREE_TEXT_PATHS,
    summary: spec.summary,
    messages: { [messageId]: { fr: `${spec.message.fr} {rewriteFr}`, en: `${spec.message.en} {rewriteEn}` } },
    check: ({ config }) => clausesOf(config).filter((m) => m.rule === spec.id).map((m) => clauseReport(m, messageId)),
  };
}
