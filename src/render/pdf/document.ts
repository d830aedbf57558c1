/** The pdfkit document: A4, tagged, French, metadata from the input only, our faces
 * registered; and text measurement with those faces for the layout pass. */
import type * as fontkit from "fontkit";
import { LRUCache } from "lru-cache";
import PDFDocument from "pdfkit";
import { embedFromCache } from "./font-embed.js";
import { viaPdfkitText } from "./glyph-runs.js";
import { LATER_FACES, sharedLayoutCache, type FontSet, type MainFace } from "./fonts.js";
import type { Measurer } from "./flow.js";
import type { Line, Measure, Script, Style } from "./inline.js";
import { FACE, FALLBACK_FACE, PAGE, type Ascender, type FaceName } from "./style.js";

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** from the config's effectiveDate, never the clock: it is part of the file ID */
  creationDate: Date;
  rulesetVersion: string;
}

/** The document, and how its faces are named; `scripts`: the fallback scripts it has text in
 * (only their faces are registered, so only they are embedded). */
export function createDocument(fonts: FontSet, meta: DocumentInfo, scripts: ReadonlySet<Script>, { viaPdfkit = false } = {}): { doc: PDFKit.PDFDocument; faceName: FaceName; ascender: Ascender } {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    tagged: true,
    lang: "fr-FR",
    displayTitle: true,
    pdfVersion: "1.7",
    // pdfkit would load Helvetica (never embedded) as the default; start on our own face.
    font: fonts.regular as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(", "),
      // The ruleset version is metadata for the shop, not text for its customers.
      Creator: `politique-retour ruleset ${meta.rulesetVersion}`,
      Producer: "politique-retour (pdfkit)",
      // Both dates come from the input: the file ID is a hash of this dictionary.
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  const faces: Record<string, MainFace> = {
    [FACE.regular]: "regular", [FACE.bold]: "bold", [FACE.italic]: "italic",
    [FACE.boldItalic]: "boldItalic", [FACE.semibold]: "semibold",
  };
  const ascenders = new Map<string, number>();
  const register = (name: string, font: fontkit.Font): void => {
    ascenders.set(name, (font.ascent * 1000) / font.unitsPerEm);
    doc.registerFont(name, font as unknown as string);
    // pdfkit internals (0.20): EmbeddedFont#layoutCache, the per-document word shaping cache.
    const embedded = (doc.font(name) as unknown as { _font?: { layoutCache?: unknown } })._font;
    if (embedded && "layoutCache" in embedded) embedded.layoutCache = sharedLayoutCache(font);
    // Its subset's font file and ToUnicode map, deflated, kept for the next documents.
    if (!viaPdfkit) embedFromCache(embedded);
  };
  // The italic faces are registered when a text first asks for them (faceName), yet as if they
  // had been registered here: with the font id they had (F4, F5) and at their place among the
  // document's fonts (pdfkit embeds them in that order), so a document with italics has the
  // same bytes as when every face was registered first. pdfkit internals (0.20): the font count
  // and the font table; until it is used, a face's place holds a font that embeds nothing.
  const d = doc as unknown as { _fontCount: number; _fontFamilies: Record<string, unknown>; _font: unknown; _fontSource: unknown; _fontFamily: unknown };
  const later = new Map<string, { face: MainFace; count: number }>();
  for (const [name, face] of Object.entries(faces)) {
    if (!LATER_FACES.has(face)) register(name, fonts[face]);
    else {
      later.set(name, { face, count: d._fontCount++ });
      d._fontFamilies[name] = { finalize: () => undefined };
    }
  }
  const registerLater = (name: string): void => {
    const pending = later.get(name);
    if (!pending) return;
    later.delete(name);
    const { _font, _fontSource, _fontFamily, _fontCount } = d;
    d._fontFamilies[name] = undefined;
    d._fontCount = pending.count;
    register(name, fonts[pending.face]);
    Object.assign(d, { _font, _fontSource, _fontFamily, _fontCount });
    // Both registered: pdfkit's own font() again.
    if (later.size === 0) delete (doc as { font?: unknown }).font;
  };
  // Whoever asks for an italic face first (layout, drawing, a test) registers it.
  const font = doc.font.bind(doc);
  doc.font = ((src: unknown, ...rest: unknown[]) => {
    if (typeof src === "string") registerLater(src);
    return (font as (...a: unknown[]) => PDFKit.PDFDocument)(src, ...rest);
  }) as typeof doc.font;
  const registered = new Set<string>();
  for (const script of [...scripts].sort()) {
    for (const { face, name } of Object.values(FALLBACK_FACE[script])) {
      const font = fonts.fallback(face);
      if (font) {
        register(name, font);
        registered.add(name);
      }
    }
  }
  doc.font(FACE.regular);
  if (viaPdfkit) viaPdfkitText.add(doc);
  else {
    bufferContent(doc);
    bufferOutput(doc);
  }
  const faceName: FaceName = (style, script, semibold = false) => {
    if (script) {
      // A heading's text is measured in the regular weight: drawn in the bold one, Hebrew and
      // Arabic would be wider than the room made for them.
      const bold = style === "bold" || style === "boldItalic";
      const { name } = FALLBACK_FACE[script][bold ? "bold" : "regular"];
      if (registered.has(name)) return name;
    }
    return semibold && style === "regular" ? FACE.semibold : FACE[style];
  };
  return { doc, faceName, ascender: (face) => ascenders.get(face) ?? 0 };
}

interface ContentRef {
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}

/**
 * Page content kept as text and turned into bytes once, when the page ends. pdfkit turns each
 * operator into a byte array of its own as it is written (a JavaScript loop over its
 * characters, and thousands of small arrays per document); the bytes are the same: each
 * string chunk followed by a newline, in order, as Latin-1 (pdfkit keeps the low byte of each
 * character). Byte chunks are passed through in their place.
 */
function bufferContent(doc: PDFKit.PDFDocument): void {
  const wrap = (ref: ContentRef): void => {
    const write = ref.write.bind(ref);
    const end = ref.end.bind(ref);
    let pending: string[] = [];
    const flush = (): void => {
      if (!pending.length) return;
      const text = pending.join("");
      pending = [];
      write(Buffer.from(text, "latin1"));
    };
    ref.write = (chunk) => {
      if (typeof chunk === "string") pending.push(`${chunk}\n`);
      else {
        flush();
        write(chunk);
      }
    };
    ref.end = (chunk) => {
      if (chunk) ref.write(chunk);
      flush();
      end();
    };
  };
  const page = (): { content: ContentRef } => (doc as unknown as { page: { content: ContentRef } }).page;
  wrap(page().content);
  doc.on("pageAdded", () => wrap(page().content));
}

/**
 * The file's bytes gathered here and handed to the document's stream in one piece when it ends.
 * pdfkit writes every object as four or five small pieces (its number, its dictionary, `stream`,
 * the data, `endobj`), each turned into a byte array by a JavaScript loop and pushed through the
 * Node stream on its own: thousands per document. Here the text pieces are joined and turned
 * into bytes at once; the byte offsets (for the cross-reference table) are counted as pdfkit
 * counts them: each text piece followed by a newline, one byte per character (its low byte, as
 * Latin-1, like pdfkit). pdfkit 0.20.2 (pinned): `_write`, `_offset`, and `push(null)` at the
 * end of `_finalize`. Its header, written before this, is already in the stream.
 */
function bufferOutput(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number; push(chunk: Uint8Array | null): boolean };
  const parts: Uint8Array[] = [];
  let text: string[] = [];
  const flush = (): void => {
    if (!text.length) return;
    parts.push(Buffer.from(text.join(""), "latin1"));
    text = [];
  };
  d._write = (data) => {
    if (data instanceof Uint8Array) {
      flush();
      parts.push(data);
      d._offset += data.length;
    } else {
      const piece = `${data}\n`;
      text.push(piece);
      d._offset += piece.length;
    }
  };
  const push = d.push.bind(doc);
  d.push = (chunk) => {
    if (chunk === null) {
      flush();
      if (parts.length) push(Buffer.concat(parts));
      parts.length = 0;
    }
    return push(chunk);
  };
}

/** Widths of words already measured, by font set, face, size and text. pdfkit measures a
 * word by walking it, shaping it (cached) and scaling it, every time; a policy measures the
 * same few hundred words in every document. The value is pdfkit's own, so output bytes do
 * not change. */
const widths = new WeakMap<FontSet, Map<string, Map<number, Map<string, number>>>>();
/**
 * Wrapped paragraphs by font set (flow.ts, wrap), the most recently used ones: most paragraphs
 * are the same from shop to shop, a shop's own ones (its name, address, clauses) are used once.
 * The map it replaces held up to 2,000 and was emptied when full, shared paragraphs with the
 * rest; 600 took about 20 MB off a two-job run's peak at 1,000 configs (bench/RESULTS.md,
 * section M).
 */
const wrapped = new WeakMap<FontSet, LRUCache<string, Line[]>>();
const WRAPPED_LIMIT = 600;
const WIDTHS_LIMIT = 20_000;

/** Measures with the document's faces (pdfkit's widths, so layout and drawing agree). */
export function measurer(doc: PDFKit.PDFDocument, fonts: FontSet, faceName: FaceName): Measurer {
  let byFace = widths.get(fonts);
  if (!byFace) widths.set(fonts, (byFace = new Map()));
  const cache = byFace;
  const bySize = new Map<number, Measure>();
  let lines = wrapped.get(fonts);
  if (!lines) wrapped.set(fonts, (lines = new LRUCache({ max: WRAPPED_LIMIT })));
  const measurer = (size: number): Measure => {
    let measure = bySize.get(size);
    if (measure) return measure;
    // The widths of each face at this size, looked up once per document.
    const known = new Map<string, Map<string, number>>();
    measure = (text: string, style: Style, script?: Script): number => {
      const face = faceName(style, script);
      let words = known.get(face);
      if (!words) {
        let sizes = cache.get(face);
        if (!sizes) cache.set(face, (sizes = new Map()));
        words = sizes.get(size);
        if (!words) sizes.set(size, (words = new Map()));
        known.set(face, words);
      }
      let width = words.get(text);
      if (width === undefined) {
        width = doc.font(face).fontSize(size).widthOfString(text);
        if (words.size >= WIDTHS_LIMIT) words.clear();
        words.set(text, width);
      }
      return width;
    };
    bySize.set(size, measure);
    return measure;
  };
  return Object.assign(measurer, { lines });
}
