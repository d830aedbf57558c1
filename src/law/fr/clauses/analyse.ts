/**
 * The clause analyser: reads free French text sentence by sentence and says which unlawful or
 * unfriendly patterns (patterns.ts) it expresses, where. Pure.
 */
import { analyseSentences, fold, stem, type Span, type Token } from "../../../text/french.js";
import type { Text } from "../../types.js";
import { CONCEPTS, type Term } from "./concepts.js";
import { PATTERNS, type ClausePattern } from "./patterns.js";

export interface ClauseMatch {
  pattern: string;
  rule: string;
  category: string;
  article: string;
  severity: "error" | "warning";
  /** The sentence, offsets into the text. */
  sentence: Span;
  /** The words that triggered the first condition, offsets into the text. */
  at: Span;
  rewrite: Text;
}

interface Hit {
  first: number;
  last: number;
  neg: boolean;
}

/** A word of a term matched by its stem; stemmed only when first needed (start-up time). */
class StemWord {
  readonly keyExact: string;
  #stem: string | undefined;
  constructor(readonly exact: string) {
    this.keyExact = `=${exact}`;
  }
  get stem(): string {
    return (this.#stem ??= stem(this.exact));
  }
  get keyStem(): string {
    return `~${this.stem}`;
  }
}

type Word = { exact: string; keyExact: string } | StemWord | { only: true } | { gap: true };
interface CompiledTerm {
  words: Word[];
  prev?: Set<string>;
  notPrev?: Set<string>;
}

const compiled = new Map<string, CompiledTerm[]>();

function compileTerm(term: Term): CompiledTerm {
  const text = typeof term === "string" ? term : term.t;
  const words: Word[] = [];
  for (const raw of text.split(/\s+/u)) {
    // « d'origine » in a phrase list: two words, like the tokenizer makes them.
    const parts = raw.includes("'") && !raw.startsWith("=") ? raw.replace(/^([a-z]{1,7})'/u, "$1 ").split(" ") : [raw];
    for (let p of parts) {
      if (p === "~") words.push({ gap: true });
      else if (p === "@only") words.push({ only: true });
      else if (p.startsWith("=")) words.push({ exact: fold(p.slice(1)), keyExact: `=${fold(p.slice(1))}` });
      else {
        const elided: Record<string, string> = { n: "ne", l: "le", d: "de", qu: "que", s: "se", c: "ce", jusqu: "jusque", lorsqu: "lorsque" };
        p = elided[p] ?? p;
        // Short words (« de », « la », « cas ») are compared as they are.
        words.push(p.length <= 3 ? { exact: fold(p), keyExact: `=${fold(p)}` } : new StemWord(fold(p)));
      }
    }
  }
  return {
    words,
    ...(typeof term === "object" && term.prev ? { prev: new Set(term.prev.map(fold)) } : {}),
    ...(typeof term === "object" && term.notPrev ? { notPrev: new Set(term.notPrev.map(fold)) } : {}),
  };
}

/** A concept's terms, stemmed the first time a pattern asks for it (most sentences need few). */
function conceptTerms(name: string): CompiledTerm[] | undefined {
  let terms = compiled.get(name);
  if (!terms) {
    const source = CONCEPTS[name];
    if (!source) return undefined;
    terms = source.map(compileTerm);
    compiled.set(name, terms);
  }
  return terms;
}

function wordMatches(w: Word, t: Token): boolean {
  if ("gap" in w) return false;
  if ("only" in w) return t.only;
  if (t.kind === "punct") return false;
  if (w instanceof StemWord) return t.norm === w.exact || t.stem === w.stem || t.stem2 === w.stem;
  return t.norm === w.exact;
}

/** Positions of each plain word and stem in a sentence, so a term is only tried where its first word is. */
interface WordIndex {
  at: Map<string, number[]>;
  only: number[];
}

function indexWords(tokens: Token[]): WordIndex {
  const at = new Map<string, number[]>();
  const only: number[] = [];
  const add = (key: string, i: number): void => {
    const list = at.get(key);
    if (!list) at.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  tokens.forEach((t, i) => {
    if (t.only) only.push(i);
    if (t.kind === "punct") return;
    add(`=${t.norm}`, i);
    add(`~${t.stem}`, i);
    add(`~${t.stem2}`, i);
  });
  return { at, only };
}

function candidates(first: Word, index: WordIndex): number[] {
  if ("gap" in first) return [];
  if ("only" in first) return index.only;
  const exact = index.at.get(first.keyExact) ?? [];
  if (!(first instanceof StemWord)) return exact;
  const stemmed = index.at.get(first.keyStem) ?? [];
  return exact.length === 0 ? stemmed : [...new Set([...exact, ...stemmed])].sort((a, b) => a - b);
}

/** Where a term occurs in the tokens (first token, last token). */
function findTerm(term: CompiledTerm, tokens: Token[], index: WordIndex): Hit[] {
  const hits: Hit[] = [];
  const first = term.words[0];
  if (!first) return hits;
  for (const i of candidates(first, index)) {
    if (term.prev) {
      const p = tokens[i - 1];
      if (!p || !term.prev.has(p.norm)) continue;
    }
    if (term.notPrev) {
      const p = tokens[i - 1];
      if (p && term.notPrev.has(p.norm)) continue;
    }
    const used: number[] = [];
    let j = i;
    let ok = true;
    for (let k = 0; k < term.words.length; k++) {
      const w = term.words[k] as Word;
      if ("gap" in w) {
        const next = term.words[k + 1];
        if (!next) break;
        let found = -1;
        for (let g = j; g <= j + 3 && g < tokens.length; g++) {
          if ((tokens[g] as Token).kind === "punct" && /[.;:!?]/u.test((tokens[g] as Token).norm)) break;
          if (wordMatches(next, tokens[g] as Token)) {
            found = g;
            break;
          }
        }
        if (found < 0) {
          ok = false;
          break;
        }
        used.push(found);
        j = found + 1;
        k++;
        continue;
      }
      const t = tokens[j];
      if (!t || !wordMatches(w, t)) {
        ok = false;
        break;
      }
      used.push(j);
      j++;
    }
    if (!ok || used.length === 0) continue;
    hits.push({ first: used[0] as number, last: used[used.length - 1] as number, neg: used.some((u) => (tokens[u] as Token).neg) });
  }
  return hits;
}

const UNITS: Record<string, number> = { jour: 1, jours: 1, j: 1, semaine: 7, semaines: 7, mois: 30, an: 365, ans: 365, annee: 365, annees: 365, heure: 1 / 24, heures: 1 / 24, h: 1 / 24 };

/** Durations said in the sentence, in days, with where they are. */
function durations(tokens: Token[]): (Hit & { days: number; unit: string })[] {
  const out: (Hit & { days: number; unit: string })[] = [];
  tokens.forEach((t, i) => {
    // « 7j », « 72h », « 7jours », « 48heures »: the number glued to its unit.
    const glued = /^(\d+)([a-z]+)$/u.exec(t.norm);
    const gluedUnit = glued ? UNITS[glued[2] as string] : undefined;
    if (glued && gluedUnit !== undefined) {
      out.push({ first: i, last: i, neg: t.neg, days: Number(glued[1]) * gluedUnit, unit: glued[2] as string });
      return;
    }
    if (t.value === undefined) return;
    let j = i + 1;
    // « 14 jours calendaires », « 2 ans », « 30 jours ouvrés », « 48 h »
    const u = tokens[j];
    if (!u) return;
    const unit = UNITS[u.norm];
    if (unit === undefined) return;
    // « 31 janvier » is no duration; « un jour » inside « un jour ouvrable suivant » is one day, fine.
    out.push({ first: i, last: j, neg: t.neg || u.neg, days: t.value * unit, unit: u.norm });
    j++;
  });
  return out;
}

interface SentenceFacts {
  tokens: Token[];
  index: WordIndex;
  hits: Map<string, Hit[]>;
}

function conceptHits(facts: SentenceFacts, name: string): Hit[] {
  const cached = facts.hits.get(name);
  if (cached) return cached;
  let hits: Hit[];
  const refusal = (accept: string): Hit[] => {
    const refuse = conceptHits(facts, "REFUSE");
    if (refuse.some((h) => h.neg)) return [];
    return [...refuse.filter((h) => !h.neg), ...conceptHits(facts, accept).filter((h) => h.neg).map((h) => ({ ...h, neg: false }))].sort((a, b) => a.first - b.first);
  };
  switch (name) {
    case "REFUSAL":
      hits = refusal("ACCEPT");
      break;
    case "RETURN_REFUSAL":
      hits = refusal("ACCEPT_RETURN");
      break;
    case "DUR_SHORT":
      hits = durations(facts.tokens).filter((d) => d.days < 14);
      break;
    case "DUR_LONG":
      hits = durations(facts.tokens).filter((d) => d.days > 14);
      break;
    case "DUR_UNDER_2Y":
      // A guarantee is given in months or years; « 30 jours » in a guarantee text is the repair delay.
      hits = durations(facts.tokens).filter((d) => /^(mois|ans?|annees?)$/u.test(d.unit) && d.days < 720);
      break;
    default: {
      const terms = conceptTerms(name);
      if (!terms) throw new Error(`clause pattern names an unknown concept: ${name}`);
      hits = terms.flatMap((t) => findTerm(t, facts.tokens, facts.index)).sort((a, b) => a.first - b.first);
    }
  }
  facts.hits.set(name, hits);
  return hits;
}

/** Hits of one condition: `X` said, `!X` denied, `*X` either. */
function condition(facts: SentenceFacts, cond: string): Hit[] {
  const mode = cond[0] === "!" ? "neg" : cond[0] === "*" ? "any" : "pos";
  const name = mode === "pos" ? cond : cond.slice(1);
  const hits = conceptHits(facts, name);
  return mode === "any" ? hits : hits.filter((h) => h.neg === (mode === "neg"));
}

function evaluate(facts: SentenceFacts, p: ClausePattern): Hit | undefined {
  let first: Hit | undefined;
  let after = -1;
  for (const entry of p.all) {
    const alternatives = Array.isArray(entry) ? entry : [entry];
    const hits = alternatives.flatMap((c) => condition(facts, c)).sort((a, b) => a.first - b.first);
    const hit = p.ordered ? hits.find((h) => h.first > after) : hits[0];
    if (!hit) return undefined;
    after = hit.last;
    first ??= hit;
  }
  if (p.none?.some((c) => condition(facts, c).length > 0)) return undefined;
  return first;
}

const memo = new Map<string, ClauseMatch[]>();

/**
 * Every pattern the text expresses, sentence by sentence; one match per rule and sentence.
 * Remembered per text: an agency's base clauses are read once for a thousand shops.
 */
export function analyseClauses(text: string): ClauseMatch[] {
  const known = memo.get(text);
  if (known) return known;
  const found = analyse(text);
  if (memo.size >= 2_000) memo.clear();
  memo.set(text, found);
  return found;
}

function analyse(text: string): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (const s of analyseSentences(text)) {
    const facts: SentenceFacts = { tokens: s.tokens, index: indexWords(s.tokens), hits: new Map() };
    const rules = new Set<string>();
    let errors = 0;
    const add = (p: ClausePattern, hit: Hit): void => {
      if (rules.has(p.rule)) return;
      rules.add(p.rule);
      const severity = p.severity ?? "error";
      if (severity === "error") errors++;
      const a = s.tokens[hit.first] as Token;
      const b = s.tokens[hit.last] as Token;
      out.push({ pattern: p.id, rule: p.rule, category: p.category, article: p.article, severity, sentence: { start: s.start, end: s.end }, at: { start: a.start, end: b.end }, rewrite: p.rewrite });
    };
    for (const p of PATTERNS) {
      if (p.fallback) continue;
      const hit = evaluate(facts, p);
      if (hit) add(p, hit);
    }
    // The closed list (L221-28) speaks last, and not on a bare heading such as « Articles exclus ».
    if (errors === 0 && s.tokens.filter((t) => t.kind === "word").length >= 4) {
      for (const p of PATTERNS) {
        if (!p.fallback) continue;
        const hit = evaluate(facts, p);
        if (hit) add(p, hit);
      }
    }
  }
  return out;
}

/** Checks that every pattern names known concepts (a test runs it). */
export function unknownConcepts(): string[] {
  const known = new Set([...Object.keys(CONCEPTS), "REFUSAL", "RETURN_REFUSAL", "DUR_SHORT", "DUR_LONG", "DUR_UNDER_2Y"]);
  const names = PATTERNS.flatMap((p) => [...p.all.flat(), ...(p.none ?? [])]).map((c) => c.replace(/^[!*]/u, ""));
  return [...new Set(names.filter((n) => !known.has(n)))];
}
