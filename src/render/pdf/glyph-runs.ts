/**
 * Text written straight into the page's content stream from shaped glyph runs, instead of
 * through pdfkit's `text()` (options, line wrapper, `_line`, `_fragment`, the text measured
 * twice and shaped word by word for every line of every document).
 *
 * The output is the very bytes `doc.text(text, x, y, { lineBreak: false })` writes with the
 * current face and size (pdfkit 0.20.2, pinned: `_fragment` with no spacing, no rotation, no
 * link, no underline): the same operators, numbers and glyph codes, and the same bookkeeping
 * of the document's font subset (glyph order, widths, ToUnicode). test/pdf-glyph-runs.test.ts
 * compares the two paths byte for byte.
 *
 * What is kept between documents is a function of the face and the text only (the glyph ids of
 * the face and the TJ adjustments, in thousandths of the font size); what depends on the
 * document (the glyph's code in this document's subset) is looked up per document, so a
 * document never depends on the documents made before it.
 */
import { LRUCache } from "lru-cache";
import type * as fontkit from "fontkit";

type Doc = PDFKit.PDFDocument;

/** A glyph position as pdfkit's EmbeddedFont#layout gives it (thousandths of the font size). */
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }
interface Glyph { id: number; advanceWidth: number; codePoints: number[] }

/** pdfkit's EmbeddedFont (0.20.2), the fields this module reads or keeps up to date. */
export interface EmbeddedFont {
  id: string;
  font: fontkit.Font;
  scale: number;
  ascender: number;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  layout(text: string): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}

/** The document fields of pdfkit 0.20.2 this module reads or sets. */
interface DocInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown>; write(chunk: string): void };
}

/** A shaped text, as far as it does not depend on the document. */
interface Run {
  glyphs: Glyph[];
  /** the text drawn as TJ parts: glyph indexes [start, end) and the adjustment written after
   * them; undefined when some glyph is offset (marks): then `positions` is walked as pdfkit does */
  parts: { start: number; end: number; adjust: string }[] | undefined;
  positions: Position[];
}

/** pdfkit's number(): six decimals at most, as a string. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Shaped words by face, the most recently used ones: the words every policy has stay, a shop's
 * own ones go first. The map it replaces held up to 6,000 and was emptied when full; 2,500 took
 * about 20 MB off a two-job run's peak at 1,000 configs (bench/RESULTS.md, section M).
 */
const RUNS_LIMIT = 2_500;
const runsByFont = new WeakMap<fontkit.Font, LRUCache<string, Run>>();

function shape(font: EmbeddedFont, text: string): Run {
  let runs = runsByFont.get(font.font);
  if (!runs) runsByFont.set(font.font, (runs = new LRUCache({ max: RUNS_LIMIT })));
  let run = runs.get(text);
  if (run) return run;
  const { glyphs, positions } = font.layout(text);
  let parts: Run["parts"] = [];
  let start = 0;
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      parts = undefined;
      break;
    }
    // A part ends after each glyph whose advance is not its width (kerning).
    if (pos.xAdvance - pos.advanceWidth !== 0) {
      parts.push({ start, end: i + 1, adjust: num(-(pos.xAdvance - pos.advanceWidth)) });
      start = i + 1;
    }
  }
  if (parts && start < positions.length) {
    const last = positions[positions.length - 1]!;
    parts.push({ start, end: positions.length, adjust: num(-(last.xAdvance - last.advanceWidth)) });
  }
  run = { glyphs, parts, positions };
  runs.set(text, run);
  return run;
}

/** Per document and face: the hex code of each glyph id in this document's subset. */
const codes = new WeakMap<EmbeddedFont, string[]>();

/** The glyph's code in the document's subset, adding it the first time as pdfkit's encode()
 * does (widths and ToUnicode entries of the subset). */
function codeOf(font: EmbeddedFont, table: string[], glyph: Glyph): string {
  let code = table[glyph.id];
  if (code === undefined) {
    const gid = font.subset.includeGlyph(glyph.id);
    code = `0000${gid.toString(16)}`.slice(-4);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    table[glyph.id] = code;
  }
  return code;
}

/** Documents whose text goes through pdfkit's text() (the `viaPdfkit` option of renderPdf). */
export const viaPdfkitText = new WeakSet<Doc>();

/** Writes `text` (a piece of a line: no line break) at (x, top) in the document's current
 * face, size and fill colour: what `doc.text(text, x, top, { lineBreak: false })` writes,
 * without its text layout machinery. */
export function writeText(doc: Doc, text: string, x: number, top: number): void {
  if (viaPdfkitText.has(doc)) {
    doc.text(text, x, top, { lineBreak: false });
    return;
  }
  const d = doc as unknown as DocInternals;
  text = text.replace(/\n/g, "");
  if (text.length === 0) return;
  const font = d._font;
  const size = d._fontSize;
  const page = d.page;
  let table = codes.get(font);
  if (!table) codes.set(font, (table = []));
  const run = shape(font, text);
  const y = page.height - top - (font.ascender / 1000) * size;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  let out = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(y)} Tm\n/${font.id} ${num(size)} Tf`;
  const { glyphs, parts } = run;
  if (parts) {
    let tj = "";
    for (const { start, end, adjust } of parts) {
      let hex = "";
      for (let i = start; i < end; i++) hex += codeOf(font, table, glyphs[i]!);
      tj += `${tj ? " " : ""}<${hex}> ${adjust}`;
    }
    if (tj) out += `\n[${tj}] TJ`;
  } else out += offsetGlyphs(font, table, run, x, y, size);
  // One chunk for the whole text object: pdfkit writes each operator as its own chunk followed
  // by a newline; the bytes are the same.
  page.write(`${out}\nET\nQ`);
}

/** The TJ operators of a run in which some glyphs are offset (combining marks placed by GPOS):
 * pdfkit's loop, each offset glyph shown on its own after a Tm to its place. */
function offsetGlyphs(font: EmbeddedFont, table: string[], { glyphs, positions }: Run, x: number, y: number, size: number): string {
  const scale = size / 1000;
  let out = "";
  let commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      let hex = "";
      for (let i = last; i < cur; i++) hex += codeOf(font, table, glyphs[i]!);
      const pos = positions[cur - 1]!;
      commands.push(`<${hex}> ${num(-(pos.xAdvance - pos.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      out += `\n[${commands.join(" ")}] TJ`;
      commands = [];
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out += `\n1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`;
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out += `\n1 0 0 1 ${num(x)} ${num(y)} Tm`;
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  return out;
}
