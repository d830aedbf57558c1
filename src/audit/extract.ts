/**
 * An existing policy as plain text with, for every character, where it sits in the file: line
 * and column of the source for Markdown, plain text and HTML; page, line and column for PDF.
 * Bytes in, values out: no file system here.
 */
import { parse } from "parse5";

export type PolicyFormat = "md" | "txt" | "html" | "pdf";

export interface Where {
  line: number;
  column: number;
  page?: number;
}

export interface PolicyText {
  format: PolicyFormat;
  /** The reading text: block elements, paragraphs and pages separated by a blank line. */
  text: string;
  /** Where the character at `offset` of `text` is in the file. */
  where(offset: number): Where;
}

/** Line and column (1-based) of each offset of a source text. */
function lineIndex(source: string): (offset: number) => Where {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  };
}

export function formatOf(name: string, bytes: Uint8Array): PolicyFormat {
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1").trimStart().toLowerCase();
  if (head.startsWith("%pdf-")) return "pdf";
  if (/\.(html?|xhtml)$/iu.test(name) || head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  if (/\.(md|markdown)$/iu.test(name)) return "md";
  return "txt";
}

/** Markdown and plain text are read as they are: the splitter knows headings, lists and tables. */
export function plainText(source: string, format: "md" | "txt" = "txt"): PolicyText {
  const text = source.replace(/^\uFEFF/u, "");
  const shift = source.length - text.length;
  const at = lineIndex(source);
  return { format, text, where: (o) => at(o + shift) };
}

const SKIP = new Set(["script", "style", "template", "noscript", "head", "svg", "math", "iframe", "object"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
  "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html", "legend", "option",
]);

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** The text a reader sees on an HTML page, each character pointing at its place in the source. */
export function htmlText(source: string): PolicyText {
  const doc = parse(source, { sourceCodeLocationInfo: true }) as unknown as P5Node;
  let text = "";
  const from: number[] = [];
  let last = 0;
  const breakHere = (): void => {
    if (text.length === 0 || text.endsWith("\n\n")) return;
    const add = text.endsWith("\n") ? "\n" : "\n\n";
    text += add;
    for (let i = 0; i < add.length; i++) from.push(last);
  };
  const walk = (node: P5Node): void => {
    if (node.nodeName === "#text") {
      const loc = node.sourceCodeLocation;
      const value = node.value ?? "";
      if (!loc) return;
      // Walk the value and its source together: a character reference (&rsquo;, &#8239;) is one
      // character of the value, a CR LF one line break.
      let j = loc.startOffset;
      for (let i = 0; i < value.length; i++) {
        const ch = value[i] as string;
        text += ch === "\n" || ch === "\r" || ch === "\t" ? " " : ch;
        last = Math.min(j, Math.max(loc.startOffset, loc.endOffset - 1));
        from.push(last);
        const ref = source[j] === "&" ? /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/iu.exec(source.slice(j, j + 40)) : null;
        if (ref) {
          // A reference to an astral character gives two UTF-16 units in the value.
          if (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) < 0xdc00) {
            i++;
            text += value[i] ?? "";
            from.push(last);
          }
          j += ref[0].length;
        } else j += source[j] === "\r" && source[j + 1] === "\n" ? 2 : 1;
      }
      return;
    }
    const tag = node.tagName;
    if (tag && SKIP.has(tag)) return;
    const block = tag !== undefined && BLOCK.has(tag);
    if (block) breakHere();
    for (const child of node.childNodes ?? []) walk(child);
    if (block) breakHere();
  };
  walk(doc);
  const at = lineIndex(source);
  return { format: "html", text, where: (o) => at(from[Math.min(Math.max(0, o), from.length - 1)] ?? 0) };
}

interface PdfItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/** The text layer of a PDF, line by line, each character pointing at its page, line and column. */
export async function pdfText(bytes: Uint8Array): Promise<PolicyText> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = "";
  const wheres: Where[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      // Lines of the page: items sharing a baseline, top to bottom (running headers are often
      // drawn last), each line read left to right.
      const lines: { y: number; size: number; items: PdfItem[] }[] = [];
      for (const raw of content.items) {
        if (!("str" in raw)) continue;
        const item = raw as PdfItem;
        const y = item.transform[5] ?? 0;
        const line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, (l.size || 10) * 0.4));
        if (line) line.items.push(item);
        else lines.push({ y, size: item.height || Math.abs(item.transform[3] ?? 10), items: [item] });
      }
      lines.sort((a, b) => b.y - a.y);
      for (const l of lines) l.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      let previous: { y: number; size: number } | undefined;
      lines.forEach((line, i) => {
        const str = line.items.map((it) => it.str).join("");
        if (str.trim() === "") return;
        // A blank line where the gap is wider than one line: a new paragraph, heading or table row.
        const gap = previous ? previous.y - line.y : 0;
        const sep = text === "" ? "" : previous && gap > Math.max(previous.size, line.size) * 1.75 ? "\n\n" : "\n";
        for (const ch of sep) {
          text += ch;
          wheres.push(wheres[wheres.length - 1] ?? { page: n, line: i + 1, column: 1 });
        }
        for (let c = 0; c < str.length; c++) {
          text += str[c];
          wheres.push({ page: n, line: i + 1, column: c + 1 });
        }
        previous = line;
      });
      if (text !== "") {
        text += "\n\n";
        const w = wheres[wheres.length - 1] ?? { page: n, line: 1, column: 1 };
        wheres.push(w, w);
      }
    }
  } finally {
    await pdf.destroy();
  }
  return { format: "pdf", text, where: (o) => wheres[Math.min(Math.max(0, o), wheres.length - 1)] ?? { line: 1, column: 1, page: 1 } };
}
