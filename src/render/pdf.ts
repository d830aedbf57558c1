/**
 * Markdown → print-grade A4 PDF, laid out with pdfkit from marked's tokens (never from a second
 * text): title block, "En bref" box, headings kept with what follows, tables that repeat their
 * header row, the withdrawal form alone on its last page, a tagged structure for screen readers.
 * Deterministic: the dates come from the policy, nothing from the clock.
 */
import { Marked, type MarkedToken, type Token, type Tokens } from "marked";
import PDFDocument from "pdfkit";
import type { PdfFonts } from "./pdf-fonts.js";

export interface PdfMeta {
  title: string;
  shopName: string;
  author: string;
  subject: string;
  keywords: string[];
  /** From the policy's effective date: never the clock, so two runs give the same bytes. */
  creationDate: Date;
  rulesetVersion: string;
  /** Add fillable fields to the withdrawal form, for those who fill it on screen. */
  fillableForm?: boolean;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const PAGE = { width: 595.28, height: 841.89, top: 72, bottom: 66, left: 64, right: 64 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = PAGE.height - PAGE.bottom;
const COLOR = { text: "#1d1d1f", muted: "#5b5b60", heading: "#17375e", link: "#0b57a4", rule: "#d3d0c8", briefFill: "#eef5ee", briefBorder: "#3f7d3f", boxFill: "#f7f6f2", boxBorder: "#cfcbc0", th: "#f0eee9" };
const SIZE = { body: 10, small: 9, h1: 19, h2: 13.5, h3: 11, footer: 8 };
const GAP = 2.2;

/** A piece of inline text in one style. */
interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
}

function inlineRuns(tokens: readonly Token[], style: { bold: boolean; italic: boolean; link?: string } = { bold: false, italic: false }): Run[] {
  const runs: Run[] = [];
  for (const token of tokens as MarkedToken[]) {
    switch (token.type) {
      case "text":
        if (token.tokens?.length) runs.push(...inlineRuns(token.tokens, style));
        else runs.push({ ...style, text: token.text });
        break;
      case "escape":
      case "codespan":
      case "html":
        runs.push({ ...style, text: token.text });
        break;
      case "strong":
        runs.push(...inlineRuns(token.tokens, { ...style, bold: true }));
        break;
      case "em":
        runs.push(...inlineRuns(token.tokens, { ...style, italic: true }));
        break;
      case "del":
        runs.push(...inlineRuns(token.tokens, style));
        break;
      case "link":
        runs.push(...inlineRuns(token.tokens, { ...style, link: token.href }));
        break;
      case "br":
        runs.push({ ...style, text: "\n" });
        break;
      case "image":
        runs.push({ ...style, text: token.text });
        break;
      case "checkbox":
        runs.push({ ...style, text: token.checked ? "☑ " : "☐ " });
        break;
      case "paragraph":
      case "heading":
      case "list":
      case "list_item":
      case "table":
      case "blockquote":
      case "code":
      case "hr":
      case "space":
      case "def":
        runs.push(...inlineRuns("tokens" in token && token.tokens ? token.tokens : [], style));
        break;
      default: {
        const never: never = token;
        throw new Error(`unhandled inline token ${(never as Token).type}`);
      }
    }
  }
  return runs.filter((r) => r.text !== "");
}

const plain = (runs: Run[]) => runs.map((r) => r.text).join("");

function fontOf(run: { bold: boolean; italic: boolean }): string {
  return run.bold ? (run.italic ? "BI" : "B") : run.italic ? "I" : "R";
}

interface Box {
  x: number;
  width: number;
  size: number;
  color?: string;
  align?: "left" | "center" | "right";
}

/** Splits runs at hard line breaks: pdfkit loses a "\n" inside continued text. */
function lines(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split("\n");
    parts.forEach((text, i) => {
      if (i > 0) out.push([]);
      if (text !== "") out[out.length - 1]!.push({ ...run, text });
    });
  }
  return out.filter((line) => line.length > 0);
}

/** Writes runs as one flowing paragraph from (x, doc.y). */
function writeRuns(doc: Doc, runs: Run[], box: Box): void {
  for (const line of lines(runs)) {
    line.forEach((run, i) => {
      doc
        .font(fontOf(run))
        .fontSize(box.size)
        .fillColor(run.link ? COLOR.link : (box.color ?? COLOR.text));
      const options = {
        width: box.width,
        align: box.align ?? "left",
        lineGap: GAP,
        continued: i < line.length - 1,
        link: run.link ?? null,
        underline: Boolean(run.link),
      } as PDFKit.Mixins.TextOptions;
      if (i === 0) doc.text(run.text, box.x, doc.y, options);
      else doc.text(run.text, options);
    });
  }
}

function runsHeight(doc: Doc, runs: Run[], box: Box): number {
  doc.font("R").fontSize(box.size);
  // Heights are measured in the regular face: bold is a little wider, and a small
  // over-estimate only moves a block to the next page a little earlier.
  return doc.heightOfString(plain(runs) || " ", { width: box.width, lineGap: GAP });
}

/** Page break when `height` does not fit before the bottom margin. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

function tagged(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** "Label : ……" lines of the withdrawal form: label, then a ruled line to write on. */
const FILL_LINE = /^(.*?)\s*(?:…{3,}|_{3,})\s*$/su;

interface Context {
  doc: Doc;
  root: Struct;
  meta: PdfMeta;
  inAnnex: boolean;
  fieldCount: number;
  outline: PDFKit.PDFOutline | undefined;
}

function heading(ctx: Context, token: Tokens.Heading, next: Token | undefined): void {
  const { doc } = ctx;
  const runs = inlineRuns(token.tokens);
  const text = plain(runs);
  if (token.depth === 2 && (ctx.inAnnex || /^annexe/iu.test(text))) {
    // The withdrawal form goes on a page of its own, to cut out or print alone: a new page
    // before it, and another for whatever follows it.
    doc.addPage();
    ctx.inAnnex = !ctx.inAnnex;
  }
  const size = token.depth <= 1 ? SIZE.h1 : token.depth === 2 ? SIZE.h2 : SIZE.h3;
  const box = { x: PAGE.left, width: CONTENT_WIDTH, size, color: COLOR.heading };
  const above = token.depth === 2 ? 14 : 8;
  // Never alone at the foot of a page: keep the heading with the first lines of what follows.
  const followHeight = next && next.type !== "space" ? Math.min(60, 3 * (SIZE.body + GAP + 3)) : 0;
  ensureRoom(doc, above + runsHeight(doc, runs, box) + followHeight);
  if (doc.y > PAGE.top + 1) doc.y += above;
  if (token.depth === 2) {
    const level = ctx.doc.outline.addItem(text);
    ctx.outline = level;
  } else if (token.depth === 3) {
    (ctx.outline ?? ctx.doc.outline).addItem(text);
  }
  tagged(doc, ctx.root, `H${Math.min(token.depth, 6)}`, () => writeRuns(doc, runs.map((r) => ({ ...r, bold: true })), box));
  doc.y += token.depth === 2 ? 5 : 3;
}

function paragraph(ctx: Context, runs: Run[], x = PAGE.left, width = CONTENT_WIDTH, size = SIZE.body): void {
  const { doc } = ctx;
  const fill = ctx.inAnnex ? FILL_LINE.exec(plain(runs)) : null;
  if (fill) {
    formLine(ctx, fill[1] ?? "");
    return;
  }
  const box = { x, width, size };
  const height = runsHeight(doc, runs, box);
  // Short paragraphs move whole; long ones may split, keeping two lines together at the bottom.
  ensureRoom(doc, Math.min(height, 2 * (size + GAP + 2)));
  tagged(doc, ctx.root, "P", () => writeRuns(doc, runs, box));
  doc.y += 6;
}

function formLine(ctx: Context, label: string): void {
  const { doc } = ctx;
  const box = { x: PAGE.left, width: CONTENT_WIDTH, size: SIZE.body };
  const labelRuns: Run[] = [{ text: label, bold: false, italic: false }];
  ensureRoom(doc, runsHeight(doc, labelRuns, box) + 40);
  tagged(doc, ctx.root, "P", () => writeRuns(doc, labelRuns, box));
  const lineY = doc.y + 20;
  doc.save().moveTo(PAGE.left, lineY).lineTo(PAGE.left + CONTENT_WIDTH, lineY).lineWidth(0.6).strokeColor("#8a8a8f").stroke().restore();
  if (ctx.meta.fillableForm) {
    ctx.fieldCount += 1;
    doc.formText(`champ${ctx.fieldCount}`, PAGE.left, lineY - 16, CONTENT_WIDTH, 16, { align: "left" });
  }
  doc.y = lineY + 12;
}

function list(ctx: Context, token: Tokens.List, x: number, width: number): void {
  const { doc } = ctx;
  const listStruct = doc.struct("L");
  ctx.root.add(listStruct);
  token.items.forEach((item, i) => {
    const marker = token.ordered ? `${Number(token.start || 1) + i}.` : "•";
    const runs = inlineRuns(item.tokens.filter((t) => t.type !== "list"));
    const box = { x: x + 14, width: width - 14, size: SIZE.body };
    ensureRoom(doc, Math.min(runsHeight(doc, runs, box), 2 * (SIZE.body + GAP + 2)));
    const li = doc.struct("LI");
    listStruct.add(li);
    const y = doc.y;
    li.add(
      doc.struct("Lbl", {}, () => {
        doc.font("R").fontSize(SIZE.body).fillColor(COLOR.text).text(marker, x, y, { width: 12, lineGap: GAP });
      }),
    );
    doc.y = y;
    li.add(doc.struct("LBody", {}, () => writeRuns(doc, runs, box)));
    for (const sub of item.tokens) if (sub.type === "list") list(ctx, sub as Tokens.List, x + 14, width - 14);
    doc.y += 2.5;
  });
  listStruct.end();
  doc.y += 4;
}

/** Rough height of blocks, to know whether a box fits on one page before drawing it. */
function blocksHeight(doc: Doc, blocks: Token[], width: number, size: number): number {
  let height = 0;
  for (const block of blocks) {
    if (block.type === "list") {
      for (const item of (block as Tokens.List).items) height += runsHeight(doc, inlineRuns(item.tokens), { x: 0, width: width - 14, size }) + 2.5;
      height += 4;
    } else height += runsHeight(doc, inlineRuns([block]), { x: 0, width, size }) + 6;
  }
  return height;
}

/** A box around block content: the "En bref" summary or the legal guarantee box. */
function blockquote(ctx: Context, token: Tokens.Blockquote): void {
  const { doc } = ctx;
  const first = token.tokens[0];
  const title = first?.type === "paragraph" && (first as Tokens.Paragraph).tokens[0]?.type === "strong" ? plain(inlineRuns((first as Tokens.Paragraph).tokens)) : "";
  const brief = title === "En bref";
  const pad = 10;
  const bar = brief ? 4 : 0;
  const x = PAGE.left + pad + bar;
  const width = CONTENT_WIDTH - 2 * pad - bar;
  const blocks = token.tokens.filter((t) => t.type !== "space");
  const size = brief ? SIZE.body : SIZE.small;
  const border = brief ? COLOR.briefBorder : COLOR.boxBorder;
  const fill = brief ? COLOR.briefFill : COLOR.boxFill;
  const height = blocksHeight(doc, blocks, width, size) + 2 * pad - 6;
  const fitsOnePage = height <= BOTTOM - PAGE.top;

  // A box that fits on a page is drawn first, tinted, with the text on top. A longer one (the
  // legal guarantee box) flows over pages and gets a frame on each page once its text is laid out.
  const segments: { page: number; top: number; bottom: number }[] = [];
  ensureRoom(doc, fitsOnePage ? height + 4 : 80);
  doc.y += 4;
  let segTop = doc.y;
  let page = pageIndex(doc);
  if (fitsOnePage) {
    doc.markContent("Artifact");
    doc.save().rect(PAGE.left, segTop, CONTENT_WIDTH, height).fillColor(fill).fill();
    doc.rect(PAGE.left, segTop, CONTENT_WIDTH, height).lineWidth(0.8).strokeColor(border).stroke();
    if (brief) doc.rect(PAGE.left, segTop, bar, height).fillColor(border).fill();
    doc.restore();
    doc.endMarkedContent();
  }
  const onPage = () => {
    segments.push({ page, top: segTop, bottom: BOTTOM });
    page = pageIndex(doc);
    segTop = PAGE.top;
  };
  doc.on("pageAdded", onPage);
  doc.y += pad;
  const quote = doc.struct("BlockQuote");
  ctx.root.add(quote);
  const inner: Context = { ...ctx, root: quote };
  for (const block of blocks) {
    if (block.type === "list") list(inner, block as Tokens.List, x, width);
    else paragraph(inner, inlineRuns([block]), x, width, size);
  }
  quote.end();
  doc.removeListener("pageAdded", onPage);
  const end = fitsOnePage ? segTop + height : doc.y + pad - 6;
  segments.push({ page, top: segTop, bottom: end });
  if (!fitsOnePage) {
    const current = pageIndex(doc);
    for (const seg of segments) {
      doc.switchToPage(seg.page);
      doc.markContent("Artifact");
      doc.save().rect(PAGE.left, seg.top, CONTENT_WIDTH, seg.bottom - seg.top).lineWidth(0.8).strokeColor(border).stroke().restore();
      doc.endMarkedContent();
    }
    doc.switchToPage(current);
  }
  doc.y = end + 12;
}

function pageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function table(ctx: Context, token: Tokens.Table): void {
  const { doc } = ctx;
  const size = SIZE.small;
  const headers = token.header.map((cell) => inlineRuns(cell.tokens));
  const rows = token.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens)));
  // Columns share the width by the length of their longest text, within sensible bounds.
  const longest = headers.map((h, c) => Math.max(plain(h).length, ...rows.map((r) => plain(r[c] ?? []).length)));
  const weights = longest.map((n) => Math.min(Math.max(n, 10), 70));
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / total) * CONTENT_WIDTH);
  const padX = 5;
  const padY = 4;

  const tableStruct = doc.struct("Table");
  ctx.root.add(tableStruct);

  const rowHeight = (cells: Run[][]) =>
    Math.max(...cells.map((cell, c) => runsHeight(doc, cell, { x: 0, width: (widths[c] ?? 50) - 2 * padX, size }))) + 2 * padY;

  const drawRow = (cells: Run[][], header: boolean) => {
    const height = rowHeight(cells);
    const y = doc.y;
    const tr = doc.struct("TR");
    tableStruct.add(tr);
    let x = PAGE.left;
    doc.markContent("Artifact");
    doc.save();
    if (header) doc.rect(PAGE.left, y, CONTENT_WIDTH, height).fillColor(COLOR.th).fill();
    doc.restore();
    doc.endMarkedContent();
    cells.forEach((cell, c) => {
      const w = widths[c] ?? 50;
      const cx = x;
      tr.add(
        doc.struct(header ? "TH" : "TD", {}, () => {
          doc.y = y + padY;
          writeRuns(doc, header ? cell.map((r) => ({ ...r, bold: true })) : cell, { x: cx + padX, width: w - 2 * padX, size });
        }),
      );
      x += w;
    });
    doc.markContent("Artifact");
    doc.save().lineWidth(0.6).strokeColor(COLOR.rule);
    let lx = PAGE.left;
    doc.rect(PAGE.left, y, CONTENT_WIDTH, height).stroke();
    for (const w of widths.slice(0, -1)) {
      lx += w;
      doc.moveTo(lx, y).lineTo(lx, y + height).stroke();
    }
    doc.restore();
    doc.endMarkedContent();
    doc.y = y + height;
  };

  ensureRoom(doc, rowHeight(headers) + (rows[0] ? rowHeight(rows[0]) : 0));
  drawRow(headers, true);
  for (const row of rows) {
    if (doc.y + rowHeight(row) > BOTTOM) {
      // A row never splits; the header row is repeated at the top of the next page.
      doc.addPage();
      drawRow(headers, true);
    }
    drawRow(row, false);
  }
  tableStruct.end();
  doc.y += 10;
}

function titleBlock(ctx: Context, h1: Tokens.Heading, info: Tokens.Paragraph | undefined): void {
  const { doc } = ctx;
  tagged(doc, ctx.root, "H1", () =>
    writeRuns(doc, inlineRuns(h1.tokens).map((r) => ({ ...r, bold: true })), { x: PAGE.left, width: CONTENT_WIDTH, size: SIZE.h1, color: COLOR.heading }),
  );
  doc.y += 6;
  if (info) {
    tagged(doc, ctx.root, "P", () => writeRuns(doc, inlineRuns(info.tokens), { x: PAGE.left, width: CONTENT_WIDTH, size: SIZE.body, color: COLOR.muted }));
  }
  doc.y += 8;
  doc.save().moveTo(PAGE.left, doc.y).lineTo(PAGE.left + CONTENT_WIDTH, doc.y).lineWidth(1.2).strokeColor(COLOR.heading).stroke().restore();
  doc.y += 10;
}

/** Header (shop name) and footer (page x / y, ruleset) on every page, marked as artifacts. */
function pageFurniture(doc: Doc, meta: PdfMeta): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.markContent("Artifact", { type: "Pagination" } as PDFKit.Mixins.MarkingOptions);
    const keep = { margins: doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    doc.font("R").fontSize(SIZE.footer).fillColor(COLOR.muted);
    if (i > range.start) doc.text(meta.shopName, PAGE.left, 36, { width: CONTENT_WIDTH, align: "left", lineBreak: false, ellipsis: true, height: 12 });
    doc.text(`Page ${i - range.start + 1} / ${range.count}`, PAGE.left, PAGE.height - 40, { width: CONTENT_WIDTH / 2, align: "left", lineBreak: false });
    doc.text(`Règles ${meta.rulesetVersion}`, PAGE.left + CONTENT_WIDTH / 2, PAGE.height - 40, { width: CONTENT_WIDTH / 2, align: "right", lineBreak: false });
    doc.page.margins = keep.margins;
    doc.endMarkedContent();
  }
}

export async function renderPdf(markdown: string, meta: PdfMeta, fonts: PdfFonts): Promise<Uint8Array> {
  const tokens = new Marked({ gfm: true }).lexer(markdown);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "fr-FR",
    displayTitle: true,
    compress: true,
    font: null as unknown as string,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(", "),
      Creator: "politique-retour",
      Producer: "politique-retour (pdfkit)",
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  doc.registerFont("R", fonts.regular);
  doc.registerFont("B", fonts.bold);
  doc.registerFont("I", fonts.italic);
  doc.registerFont("BI", fonts.boldItalic);
  doc.font("R");
  if (meta.fillableForm) doc.initForm();

  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const ctx: Context = { doc, root, meta, inAnnex: false, fieldCount: 0, outline: undefined };

  const blocks = tokens.filter((t) => t.type !== "space") as MarkedToken[];
  for (let i = 0; i < blocks.length; i++) {
    const token = blocks[i]!;
    const next = blocks[i + 1];
    switch (token.type) {
      case "heading":
        if (token.depth === 1 && i === 0) {
          const info = next?.type === "paragraph" ? next : undefined;
          titleBlock(ctx, token, info);
          if (info) i++;
        } else heading(ctx, token, next);
        break;
      case "paragraph":
        paragraph(ctx, inlineRuns(token.tokens));
        break;
      case "list":
        list(ctx, token, PAGE.left, CONTENT_WIDTH);
        break;
      case "blockquote":
        blockquote(ctx, token);
        break;
      case "table":
        table(ctx, token);
        break;
      case "hr":
        doc.y += 8;
        break;
      case "code":
      case "html":
      case "text":
      case "def":
        paragraph(ctx, [{ text: token.type === "def" ? token.raw : token.text, bold: false, italic: false }]);
        break;
      case "space":
      case "list_item":
      case "checkbox":
      case "escape":
      case "strong":
      case "em":
      case "codespan":
      case "br":
      case "del":
      case "link":
      case "image":
        paragraph(ctx, inlineRuns([token]));
        break;
      default: {
        const never: never = token;
        throw new Error(`unhandled block token ${(never as Token).type}`);
      }
    }
  }

  root.end();
  pageFurniture(doc, meta);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
