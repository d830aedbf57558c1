import type { MarkedToken, Token } from "marked";
import { isSafeHref } from "../escape.js";

/** Inline style of a piece of text; each maps to one registered font face. */
export type Style = "regular" | "bold" | "italic" | "boldItalic" | "code";

/** A run of text in one style; `text` is literal (entities decoded, escapes resolved). */
export interface Run {
  text: string;
  style: Style;
  link?: string;
  /** the whole text of the link this run is part of (the PDF's alternative description) */
  linkText?: string;
}

/** Scripts Noto Sans does not draw, set in a fallback face of their own (Noto Sans Hebrew,
 * Noto Sans Arabic), right to left. */
export type Script = "hebrew" | "arabic";

const SCRIPT_CHARS: Record<Script, string> = {
  hebrew: "\\u0590-\\u05FF\\uFB1D-\\uFB4F",
  arabic: "\\u0600-\\u06FF\\u0750-\\u077F\\u0870-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF",
};
const HEBREW = new RegExp(`^[${SCRIPT_CHARS.hebrew}]`, "u");
const ANY_SCRIPT = new RegExp(`[${SCRIPT_CHARS.hebrew}${SCRIPT_CHARS.arabic}]`, "u");
/** A run of one script's characters, with the combining marks and joiners in it. */
const SCRIPT_RUN = new RegExp(`([${SCRIPT_CHARS.hebrew}](?:[${SCRIPT_CHARS.hebrew}\\p{M}\\u200C\\u200D])*|[${SCRIPT_CHARS.arabic}](?:[${SCRIPT_CHARS.arabic}\\p{M}\\u200C\\u200D])*)`, "u");

/** Whether `text` has characters of a fallback script. */
export const hasFallbackScript = (text: string): boolean => ANY_SCRIPT.test(text);

/** The fallback scripts that occur in `text`. */
export function scriptsIn(text: string): Set<Script> {
  const found = new Set<Script>();
  if (!ANY_SCRIPT.test(text)) return found;
  for (const script of Object.keys(SCRIPT_CHARS) as Script[]) if (new RegExp(`[${SCRIPT_CHARS[script]}]`, "u").test(text)) found.add(script);
  return found;
}

/** `text` cut where the face changes: pieces of Latin (the main face) and of each fallback script. */
export function scriptChunks(text: string): { text: string; script?: Script }[] {
  if (!ANY_SCRIPT.test(text)) return [{ text }];
  // split() with a capturing group: the script runs are at the odd places.
  return text.split(SCRIPT_RUN).flatMap((chunk, i) => {
    if (!chunk) return [];
    if (i % 2 === 0) return [{ text: chunk }];
    return [{ text: chunk, script: HEBREW.test(chunk) ? ("hebrew" as const) : ("arabic" as const) }];
  });
}

/** One piece of a laid-out word: drawn with one font, one link. */
export interface Seg extends Run {
  width: number;
  /** set in that script's fallback face */
  script?: Script;
}

/** Text between two breakable spaces. U+00A0 and U+202F are not breakable, so
 * "5,95 €" or "rétractation :" always stay inside one word. */
export interface Word {
  segs: Seg[];
  width: number;
  /** width of the (breakable) space before the word, dropped at the start of a line */
  space: number;
  /** a hard line break (Markdown `\` at end of line) follows this word */
  hardBreak: boolean;
}

export type Line = Word[];

export type Measure = (text: string, style: Style, script?: Script) => number;

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", laquo: "«", raquo: "»",
  euro: "€", hellip: "…", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", oelig: "œ", OElig: "Œ",
};

/** marked leaves character references in text tokens (the HTML renderer passes them on);
 * the PDF has to show the character itself. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

const withBold = (s: Style): Style => (s === "italic" || s === "boldItalic" ? "boldItalic" : s === "code" ? "code" : "bold");
const withItalic = (s: Style): Style => (s === "bold" || s === "boldItalic" ? "boldItalic" : s === "code" ? "code" : "italic");

/** Flattens inline tokens into styled runs. `\n` in a run stands for a hard break. */
export function inlineRuns(tokens: readonly Token[] | undefined, style: Style = "regular", link?: string): Run[] {
  const runs: Run[] = [];
  const push = (text: string, s: Style = style): void => {
    if (text) runs.push(link === undefined ? { text, style: s } : { text, style: s, link });
  };
  for (const t of tokens ?? []) {
    const token = t as MarkedToken;
    switch (token.type) {
      case "text":
        if (token.tokens?.length) runs.push(...inlineRuns(token.tokens, style, link));
        else push(decodeEntities(token.text));
        break;
      case "escape":
        push(token.text);
        break;
      case "strong":
        runs.push(...inlineRuns(token.tokens, withBold(style), link));
        break;
      case "em":
        runs.push(...inlineRuns(token.tokens, withItalic(style), link));
        break;
      case "del":
        runs.push(...inlineRuns(token.tokens, style, link));
        break;
      case "codespan":
        push(decodeEntities(token.text), "code");
        break;
      case "link": {
        // Only http(s) and mailto: targets become a PDF /URI; anything else stays plain text.
        if (!isSafeHref(token.href)) {
          runs.push(...inlineRuns(token.tokens, style, link));
          break;
        }
        const inner = inlineRuns(token.tokens, style, token.href);
        const linkText = runsText(inner).replace(/\s+/gu, " ").trim();
        runs.push(...inner.map((r) => ({ ...r, linkText })));
        break;
      }
      case "br":
        push("\n");
        break;
      case "image":
        push(token.text);
        break;
      // Raw HTML is shown as written: the PDF never interprets markup.
      case "html":
        push(token.text);
        break;
      case "checkbox":
        push(token.checked ? "☑ " : "☐ ");
        break;
      // Block tokens never occur inline; listed so the switch stays exhaustive.
      case "space":
      case "code":
      case "heading":
      case "hr":
      case "blockquote":
      case "list":
      case "list_item":
      case "paragraph":
      case "table":
      case "def":
        push(token.raw);
        break;
      default: {
        const never: never = token;
        throw new Error(`unhandled inline token ${(never as Token).type}`);
      }
    }
  }
  return runs;
}

/** Plain text of runs (outline titles, tests). */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");

/** `seg` with the link of `run`, if it has one (no undefined properties: segs are compared). */
const withLink = (seg: Seg, run: Run): Seg =>
  run.link === undefined ? seg : run.linkText === undefined ? { ...seg, link: run.link } : { ...seg, link: run.link, linkText: run.linkText };

/** Splits runs into words at ordinary spaces only. The line breaker below breaks nowhere
 * else, so no-break spaces (U+00A0, U+202F) keep their glyph and never end a line. */
export function toWords(runs: readonly Run[], measure: Measure): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingSpace = 0;
  const close = (): void => {
    if (current) words.push(current);
    current = undefined;
  };
  for (const run of runs) {
    for (const part of run.text.split(/( +|\n)/)) {
      if (!part) continue;
      if (part === "\n") {
        if (!current) current = { segs: [], width: 0, space: pendingSpace, hardBreak: false };
        current.hardBreak = true;
        close();
        pendingSpace = 0;
      } else if (part.startsWith(" ")) {
        close();
        pendingSpace = measure(" ", run.style);
      } else {
        if (!current) {
          current = { segs: [], width: 0, space: words.length && !words[words.length - 1]!.hardBreak ? pendingSpace : 0, hardBreak: false };
          pendingSpace = 0;
        }
        for (const chunk of scriptChunks(part)) {
          const width = measure(chunk.text, run.style, chunk.script);
          const seg: Seg = withLink(chunk.script ? { text: chunk.text, style: run.style, width, script: chunk.script } : { text: chunk.text, style: run.style, width }, run);
          current.segs.push(seg);
          current.width += width;
        }
      }
    }
  }
  close();
  return words;
}

/** Greedy line filling; a word wider than the line (a long URL) is cut between characters. */
export function breakLines(words: readonly Word[], width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Word[] = [];
  let x = 0;
  for (const word of words.flatMap((w) => splitWide(w, width, measure))) {
    const space = line.length ? word.space : 0;
    if (line.length && x + space + word.width > width + 0.01) {
      lines.push(line);
      line = [];
      x = 0;
    }
    line.push(line.length ? word : { ...word, space: 0 });
    x += (line.length > 1 ? word.space : 0) + word.width;
    if (word.hardBreak) {
      lines.push(line);
      line = [];
      x = 0;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

function splitWide(word: Word, width: number, measure: Measure): Word[] {
  if (word.width <= width) return [word];
  const out: Word[] = [];
  let piece: Word = { segs: [], width: 0, space: word.space, hardBreak: false };
  for (const seg of word.segs) {
    for (const ch of seg.text) {
      const w = measure(ch, seg.style, seg.script);
      if (piece.width + w > width && piece.width > 0) {
        out.push(piece);
        piece = { segs: [], width: 0, space: 0, hardBreak: false };
      }
      const last = piece.segs[piece.segs.length - 1];
      if (last && last.style === seg.style && last.link === seg.link && last.script === seg.script) {
        last.text += ch;
        last.width += w;
      } else piece.segs.push(withLink(seg.script ? { text: ch, style: seg.style, width: w, script: seg.script } : { text: ch, style: seg.style, width: w }, seg));
      piece.width += w;
    }
  }
  piece.hardBreak = word.hardBreak;
  out.push(piece);
  return out;
}

/** Width of a laid-out line, spaces included. */
export const lineWidth = (line: Line): number => line.reduce((sum, w, i) => sum + (i ? w.space : 0) + w.width, 0);
