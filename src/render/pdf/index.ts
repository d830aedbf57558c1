/**
 * The policy as an A4 PDF, laid out from the policy Markdown (the one source text) by marked's
 * tokens. In parts: document.ts sets the pdfkit document up, layout.ts (with table.ts and
 * form.ts) lays the text out into boxes on pages, draw.ts draws the boxes, running-heads.ts
 * adds the header and footer. The fonts come from an injected loader: nothing here reads a file.
 */
import type { Token } from "marked";
import { createDocument, measurer } from "./document.js";
import { drawDocument } from "./draw.js";
import { loadFonts, type FontLoader } from "./fonts.js";
import { scriptsIn } from "./inline.js";
import { layoutDocument, splitDocument } from "./layout.js";
import { drawRunningHeads } from "./running-heads.js";
import { lexMarkdown } from "../tokens.js";

export { fitWidth } from "./running-heads.js";
export { splitDocument } from "./layout.js";
export { ACCENT } from "./style.js";
export type { FontFace, FontLoader } from "./fonts.js";

export interface PdfMeta {
  title: string;
  /** the document's name in the running head, beside the shop's (default: title) */
  runningTitle?: string;
  shopName: string;
  author: string;
  subject: string;
  keywords: string[];
  /** from the config's effectiveDate, never the clock: it is part of the file ID */
  creationDate: Date;
  rulesetVersion: string;
  /** add AcroForm text fields on the fill-in lines of the withdrawal form */
  fillableForm?: boolean;
}

export interface PdfOptions {
  /** where the font files come from (src/io/fonts.ts reads Noto Sans); parsed once per
   * process and loader */
  fontLoader: FontLoader;
  /** Write text, page content and fonts through pdfkit's own code (text(), one byte array per
   * operator, subsetting and deflating each face again): slower, the same bytes. Tests compare
   * the two ways (test/pdf-glyph-runs.test.ts). */
  viaPdfkit?: boolean;
  /** The Markdown already lexed, when the HTML is made from it too (src/render/tokens.ts). */
  tokens?: Token[];
}

export async function renderPdf(markdown: string, meta: PdfMeta, options: PdfOptions): Promise<Uint8Array> {
  const fonts = loadFonts(options.fontLoader);
  // Faces for Hebrew or Arabic only when the text has some.
  const scripts = scriptsIn([markdown, meta.shopName, meta.runningTitle ?? meta.title].join("\n"));
  const { doc, faceName, ascender } = createDocument(fonts, meta, scripts, { viaPdfkit: options.viaPdfkit === true });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const parts = splitDocument(options.tokens ?? lexMarkdown(markdown));
  const measure = measurer(doc, fonts, faceName);
  const boxes = layoutDocument(parts, { measure, fillable: meta.fillableForm === true });
  const faces = { faceName, ascender };
  drawDocument(doc, boxes, faces);
  drawRunningHeads(doc, { shopName: meta.shopName, title: meta.runningTitle ?? meta.title, effective: meta.creationDate }, { ...faces, measure });
  doc.end();
  return done;
}
