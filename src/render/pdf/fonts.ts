import * as fontkit from "fontkit";

/** The faces the PDF uses. Noto Sans (SIL OFL 1.1) has every glyph a French policy needs,
 * including U+202F and U+00A0 as glyphs of their own (so they copy out as themselves). */
export type MainFace = "regular" | "bold" | "italic" | "boldItalic" | "semibold";
/** Faces for the scripts Noto Sans lacks (Noto Sans Hebrew and Arabic): read and embedded only
 * when a document has such characters. */
export type FallbackFace = "hebrew" | "hebrewBold" | "arabic" | "arabicBold";
export type FontFace = MainFace | FallbackFace;

export interface FontSet extends Readonly<Record<MainFace, fontkit.Font>> {
  /** Whether a face is parsed yet: the italic faces are parsed on first use (LATER_FACES). */
  isOpen(face: MainFace): boolean;
  /** A fallback face, read and parsed on first use (then kept like the others); undefined when
   * the loader has no such face. */
  fallback(face: FallbackFace): fontkit.Font | undefined;
}

/** Gives the bytes of one face. The renderer reads no file: the caller injects this (the
 * Noto Sans files are read by src/io/fonts.ts; tests or bundlers can supply their own). */
export type FontLoader = (face: FontFace) => Uint8Array;

let cached: { loader: FontLoader; fonts: FontSet } | undefined;

/** Asks for every mapped character once, in code point order (see loadFonts). */
export function primeGlyphs(font: fontkit.Font): void {
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(codePoint);
}

/** Latin (Basic, Latin-1, Extended-A: all of French, œ and Œ included), punctuation, currency
 * and letterlike symbols: characters Noto Sans draws with a glyph of their own, never as a
 * letter plus a combining mark. Outside these (ǹ, ṃ, Devanagari, a typed U+0301…) words get
 * the full shaping. */
const WITHOUT_MARKS = /^[\u0000-\u017F\u2000-\u206F\u20A0-\u20CF\u2100-\u214F]*$/u;

/**
 * Two changes to the default shaping, applied to every word pdfkit lays out:
 *
 * - No ligatures (liga, clig): a ligature glyph such as "ﬁ" maps to U+FB01 in the font's
 *   ToUnicode, so the text layer said « Conﬁrmer » and a search for « Confirmer la
 *   rétractation », the label the law requires, found nothing. Noto Sans draws f and i apart
 *   cleanly; the required ligatures of other scripts (rlig) stay on.
 * - The mark and mkmk features only move combining marks onto their base letter, yet reading
 *   their tables is half of a face's first layout and four fifths of the memory it keeps (for
 *   Noto Sans: 25 ms and 2.8 MB a face). Words made only of the characters above are shaped
 *   without them; test/pdf-shaping.test.ts checks, for every character of every face and the
 *   words of every example policy, that the glyphs and positions are the same as with all
 *   features but the ligatures.
 */
export const NO_LIGATURES = { liga: false, clig: false } as const;

function shapeForTextLayer(font: fontkit.Font): void {
  const layout = font.layout.bind(font) as (text: string, features?: unknown, ...rest: unknown[]) => fontkit.GlyphRun;
  const wrapped = (text: string, features?: unknown, ...rest: unknown[]) =>
    // A new object each time: fontkit writes the features it applied into it.
    layout(text, features ?? (WITHOUT_MARKS.test(text) ? { ...NO_LIGATURES, mark: false, mkmk: false } : { ...NO_LIGATURES }), ...rest);
  font.layout = wrapped as typeof font.layout;
}

/** Faces parsed on first use, not with the others: a policy rarely has italics (none of the
 * examples has), and parsed they were 2.7 MB of the start-up snapshot. */
export const LATER_FACES: ReadonlySet<MainFace> = new Set(["italic", "boldItalic"]);

/** Parsing a TTF costs far more than laying out a whole policy, so each face is parsed once
 * per process and the fontkit objects are shared by every document (pdfkit accepts them as
 * font sources and makes a fresh subset per document). */
export function loadFonts(loader: FontLoader): FontSet {
  if (cached?.loader === loader) return cached.fonts;
  const open = (face: FontFace): fontkit.Font => {
    const font = fontkit.create(Buffer.from(loader(face)));
    if (!("layout" in font)) throw new Error(`font ${face} is a collection, not a single face`);
    // fontkit keeps one glyph object per glyph id, with the characters of the first request for
    // it; the PDF's text layer (ToUnicode) is made from those characters. Shared across
    // documents, the first request could come from a substitution in an earlier document and
    // carry no character (a "`" then vanished from the text layer). Asking for every mapped
    // character first, in a fixed order, makes the text layer the same whatever came before.
    primeGlyphs(font);
    shapeForTextLayer(font);
    return font;
  };
  const fallbacks = new Map<FallbackFace, fontkit.Font | undefined>();
  const later = new Map<MainFace, fontkit.Font>();
  const openLater = (face: MainFace): fontkit.Font => {
    let font = later.get(face);
    if (!font) later.set(face, (font = open(face)));
    return font;
  };
  const fonts: FontSet = {
    regular: open("regular"),
    bold: open("bold"),
    get italic() {
      return openLater("italic");
    },
    get boldItalic() {
      return openLater("boldItalic");
    },
    semibold: open("semibold"),
    isOpen: (face) => !LATER_FACES.has(face) || later.has(face),
    fallback(face) {
      if (!fallbacks.has(face)) {
        let font: fontkit.Font | undefined;
        try {
          font = open(face);
        } catch {
          // A loader of its own may have no such face: the characters then print as in the
          // main face (empty boxes), as before there was a fallback.
          font = undefined;
        }
        fallbacks.set(face, font);
      }
      return fallbacks.get(face);
    },
  };
  cached = { loader, fonts };
  return fonts;
}

const layoutCaches = new WeakMap<fontkit.Font, { entries: Record<string, unknown>; uses: number }>();
const LAYOUT_CACHE_LIMIT = 4_000;
/** The size is looked at once every this many documents (counting keys has a cost). */
const CHECK_EVERY = 16;

/** pdfkit shapes each word with fontkit (GSUB/GPOS) and caches the result per document;
 * after font parsing that shaping is the next biggest cost. A shaped word depends only on
 * the face, so one cache per face is shared by all documents. It is a plain object, as pdfkit
 * reads it for every word (a Proxy counting insertions cost 5 % of a batch), and it is
 * dropped when it has grown past the limit, e.g. on a batch of many shops with many words. */
export function sharedLayoutCache(font: fontkit.Font): Record<string, unknown> {
  let cache = layoutCaches.get(font);
  if (cache && ++cache.uses % CHECK_EVERY === 0 && Object.keys(cache.entries).length > LAYOUT_CACHE_LIMIT) cache = undefined;
  if (!cache) {
    cache = { entries: Object.create(null) as Record<string, unknown>, uses: 0 };
    layoutCaches.set(font, cache);
  }
  return cache.entries;
}
