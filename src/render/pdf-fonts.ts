import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";

/** The faces the PDF uses. Noto Sans (SIL OFL 1.1) has every glyph a French policy needs,
 * including U+202F and U+00A0 as glyphs of their own (so they copy out as themselves). */
export type FontFace = "regular" | "bold" | "italic" | "boldItalic" | "semibold";

export type FontSet = Readonly<Record<FontFace, fontkit.Font>>;

/** Reads the bytes of one face; injected so tests or bundlers can supply the files. */
export type FontLoader = (face: FontFace) => Uint8Array;

const FILES: Record<FontFace, string> = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
  semibold: "600SemiBold/NotoSans_600SemiBold.ttf",
};

export const defaultFontLoader: FontLoader = (face) => {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${FILES[face]}`));
};

let cached: { loader: FontLoader; fonts: FontSet } | undefined;

/** Parsing a TTF costs far more than laying out a whole policy, so each face is parsed once
 * per process and the fontkit objects are shared by every document (pdfkit accepts them as
 * font sources and makes a fresh subset per document). */
export function loadFonts(loader: FontLoader = defaultFontLoader): FontSet {
  if (cached?.loader === loader) return cached.fonts;
  const open = (face: FontFace): fontkit.Font => {
    const font = fontkit.create(Buffer.from(loader(face)));
    if (!("layout" in font)) throw new Error(`font ${face} is a collection, not a single face`);
    // fontkit keeps one glyph object per glyph id, with the characters of the first request for
    // it; the PDF's text layer (ToUnicode) is made from those characters. Shared across
    // documents, the first request could come from a substitution in an earlier document and
    // carry no character (a "`" then vanished from the text layer). Asking for every mapped
    // character first, in a fixed order, makes the text layer the same whatever came before.
    for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) font.glyphForCodePoint(codePoint);
    return font;
  };
  const fonts: FontSet = {
    regular: open("regular"),
    bold: open("bold"),
    italic: open("italic"),
    boldItalic: open("boldItalic"),
    semibold: open("semibold"),
  };
  cached = { loader, fonts };
  return fonts;
}

const layoutCaches = new WeakMap<fontkit.Font, { entries: Record<string, unknown>; size: number }>();
const LAYOUT_CACHE_LIMIT = 4_000;

/** pdfkit shapes each word with fontkit (GSUB/GPOS) and caches the result per document;
 * after font parsing that shaping is the next biggest cost. A shaped word depends only on
 * the face, so one cache per face is shared by all documents (bounded: it is dropped when
 * it grows past the limit, e.g. on a batch of many shops with many distinct words). */
export function sharedLayoutCache(font: fontkit.Font): Record<string, unknown> {
  let cache = layoutCaches.get(font);
  if (!cache || cache.size > LAYOUT_CACHE_LIMIT) {
    cache = { entries: Object.create(null) as Record<string, unknown>, size: 0 };
    layoutCaches.set(font, cache);
  }
  const { entries } = cache;
  const counter = cache;
  // Count insertions without walking the object.
  return new Proxy(entries, {
    set(target, key, value) {
      if (!(key in target)) counter.size++;
      return Reflect.set(target, key, value);
    },
  });
}
