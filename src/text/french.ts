/**
 * French text as a reader of clauses needs it: sentences, words in a plain form (case, accents,
 * apostrophes, ligatures and blanks folded), their Snowball stems, numbers, and which words a
 * negation (« ne … pas », « sans », « aucun », « non »…) or a restriction (« ne … que ») covers.
 * Pure: strings in, values out. Offsets always point into the text as written.
 */
import { stemmer } from "@orama/stemmers/french";

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** As written. */
  raw: string;
  /** Lower case, no accents, ligatures spelt out, elisions restored (« n' » → "ne"). */
  norm: string;
  /** Snowball French stem of the word, accents removed. */
  stem: string;
  /** Stem of the word written without accents: what a phrase list written without accents gives. */
  stem2: string;
  kind: "word" | "number" | "punct";
  /** Numeric value of a number (digits or a French number word). */
  value?: number;
  /** Inside the scope of a negation. */
  neg: boolean;
  /** Governed by « ne … que » (only). */
  only: boolean;
}

// Letters and digits of the Latin scripts (French and its neighbours). Explicit ranges rather than
// \p{L}: Unicode property classes cost tens of milliseconds to compile at start-up.
const L = "0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF\uFB00-\uFB06";
const LETTER = new RegExp(`[${L}]`, "u");

const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ﬁ: "fi", ﬂ: "fl", ﬀ: "ff", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };

/** Lower case, no accents or ligatures, straight apostrophes and hyphens. */
export function fold(word: string): string {
  return word
    .replace(/[œŒæÆﬁﬂﬀﬃﬄﬅﬆ]/gu, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[’‘`´ʼ′]/gu, "'")
    .replace(/[‐‑‒–—]/gu, "-");
}

const ELISIONS: Record<string, string> = {
  n: "ne",
  l: "le",
  d: "de",
  qu: "que",
  s: "se",
  c: "ce",
  j: "je",
  m: "me",
  t: "te",
  jusqu: "jusque",
  lorsqu: "lorsque",
  puisqu: "puisque",
  quoiqu: "quoique",
};

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
  "dix-neuf": 19, vingt: 20, "vingt-et-un": 21, "vingt-cinq": 25, trente: 30, quarante: 40,
  "quarante-cinq": 45, cinquante: 50, soixante: 60, "quatre-vingt-dix": 90, cent: 100,
};

/** Same as `fold`, accents kept: the Snowball stemmer reads « refusées » better than « refusees ». */
function lowerKeepAccents(word: string): string {
  return word
    .replace(/[œŒæÆﬁﬂﬀﬃﬄﬅﬆ]/gu, (c) => LIGATURES[c] ?? c)
    .normalize("NFC")
    .toLowerCase();
}

const stemCache = new Map<string, string>();
/** Snowball French stem of the word as written (accents read, then folded). */
export function stem(word: string): string {
  // No French word is this long; the stemmer's suffix search would only waste time on it.
  if (word.length > 40) return fold(word);
  let s = stemCache.get(word);
  if (s === undefined) {
    s = fold(stemmer(lowerKeepAccents(word)));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

const WORD = new RegExp(`[${L}]+(?:[-'’ʼ][${L}]+)*|[^\\s${L}]`, "gu");
const ELISION = new RegExp(`^([${L}]{1,7})['’ʼ](?=[${L}])`, "u");

/** Words, numbers and punctuation of a text, with their offsets; elided articles split off. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (raw: string, start: number): void => {
    const norm = fold(raw);
    if (/^\d+(?:[.,]\d+)?$/u.test(norm)) {
      tokens.push({ raw, start, end: start + raw.length, norm, stem: norm, stem2: norm, kind: "number", value: Number(norm.replace(",", ".")), neg: false, only: false });
      return;
    }
    if (!LETTER.test(norm)) {
      tokens.push({ raw, start, end: start + raw.length, norm, stem: norm, stem2: norm, kind: "punct", neg: false, only: false });
      return;
    }
    const value = NUMBER_WORDS[norm];
    tokens.push({ raw, start, end: start + raw.length, norm, stem: stem(raw), stem2: stem(norm), kind: "word", ...(value !== undefined ? { value } : {}), neg: false, only: false });
  };
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index ?? 0;
    // Elisions: « n'est », « l’article », « jusqu'à » → two words.
    for (;;) {
      const e = ELISION.exec(raw);
      const restored = e ? ELISIONS[fold(e[1] as string)] : undefined;
      if (!e || restored === undefined) break;
      const len = (e[1] as string).length + 1;
      tokens.push({ raw: raw.slice(0, len), start, end: start + len, norm: restored, stem: stem(restored), stem2: stem(restored), kind: "word", neg: false, only: false });
      raw = raw.slice(len);
      start += len;
    }
    push(raw, start);
  }
  return tokens;
}

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:art|cf|etc|ex|env|hors|max|min|mm|mme|mlle|n°|no|p|resp|tel|tél|vol|av|bd|st|ste)|\b[A-Z])\.$/u;

/**
 * Sentences of a text: ends at . ! ? ; … (not inside 5.95, « art. », « L. 221-18 », e-mail or
 * web addresses), at a blank line, and at the start of a list item or heading. A single line
 * break inside a paragraph is only a blank.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const close = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/u.test(text[a] as string)) a++;
    while (b > a && /\s/u.test(text[b - 1] as string)) b--;
    if (b > a && LETTER.test(text.slice(a, b))) out.push({ start: a, end: b });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      const rest = text.slice(i + 1);
      if (/^[ \t]*\n/u.test(rest) || /^[ \t]*(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|>|\|)/u.test(rest)) close(i + 1);
      continue;
    }
    if (!/[.!?;…]/u.test(ch)) continue;
    const next = text[i + 1];
    if (next !== undefined && !/[\s»"”)\]*_]/u.test(next)) continue;
    if (ch === "." && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    let end = i + 1;
    while (end < text.length && /[.!?…»"”)\]*_]/u.test(text[end] as string)) end++;
    close(end);
    i = end - 1;
  }
  close(text.length);
  return out;
}

const NEGATORS = new Set(["pas", "plus", "jamais", "aucun", "aucune", "aucuns", "aucunes", "rien", "point", "guere", "nullement", "ni", "personne", "nul", "nulle"]);
const NONE_WORDS = new Set(["aucun", "aucune", "aucuns", "aucunes", "nul", "nulle"]);
/** Words that close the reach of a negation. */
const BOUNDARY_WORDS = new Set(["mais", "car", "sauf", "excepte", "hormis", "toutefois", "cependant", "et", "si", "qui", "lorsque", "quand", "dont", "puis", "tandis", "pourtant", "meme"]);
/** Words a negation reaches over to find the word it denies. */
const FUNCTION_WORDS = new Set([
  "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "a", "en", "y", "se", "me", "te", "nous", "vous", "lui", "leur", "leurs",
  "son", "sa", "ses", "votre", "vos", "notre", "nos", "mon", "ma", "mes", "ce", "cet", "cette", "ces", "tout", "tous", "toute", "toutes",
  "etre", "ete", "est", "sont", "suis", "es", "sommes", "etes", "serons", "serez", "soyez", "soyons", "sera", "seront", "serait", "seraient", "soit", "soient", "etait", "etaient",
  "avoir", "ai", "as", "avons", "avez", "ont", "aura", "auront", "avait",
  "peut", "peuvent", "pourra", "pourront", "pourrait", "pouvons", "pouvez", "pouvoir", "saurait", "sauraient", "saurions",
  "fait", "faire", "faites", "font", "encore", "forcement", "necessairement", "toujours", "en", "cas", "tenu", "tenus", "tenue", "tenues",
  "donc", "alors", "malheureusement", "evidemment", "bien", "vraiment", "helas", "non", "plus", "jamais",
]);

const isBoundary = (t: Token): boolean => (t.kind === "punct" && /[,;:()!?.…«»"–—-]/u.test(t.norm)) || (t.kind === "word" && BOUNDARY_WORDS.has(t.norm));

/** Marks `neg` on the first content word from `i` on (and the ones « ni » / « ou » join to it). */
function negateNext(tokens: Token[], i: number, end: number): number {
  let j = i;
  while (j < end && tokens[j]?.kind === "word" && FUNCTION_WORDS.has(tokens[j]?.norm as string)) j++;
  const t = tokens[j];
  if (!t || j >= end || isBoundary(t) || t.kind === "punct") return j;
  t.neg = true;
  return j + 1;
}

/** Marks which words each negation covers, within one sentence's tokens. */
export function markNegation(tokens: Token[]): void {
  const n = tokens.length;
  // Where the clause holding each token ends (the next boundary), computed once: linear time
  // even for a text without any punctuation.
  const ends = new Array<number>(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--) ends[j] = isBoundary(tokens[j] as Token) ? j : (ends[j + 1] as number);
  const clauseEnd = (i: number): number => (i >= n ? n : (ends[i] as number));
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    const end = clauseEnd(i + 1);
    if (t.norm === "ne") {
      // « ne … pas / plus / jamais / aucun / rien / ni », « ne … que », or « ne » alone (« ne peuvent être repris »).
      let k = i + 1;
      while (k < end && !NEGATORS.has((tokens[k] as Token).norm) && (tokens[k] as Token).norm !== "que") k++;
      const negator = k < end ? (tokens[k] as Token) : undefined;
      if (negator?.norm === "que") {
        // « ne … que »: a restriction, not a negation. The words after « que » are what is allowed.
        negator.only = true;
        let j = k + 1;
        while (j < end && (tokens[j] as Token).kind === "word" && FUNCTION_WORDS.has((tokens[j] as Token).norm)) j++;
        for (let m = j; m < Math.min(end, j + 4); m++) (tokens[m] as Token).only = true;
        continue;
      }
      if (!negator) {
        negateNext(tokens, i + 1, end);
        continue;
      }
      let lexicalVerb = false;
      for (let m = i + 1; m < k; m++) {
        // « ne se fait pas en avoir »: « se faire » is the verb here (« is done »), not an auxiliary.
        const pronominal = /^(fait|font|faire|fera|feront)$/u.test((tokens[m] as Token).norm) && tokens[m - 1]?.norm === "se";
        if (FUNCTION_WORDS.has((tokens[m] as Token).norm) && !pronominal) continue;
        (tokens[m] as Token).neg = true;
        lexicalVerb = true;
      }
      // « ne retarde pas votre remboursement »: the verb is denied, not its object. « ne sont pas
      // exclus », « ne peuvent pas être repris »: an auxiliary, the participle after is denied.
      // « ne facturons pas de frais »: « pas de » denies the object all the same.
      const partitive = tokens[k + 1]?.norm === "de";
      if (negator.norm === "rien" || negator.norm === "personne" || (lexicalVerb && !partitive && negator.norm !== "ni" && !NONE_WORDS.has(negator.norm))) {
        i = Math.max(i, k);
        continue;
      }
      let j = negateNext(tokens, k + 1, end);
      while (j < end && ((tokens[j] as Token).norm === "ni" || (tokens[j] as Token).norm === "ou")) j = negateNext(tokens, j + 1, end);
      i = Math.max(i, k);
      continue;
    }
    if (NONE_WORDS.has(t.norm) || t.norm === "sans" || t.norm === "ni" || t.norm === "non" || t.norm === "pas" || t.norm === "jamais") {
      // « aucun retour », « sans frais », « ni repris », « non remboursable », « pas besoin de », « jamais remboursés ».
      if ((t.norm === "pas" || t.norm === "jamais") && tokens.slice(Math.max(0, i - 8), i).some((p) => p.norm === "ne")) continue;
      let j = negateNext(tokens, i + 1, end);
      // « sans avoir à justifier », « sans donner de motif »: the verb and its object.
      if (t.norm === "sans") {
        const verb = tokens[j - 1];
        if (verb && /^(avoir|donner|indiquer|fournir|preciser|justifier|demander|obtenir|passer)$/u.test(verb.norm)) negateNext(tokens, j, end);
      }
      // « aucun frais de traitement », « sans numéro de retour »: the noun's complement too.
      if (NONE_WORDS.has(t.norm) || t.norm === "sans") {
        while (j + 1 < end && (tokens[j] as Token).norm === "de" && (tokens[j + 1] as Token).kind === "word") {
          (tokens[j + 1] as Token).neg = true;
          j += 2;
        }
      }
    }
  }
}

/** A sentence ready for concept matching. */
export interface AnalysedSentence extends Span {
  tokens: Token[];
}

/** Sentences of `text`, each tokenized with its negations marked. */
export function analyseSentences(text: string): AnalysedSentence[] {
  return sentences(text).map((s) => {
    const tokens = tokenize(text.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    markNegation(tokens);
    return { ...s, tokens };
  });
}
