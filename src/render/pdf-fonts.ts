/**
 * The PDF's font: DejaVu Sans Condensed (free licence, from the `dejavu-fonts-ttf` package). It has
 * every glyph a French policy needs, and, unlike most fonts, separate glyphs for U+00A0 and
 * U+202F: a no-break space that shares the glyph of the ordinary space comes out of the PDF's
 * text layer as a plain space. The files are read
 * once per process (or worker), not once per document.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

const require = createRequire(import.meta.url);
let cached: PdfFonts | undefined;

export function loadPdfFonts(): PdfFonts {
  if (cached) return cached;
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  cached = {
    regular: read("DejaVuSansCondensed.ttf"),
    bold: read("DejaVuSansCondensed-Bold.ttf"),
    italic: read("DejaVuSansCondensed-Oblique.ttf"),
    boldItalic: read("DejaVuSansCondensed-BoldOblique.ttf"),
  };
  return cached;
}
