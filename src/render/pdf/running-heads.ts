/** The header and footer of every page, drawn once all pages exist (« Page n / N »). */
import { frenchDate } from "../../text/typography.js";
import { artifact, drawLine } from "./draw.js";
import { writeText } from "./glyph-runs.js";
import type { Measurer } from "./flow.js";
import { scriptsIn, toWords, type Line } from "./inline.js";
import { COLOR, FACE, PAGE, type Faces } from "./style.js";

type Doc = PDFKit.PDFDocument;

/** `text` as it is when it fits in `width` at the current font, else cut at a word (or a
 * character) and ended with « … ». */
export function fitWidth(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join("").trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  const cut = chars.slice(0, lo).join("");
  const atWord = cut.replace(/\s+\S*$/u, "");
  return `${(atWord.length >= cut.length / 2 ? atWord : cut).trimEnd()}…`;
}

export interface RunningHeadText {
  shopName: string;
  /** the document's name, on the right */
  title: string;
  /** the date the policy takes effect, in the footer */
  effective: Date;
}

/** A name with Hebrew or Arabic in it, as one line of at most `width` (cut at a word, with « … »). */
function fitLine(text: string, width: number, measure: Measurer): Line {
  const m = measure(8);
  const words = toWords([{ text, style: "regular" }], m);
  const wide = (line: Line): number => line.reduce((s, w, i) => s + (i ? w.space : 0) + w.width, 0);
  if (wide(words) <= width) return words;
  const ellipsis = { segs: [{ text: "…", style: "regular" as const, width: m("…", "regular") }], width: m("…", "regular"), space: 0, hardBreak: false };
  for (let n = words.length - 1; n > 0; n--) {
    const line = [...words.slice(0, n), ellipsis];
    if (wide(line) <= width) return line;
  }
  return [ellipsis];
}

export function drawRunningHeads(doc: Doc, { shopName, title, effective }: RunningHeadText, { measure, ...faces }: Faces & { measure: Measurer }): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    artifact(doc, () => {
      const small = (text: string, x: number, y: number, align: "left" | "right", color = COLOR.muted): void => {
        doc.font(FACE.regular).fontSize(8).fillColor(color);
        const w = doc.widthOfString(text);
        writeText(doc, text, align === "right" ? x - w : x, y);
      };
      // The shop's name on the left, the document's on the right: each cut with « … » to its half.
      const half = (PAGE.right - PAGE.left) / 2 - 12;
      doc.font(FACE.regular).fontSize(8);
      // Names in Hebrew or Arabic go through the layout's words (fallback faces, visual order).
      const name = (text: string, x: number, align: "left" | "right", color: string): void => {
        if (!scriptsIn(text).size) return small(fitWidth(doc, text, half), x, 34, align, color);
        const style = { size: 8, line: 1.362 * 8, color };
        drawLine(doc, faces, { kind: "text", line: fitLine(text, half, measure), x: align === "left" ? x : x - half, y: 34, width: half, align, style });
      };
      name(shopName, PAGE.left, "left", COLOR.accent);
      name(title, PAGE.right, "right", COLOR.muted);
      doc.moveTo(PAGE.left, 48).lineTo(PAGE.right, 48).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      const fy = PAGE.height - 44;
      doc.moveTo(PAGE.left, fy - 6).lineTo(PAGE.right, fy - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      small(`En vigueur au ${frenchDate(effective.toISOString().slice(0, 10))}`, PAGE.left, fy, "left");
      small(`Page ${i - start + 1} / ${count}`, PAGE.right, fy, "right");
    });
  }
}
