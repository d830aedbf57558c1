/** The header and footer of every page, drawn once all pages exist (« Page n / N »). */
import { frenchDate } from "../../text/typography.js";
import { artifact } from "./draw.js";
import { COLOR, FACE, PAGE } from "./style.js";

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

export function drawRunningHeads(doc: Doc, { shopName, title, effective }: RunningHeadText): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    artifact(doc, () => {
      const small = (text: string, x: number, y: number, align: "left" | "right", color = COLOR.muted): void => {
        doc.font(FACE.regular).fontSize(8).fillColor(color);
        const w = doc.widthOfString(text);
        doc.text(text, align === "right" ? x - w : x, y, { lineBreak: false });
      };
      // The shop's name on the left, the document's on the right: each cut with « … » to its half.
      const half = (PAGE.right - PAGE.left) / 2 - 12;
      doc.font(FACE.regular).fontSize(8);
      small(fitWidth(doc, shopName, half), PAGE.left, 34, "left", COLOR.accent);
      small(fitWidth(doc, title, half), PAGE.right, 34, "right");
      doc.moveTo(PAGE.left, 48).lineTo(PAGE.right, 48).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      const fy = PAGE.height - 44;
      doc.moveTo(PAGE.left, fy - 6).lineTo(PAGE.right, fy - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      small(`En vigueur au ${frenchDate(effective.toISOString().slice(0, 10))}`, PAGE.left, fy, "left");
      small(`Page ${i - start + 1} / ${count}`, PAGE.right, fy, "right");
    });
  }
}
