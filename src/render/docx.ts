/**
 * Markdown → Word (.docx), for the lawyer or the client who edits in Word: real heading styles,
 * the « En bref » and D211-2 boxes, the methods table, the withdrawal form as a section of its
 * own with lines to fill in, page numbers in the footer, title/author/language in the
 * properties. Made with the `docx` package from marked's tokens, like the PDF.
 *
 * The same input gives the same bytes: `docx` stamps the zip entries and the core properties
 * with the clock and names hyperlink relationships at random, so the package is rewritten
 * afterwards with the policy's date and ids numbered in order.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Marked, type MarkedToken, type Token, type Tokens } from "marked";
import { inlineRuns, type Run } from "./pdf/inline.js";

export interface DocxMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** from the config's effectiveDate, never the clock */
  creationDate: Date;
  rulesetVersion: string;
}

const ACCENT = "1F4E79";
const BOX = { fill: "EEF4FA", border: "A9C3DD" };
/** A fill-in line of the form ends with a run of "…" or "_" (R221-1 model form). */
const FILL_IN = /\s*[…_]{3,}\s*$/u;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

type Block = Paragraph | Table;
interface Frame {
  /** inside a box (blockquote): shaded, with the accent rule on the left */
  boxed: boolean;
  annex: boolean;
}

function runs(list: readonly Run[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return list.flatMap((r): ParagraphChild[] => {
    const parts = r.text.split("\n");
    const text = (t: string, i: number) =>
      new TextRun({
        text: t,
        ...(i > 0 ? { break: 1 } : {}),
        bold: extra.bold || r.style === "bold" || r.style === "boldItalic",
        italics: r.style === "italic" || r.style === "boldItalic",
        ...(r.link !== undefined ? { style: "Hyperlink" } : {}),
      });
    const made = parts.map(text);
    return r.link === undefined ? made : [new ExternalHyperlink({ link: r.link, children: made })];
  });
}

const boxed = (frame: Frame): Partial<IParagraphOptions> =>
  frame.boxed
    ? {
        shading: { type: ShadingType.CLEAR, fill: BOX.fill, color: "auto" },
        border: {
          left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 },
          top: { style: BorderStyle.SINGLE, size: 4, color: BOX.border, space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 4, color: BOX.border, space: 4 },
          right: { style: BorderStyle.SINGLE, size: 4, color: BOX.border, space: 8 },
        },
        indent: { left: 200, right: 200 },
      }
    : {};

function paragraph(children: ParagraphChild[], frame: Frame, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ children, spacing: { after: 120 }, ...boxed(frame), ...options });
}

/** The label, then an empty ruled line to write on. */
function fillIn(list: Run[], frame: Frame): Paragraph[] {
  const label = list.map((r) => ({ ...r }));
  while (label.length) {
    const last = label[label.length - 1]!;
    last.text = last.text.replace(FILL_IN, "").trimEnd();
    if (last.text) break;
    label.pop();
  }
  return [
    paragraph(runs(label), frame, { spacing: { before: 160, after: 0 }, keepNext: true }),
    new Paragraph({ children: [], spacing: { before: 280, after: 80 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "8A93A0", space: 1 } } }),
  ];
}

function table(token: Tokens.Table): Table {
  const cell = (c: Tokens.TableCell, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: runs(inlineRuns(c.tokens), header ? { bold: true } : {}), spacing: { after: 40 } })],
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: "E6EDF5", color: "auto" } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: token.header.map((c) => cell(c, true)) }),
      ...token.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ],
  });
}

function blocks(tokens: readonly Token[], frame: Frame, depth = 0): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    const token = t as MarkedToken;
    switch (token.type) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[Math.min(token.depth, 4) - 1]!, children: runs(inlineRuns(token.tokens)), keepNext: true }));
        break;
      case "paragraph":
        if (frame.annex && FILL_IN.test(token.text)) out.push(...fillIn(inlineRuns(token.tokens), frame));
        else out.push(paragraph(runs(inlineRuns(token.tokens)), frame));
        break;
      case "text":
        out.push(paragraph(runs(token.tokens?.length ? inlineRuns(token.tokens) : inlineRuns([token])), frame));
        break;
      case "blockquote":
        out.push(...blocks(token.tokens, { ...frame, boxed: true }, depth));
        out.push(new Paragraph({ children: [], spacing: { after: 60 } }));
        break;
      case "list":
        token.items.forEach((item, i) => {
          for (const child of item.tokens) {
            if (child.type === "list") out.push(...blocks([child], frame, depth + 1));
            else {
              const inline = inlineRuns((child as Tokens.Text).tokens ?? [child]);
              const label = token.ordered ? [new TextRun(`${(typeof token.start === "number" ? token.start : 1) + i}. `)] : [];
              out.push(paragraph([...label, ...runs(inline)], frame, token.ordered ? { spacing: { after: 60 } } : { bullet: { level: depth }, spacing: { after: 60 } }));
            }
          }
        });
        break;
      case "table":
        out.push(table(token), new Paragraph({ children: [] }));
        break;
      case "code":
        out.push(paragraph([new TextRun(token.text)], frame));
        break;
      case "hr":
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "C9CED6", space: 1 } } }));
        break;
      case "html":
        // Shown literally: Word never gets markup from the text.
        out.push(paragraph([new TextRun(token.text.trimEnd())], frame));
        break;
      case "space":
      case "def":
        break;
      case "list_item":
        out.push(...blocks(token.tokens, frame, depth));
        break;
      case "br":
      case "checkbox":
      case "codespan":
      case "del":
      case "em":
      case "escape":
      case "image":
      case "link":
      case "strong":
        out.push(paragraph(runs(inlineRuns([token])), frame));
        break;
      default: {
        const never: never = token;
        throw new Error(`unhandled block token ${(never as Token).type}`);
      }
    }
  }
  return out;
}

/** The annex (withdrawal form) apart from the rest; the sections after it (references) stay in the body. */
function split(tokens: readonly Token[]): { body: Token[]; annex: Token[] } {
  const isH2 = (t: Token | undefined): boolean => t?.type === "heading" && (t as Tokens.Heading).depth <= 2;
  const start = tokens.findIndex((t) => isH2(t) && /^annexe\b/iu.test((t as Tokens.Heading).text.trim()));
  if (start < 0) return { body: [...tokens], annex: [] };
  let end = start + 1;
  while (end < tokens.length && !isH2(tokens[end])) end++;
  return { body: [...tokens.slice(0, start), ...tokens.slice(end)], annex: tokens.slice(start, end) };
}

function footer(meta: DocxMeta): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ size: 16, color: "5B6270", children: [`Règles ${meta.rulesetVersion} — Page `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export async function renderDocx(markdown: string, meta: DocxMeta): Promise<Uint8Array> {
  const { body, annex } = split(new Marked({ gfm: true }).lexer(markdown));
  const frame: Frame = { boxed: false, annex: false };
  const page = { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } };
  const doc = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(", "),
    description: meta.subject,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: "Noto Sans", size: 20, color: "1D1D1F", language: { value: "fr-FR" } }, paragraph: { spacing: { line: 276 } } },
        heading1: { run: { size: 36, bold: true, color: ACCENT }, paragraph: { spacing: { after: 160 } } },
        heading2: { run: { size: 28, bold: true, color: ACCENT }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { run: { size: 23, bold: true, color: "1D1D1F" }, paragraph: { spacing: { before: 200, after: 80 } } },
        heading4: { run: { size: 21, bold: true, color: "1D1D1F" }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections: [
      { properties: { page }, footers: { default: footer(meta) }, children: blocks(body, frame) },
      ...(annex.length
        ? [{ properties: { page, type: SectionType.NEXT_PAGE }, footers: { default: footer(meta) }, children: blocks(annex, { ...frame, annex: true }) }]
        : []),
    ],
  });
  return fixed(await Packer.toBuffer(doc), meta.creationDate);
}

/** Rewrites the package so the bytes depend on the input only: the policy's date in the core
 * properties and on every zip entry, random relationship ids renamed in order of appearance. */
function fixed(docx: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(docx);
  const names = Object.keys(files);
  const iso = `${date.toISOString().slice(0, 19)}Z`;
  const ids = new Map<string, string>();
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // Zip entries hold local date and time fields: a date made from local fields gives the same
  // bytes in every time zone.
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
  for (const name of names) {
    let data = files[name]!;
    if (/\.(xml|rels)$/u.test(name)) {
      let text = strFromU8(data);
      // Relationship ids docx makes with nanoid: « rId » and 21 url-safe characters.
      for (const m of text.matchAll(/\bId="(rId[A-Za-z0-9_-]{21})"/gu)) if (!ids.has(m[1]!)) ids.set(m[1]!, `rIdL${ids.size + 1}`);
      if (name === "docProps/core.xml") {
        text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${iso}$2`).replace("</cp:coreProperties>", "<dc:language>fr-FR</dc:language></cp:coreProperties>");
      }
      data = strToU8(text);
      files[name] = data;
    }
  }
  for (const name of names) {
    let data = files[name]!;
    if (ids.size && /\.(xml|rels)$/u.test(name)) {
      let text = strFromU8(data);
      for (const [from, to] of ids) text = text.split(`"${from}"`).join(`"${to}"`);
      data = strToU8(text);
    }
    out[name] = [data, { mtime }];
  }
  return zipSync(out, { level: 9 });
}
