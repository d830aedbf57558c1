/** The pdfkit document: A4, tagged, French, metadata from the input only, our faces
 * registered; and text measurement with those faces for the layout pass. */
import PDFDocument from "pdfkit";
import { sharedLayoutCache, type FontSet } from "./fonts.js";
import type { Measurer } from "./flow.js";
import type { Style } from "./inline.js";
import { FACE, PAGE } from "./style.js";

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** from the config's effectiveDate, never the clock: it is part of the file ID */
  creationDate: Date;
  rulesetVersion: string;
}

export function createDocument(fonts: FontSet, meta: DocumentInfo): PDFKit.PDFDocument {
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
  const faces: Record<string, keyof FontSet> = {
    [FACE.regular]: "regular", [FACE.bold]: "bold", [FACE.italic]: "italic",
    [FACE.boldItalic]: "boldItalic", [FACE.semibold]: "semibold",
  };
  for (const [name, face] of Object.entries(faces)) {
    doc.registerFont(name, fonts[face] as unknown as string);
    // pdfkit internals (0.20): EmbeddedFont#layoutCache, the per-document word shaping cache.
    const embedded = (doc.font(name) as unknown as { _font?: { layoutCache?: unknown } })._font;
    if (embedded && "layoutCache" in embedded) embedded.layoutCache = sharedLayoutCache(fonts[face]);
  }
  doc.font(FACE.regular);
  return doc;
}

/** Widths of words already measured, by font set, face, size and text. pdfkit measures a
 * word by walking it, shaping it (cached) and scaling it, every time; a policy measures the
 * same few hundred words in every document. The value is pdfkit's own, so output bytes do
 * not change. */
const widths = new WeakMap<FontSet, Map<string, Map<string, number>>>();
const WIDTHS_LIMIT = 20_000;

/** Measures with the document's faces (pdfkit's widths, so layout and drawing agree). */
export function measurer(doc: PDFKit.PDFDocument, fonts: FontSet): Measurer {
  let byFace = widths.get(fonts);
  if (!byFace) widths.set(fonts, (byFace = new Map()));
  const cache = byFace;
  return (size) => (text: string, style: Style): number => {
    const key = `${FACE[style]} ${size}`;
    let known = cache.get(key);
    if (!known || known.size > WIDTHS_LIMIT) cache.set(key, (known = new Map()));
    let width = known.get(text);
    if (width === undefined) {
      width = doc.font(FACE[style]).fontSize(size).widthOfString(text);
      known.set(text, width);
    }
    return width;
  };
}
