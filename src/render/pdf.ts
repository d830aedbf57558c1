import PDFDocument from "pdfkit";
import { Marked, type MarkedToken, type Token, type Tokens } from "marked";
import { loadFonts, sharedLayoutCache, type FontLoader, type FontSet } from "./pdf-fonts.js";
import { breakLines, inlineRuns, lineWidth, runsText, toWords, type Line, type Run, type Style } from "./pdf-inline.js";
import { frenchDate } from "../text/typography.js";

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
  /** where the font files come from; parsed once per process and loader */
  fontLoader?: FontLoader;
}

// A4 in points; margins leave room for the running header and footer.
const PAGE = { width: 595.28, height: 841.89, top: 74, bottom: 841.89 - 70, left: 64, right: 595.28 - 64 };
/** The accent of every format: the HTML stylesheets use the same (test/pdf-policy.test.ts). */
export const ACCENT = "#1f4e79";
const COLOR = {
  text: "#1d1d1f", muted: "#5b6270", accent: ACCENT, link: "#1a5fb4", code: "#6b3d00",
  rule: "#c9ced6", boxFill: "#eef4fa", boxBorder: "#a9c3dd", headFill: "#e6edf5", fill: "#8a93a0",
};
const BODY = { size: 10, line: 14.6 };
const TABLE = { size: 9, line: 12.6, padX: 6, padY: 4.5 };
// Registered under their PostScript names: pdfkit caches a face under that name, and any
// other name would make it build a new font object (and compare fonts) on every switch.
const FACE: Record<Style | "semibold", string> = {
  regular: "NotoSans-Regular", bold: "NotoSans-Bold", italic: "NotoSans-Italic", boldItalic: "NotoSans-BoldItalic",
  code: "NotoSans-Regular", semibold: "NotoSans-SemiBold",
};
/** A fill-in line of the form ends with a run of "…" or "_" (R221-1 model form). */
const FILL_IN = /\s*[…_]{3,}\s*$/;

type Doc = PDFKit.PDFDocument;
type Tag = { el: PDFKit.PDFStructureElement; type: string } | undefined;
interface Box { x: number; width: number }
/** Something drawn on every page a block spans (the "En bref" box background). */
interface PageHook { pageEnd(y: number): void; pageStart(ctx: Ctx): void }

interface Ctx {
  doc: Doc;
  meta: PdfMeta;
  /** measuring pass: pages and positions are computed, nothing is drawn or tagged */
  dry: boolean;
  y: number;
  page: number;
  hooks: PageHook[];
  outline: PDFKit.PDFOutline | undefined;
  fields: number;
  /** factor on the space between blocks, below 1 when that saves a sheet (see pickSqueeze) */
  squeeze: number;
}

/** Lays out the policy Markdown (the one source text) as an A4 PDF, from marked's tokens. */
export async function renderPdf(markdown: string, meta: PdfMeta, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = loadFonts(options.fontLoader);
  const doc = createDocument(fonts, meta);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const ctx: Ctx = { doc, meta, dry: false, y: PAGE.top, page: 0, hooks: [], outline: undefined, fields: 0, squeeze: 1 };
  const root = doc.struct("Document");
  doc.addStructure(root);
  const tagRoot: Tag = { el: root, type: "Document" };
  const { title, body, annex, tail } = splitDocument(new Marked({ gfm: true }).lexer(markdown));
  const full: Box = { x: PAGE.left, width: PAGE.right - PAGE.left };

  ctx.squeeze = pickSqueeze(ctx, title, body, full);
  renderTitle(ctx, title, tagRoot, full);
  renderBlocks(ctx, body, tagRoot, full);
  if (!annex.length) renderBlocks(ctx, tail, tagRoot, full);
  else {
    // The model form is cut out and sent back: it starts a page of its own, the last one.
    // The short sections written after it (the references) end the body when they fit on
    // its last page; otherwise they follow the form on its page, never on a sheet of their own.
    const before = fitsOnPage(ctx, tail, full);
    if (before) renderBlocks(ctx, tail, tagRoot, full);
    if (ctx.y > PAGE.top) newPage(ctx);
    renderBlocks(ctx, annex, tagRoot, full, true);
    if (!before && tail.length) {
      ctx.y += 10;
      const y = ctx.y;
      artifact(ctx, () => ctx.doc.moveTo(full.x, y).lineTo(full.x + full.width, y).lineWidth(0.6).strokeColor(COLOR.rule).dash(3, { space: 3 }).stroke().undash());
      renderBlocks(ctx, tail, tagRoot, full);
    }
  }
  root.end();
  drawRunningHeads(ctx);
  doc.end();
  return done;
}

function createDocument(fonts: FontSet, meta: PdfMeta): Doc {
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

/** Rows of body text the last page of the body must hold, else it is a wasted sheet. */
const SHORT_PAGE = 12 * BODY.line;
const SQUEEZES = [1, 0.9, 0.8, 0.7, 0.6];

/**
 * When the body ends with a few lines on a page of their own, the space between blocks is
 * reduced, step by step, until those lines move back onto the page before; if no step does
 * it, the spacing stays as it is (the page is then not a near-empty one made by spacing).
 */
function pickSqueeze(ctx: Ctx, title: readonly Token[], body: readonly Token[], box: Box): number {
  const run = (squeeze: number): { pages: number; last: number } => {
    const dry: Ctx = { ...ctx, dry: true, hooks: [], squeeze };
    renderTitle(dry, title, undefined, box);
    renderBlocks(dry, body, undefined, box);
    return { pages: dry.page, last: dry.y - PAGE.top };
  };
  const first = run(1);
  if (first.pages === 0 || first.last >= SHORT_PAGE) return 1;
  for (const squeeze of SQUEEZES.slice(1)) if (run(squeeze).pages < first.pages) return squeeze;
  return 1;
}

/** Lays `tokens` out without drawing: do they end on the page they start on? */
function fitsOnPage(ctx: Ctx, tokens: readonly Token[], box: Box): boolean {
  const dry: Ctx = { ...ctx, dry: true, hooks: [] };
  renderBlocks(dry, tokens, undefined, box);
  return dry.page === ctx.page;
}

/** The first h1 and the paragraph after it are the title block; the "Annexe" section is set
 * apart from the body, and so are the sections written after it (`tail`). */
export function splitDocument(tokens: readonly Token[]): { title: Token[]; body: Token[]; annex: Token[]; tail: Token[] } {
  const blocks = tokens.filter((t) => t.type !== "space" && t.type !== "def");
  const title: Token[] = [];
  const h1 = blocks.findIndex((t) => t.type === "heading" && (t as Tokens.Heading).depth === 1);
  if (h1 >= 0) {
    title.push(...blocks.splice(h1, 1));
    if (blocks[h1]?.type === "paragraph") title.push(...blocks.splice(h1, 1));
  }
  const isH2 = (t: Token | undefined): boolean => t?.type === "heading" && (t as Tokens.Heading).depth <= 2;
  const start = blocks.findIndex((t) => isH2(t) && /^annexe\b/i.test((t as Tokens.Heading).text.trim()));
  if (start < 0) return { title, body: blocks, annex: [], tail: [] };
  let end = start + 1;
  while (end < blocks.length && !isH2(blocks[end])) end++;
  return { title, body: blocks.slice(0, start), annex: blocks.slice(start, end), tail: blocks.slice(end) };
}

// ---------------------------------------------------------------- pages, tags, drawing

function newPage(ctx: Ctx): void {
  for (const hook of ctx.hooks) hook.pageEnd(ctx.y);
  if (!ctx.dry) ctx.doc.addPage();
  ctx.page++;
  ctx.y = PAGE.top;
  for (const hook of ctx.hooks) hook.pageStart(ctx);
}

/** Starts a new page unless `height` still fits (never on a fresh page: that would loop). */
function ensure(ctx: Ctx, height: number): void {
  if (ctx.y + height > PAGE.bottom + 0.01 && ctx.y > PAGE.top + 1 + hookPadding(ctx)) newPage(ctx);
}
const hookPadding = (ctx: Ctx): number => (ctx.hooks.length ? BOX_PAD * ctx.hooks.length : 0);

function openTag(ctx: Ctx, parent: Tag, type: string, options: Record<string, unknown> = {}): Tag {
  if (ctx.dry || !parent) return undefined;
  const el = ctx.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
  parent.el.add(el);
  return { el, type };
}
const closeTag = (tag: Tag): void => void tag?.el.end();

/** Marks what `draw` paints as content of `tag`; kept within one page on purpose, so a page
 * break never happens inside marked content and page decorations can be artifacts. */
function mark(ctx: Ctx, tag: Tag, draw: () => void): void {
  if (ctx.dry) return;
  if (!tag) return draw();
  const content = ctx.doc.markStructureContent(tag.type);
  draw();
  ctx.doc.endMarkedContent();
  tag.el.add(content);
}

/** Rules, boxes, running heads and repeated table headers are not content for a screen reader. */
function artifact(ctx: Ctx, draw: () => void): void {
  if (ctx.dry) return;
  ctx.doc.markContent("Artifact");
  draw();
  ctx.doc.endMarkedContent();
}

/** Widths of words already measured, by face, size and text. pdfkit measures a word by
 * walking it, shaping it (cached) and scaling it, every time; a policy measures the same few
 * hundred words in every document. The value is pdfkit's own, so output bytes do not change. */
const widths = new Map<string, Map<string, number>>();
const WIDTHS_LIMIT = 20_000;

function measurer(ctx: Ctx, size: number) {
  return (text: string, style: Style): number => {
    const key = `${FACE[style]} ${size}`;
    let known = widths.get(key);
    if (!known || known.size > WIDTHS_LIMIT) widths.set(key, (known = new Map()));
    let width = known.get(text);
    if (width === undefined) {
      width = ctx.doc.font(FACE[style]).fontSize(size).widthOfString(text);
      known.set(text, width);
    }
    return width;
  };
}

function layout(ctx: Ctx, runs: readonly Run[], width: number, size: number): Line[] {
  const measure = measurer(ctx, size);
  return breakLines(toWords(runs, measure), width, measure);
}

interface TextStyle { size: number; line: number; color: string; face?: "semibold" }

/** Draws one laid-out line. Text goes out as drawn, with no word spacing games: no-break
 * spaces stay the glyphs U+00A0 / U+202F in the text layer. */
function drawLine(ctx: Ctx, line: Line, x: number, y: number, style: TextStyle, align: "left" | "center" | "right" = "left", width = 0): void {
  if (ctx.dry) return;
  const pieces: { text: string; style: Style; link: string | undefined; width: number }[] = [];
  line.forEach((word, i) => {
    word.segs.forEach((seg, j) => {
      const prev = pieces[pieces.length - 1];
      // The breakable space joins the neighbour that is not a link, so links are not
      // underlined past their text.
      let text = seg.text;
      let w = seg.width;
      if (i > 0 && j === 0) {
        if (prev && (prev.link === undefined || seg.link !== undefined)) {
          prev.text += " ";
          prev.width += word.space;
        } else {
          text = ` ${text}`;
          w += word.space;
        }
      }
      const last = pieces[pieces.length - 1];
      if (last && last.style === seg.style && last.link === seg.link) {
        last.text += text;
        last.width += w;
      } else pieces.push({ text, style: seg.style, link: seg.link, width: w });
    });
  });
  const total = pieces.reduce((s, p) => s + p.width, 0);
  let cx = align === "right" ? x + width - total : align === "center" ? x + (width - total) / 2 : x;
  const top = y + (style.line - 1.362 * style.size) / 2;
  const { doc } = ctx;
  for (const p of pieces) {
    const face = style.face && p.style === "regular" ? FACE.semibold : FACE[p.style];
    doc.font(face).fontSize(style.size).fillColor(p.link ? COLOR.link : p.style === "code" ? COLOR.code : style.color);
    doc.text(p.text, cx, top, p.link ? { lineBreak: false, link: p.link, underline: true } : { lineBreak: false });
    cx += p.width;
  }
}

/** Lines of text with page breaks between lines; at least two lines at the foot of a page. */
function drawLines(ctx: Ctx, lines: readonly Line[], tag: Tag, box: Box, style: TextStyle, align: "left" | "center" | "right" = "left"): void {
  ensure(ctx, Math.min(2, lines.length) * style.line);
  lines.forEach((line, i) => {
    // No single last line alone at the top of the next page either.
    if (i === lines.length - 2 && ctx.y + 2 * style.line > PAGE.bottom && lines.length > 3) newPage(ctx);
    ensure(ctx, style.line);
    mark(ctx, tag, () => drawLine(ctx, line, box.x, ctx.y, style, align, box.width));
    ctx.y += style.line;
  });
}

// ---------------------------------------------------------------- blocks

function renderTitle(ctx: Ctx, tokens: readonly Token[], parent: Tag, box: Box): void {
  for (const t of tokens) {
    const token = t as MarkedToken;
    if (token.type === "heading") {
      const style: TextStyle = { size: 20, line: 26, color: COLOR.accent, face: "semibold" };
      const tag = openTag(ctx, parent, "H1");
      drawLines(ctx, layout(ctx, inlineRuns(token.tokens), box.width, style.size), tag, box, style);
      closeTag(tag);
      ctx.y += 6;
    } else if (token.type === "paragraph") {
      const style: TextStyle = { size: 9.5, line: 13.5, color: COLOR.muted };
      const tag = openTag(ctx, parent, "P");
      drawLines(ctx, layout(ctx, inlineRuns(token.tokens), box.width, style.size), tag, box, style);
      closeTag(tag);
    }
  }
  ctx.y += 8;
  const y = ctx.y;
  artifact(ctx, () => ctx.doc.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(1.2).strokeColor(COLOR.accent).stroke());
  ctx.y += 16;
}

function renderBlocks(ctx: Ctx, tokens: readonly Token[], parent: Tag, box: Box, annex = false): void {
  tokens.forEach((token, i) => renderBlock(ctx, token, parent, box, tokens[i + 1], annex));
}

function renderBlock(ctx: Ctx, t: Token, parent: Tag, box: Box, next: Token | undefined, annex: boolean): void {
  const token = t as MarkedToken;
  switch (token.type) {
    case "heading":
      return renderHeading(ctx, token, parent, box, next);
    case "paragraph":
      if (annex && FILL_IN.test(token.text)) return renderFillIn(ctx, inlineRuns(token.tokens), parent, box);
      return renderParagraph(ctx, inlineRuns(token.tokens), parent, box);
    case "text":
      return renderParagraph(ctx, token.tokens?.length ? inlineRuns(token.tokens) : inlineRuns([token]), parent, box);
    case "blockquote":
      return renderQuoteBox(ctx, token, parent, box);
    case "list":
      return renderList(ctx, token, parent, box);
    case "table":
      return renderTable(ctx, token, parent, box);
    case "code":
      return renderParagraph(ctx, [{ text: token.text, style: "code" }], parent, box);
    case "hr": {
      ensure(ctx, 12);
      const y = ctx.y + 5;
      artifact(ctx, () => ctx.doc.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(0.6).strokeColor(COLOR.rule).stroke());
      ctx.y += 12;
      return;
    }
    case "html":
      // Shown literally: the PDF never interprets markup.
      return renderParagraph(ctx, [{ text: token.text.trimEnd(), style: "regular" }], parent, box);
    case "space":
    case "def":
      return;
    case "list_item":
      return renderBlocks(ctx, token.tokens, parent, box, annex);
    case "br":
    case "checkbox":
    case "codespan":
    case "del":
    case "em":
    case "escape":
    case "image":
    case "link":
    case "strong":
      return renderParagraph(ctx, inlineRuns([token]), parent, box);
    default: {
      const never: never = token;
      throw new Error(`unhandled block token ${(never as Token).type}`);
    }
  }
}

function renderParagraph(ctx: Ctx, runs: readonly Run[], parent: Tag, box: Box, gap = 7): void {
  const style: TextStyle = { size: BODY.size, line: BODY.line, color: COLOR.text };
  const tag = openTag(ctx, parent, "P");
  drawLines(ctx, layout(ctx, runs, box.width, style.size), tag, box, style);
  closeTag(tag);
  ctx.y += gap * ctx.squeeze;
}

const HEADING: Record<number, TextStyle & { before: number; after: number; tag: string }> = {
  1: { size: 16, line: 21, color: COLOR.accent, face: "semibold", before: 16, after: 6, tag: "H1" },
  2: { size: 13.5, line: 18, color: COLOR.accent, face: "semibold", before: 14, after: 8, tag: "H2" },
  3: { size: 11, line: 15, color: COLOR.text, face: "semibold", before: 8, after: 4, tag: "H3" },
};

function renderHeading(ctx: Ctx, token: Tokens.Heading, parent: Tag, box: Box, next: Token | undefined): void {
  const style = HEADING[Math.min(token.depth, 3)]!;
  const runs = inlineRuns(token.tokens, "regular");
  const lines = layout(ctx, runs, box.width, style.size);
  const before = style.before * ctx.squeeze;
  const after = style.after * ctx.squeeze;
  const own = lines.length * style.line + after + (token.depth === 2 ? 4 : 0);
  // Keep with next: a heading never ends a page without the start of what it announces.
  ensure(ctx, before + own + leadHeight(ctx, next, box));
  if (ctx.y > PAGE.top + 1) ctx.y += before;
  if (!ctx.dry && token.depth >= 2) {
    const title = runsText(runs).replace(/[ \n]+/g, " ").trim();
    if (token.depth === 2 || !ctx.outline) ctx.outline = ctx.doc.outline.addItem(title);
    else ctx.outline.addItem(title);
  }
  const tag = openTag(ctx, parent, style.tag);
  drawLines(ctx, lines, tag, box, style);
  closeTag(tag);
  if (token.depth === 2) {
    const y = ctx.y + 1;
    artifact(ctx, () => ctx.doc.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(0.6).strokeColor(COLOR.rule).stroke());
    ctx.y += 4;
  }
  ctx.y += after;
}

/** Height the block after a heading needs on the same page (its first lines). */
function leadHeight(ctx: Ctx, next: Token | undefined, box: Box): number {
  if (next?.type === "table") {
    const t = tableLayout(ctx, next as Tokens.Table, box);
    return t.header.height + (t.rows[0]?.height ?? 0);
  }
  if (next?.type === "blockquote") return 2 * BOX_PAD + 2 * BODY.line + 8;
  if (next?.type === "heading") {
    // A heading right under a heading: both stay with the first lines after them.
    const style = HEADING[Math.min((next as Tokens.Heading).depth, 3)]!;
    return (style.before + style.after) * ctx.squeeze + style.line + 2 * BODY.line;
  }
  return 2 * BODY.line;
}

// ---------------------------------------------------------------- lists

function renderList(ctx: Ctx, token: Tokens.List, parent: Tag, box: Box, depth = 0): void {
  const tag = openTag(ctx, parent, "L");
  const indent = token.ordered ? 20 : 14;
  const start = typeof token.start === "number" ? token.start : 1;
  token.items.forEach((item, i) => {
    const li = openTag(ctx, tag, "LI");
    ensure(ctx, 2 * BODY.line);
    const label = token.ordered ? `${start + i}.` : depth ? "◦" : "•";
    const y = ctx.y;
    const lbl = openTag(ctx, li, "Lbl");
    mark(ctx, lbl, () => {
      ctx.doc.font(FACE.regular).fontSize(BODY.size).fillColor(token.ordered ? COLOR.text : COLOR.accent);
      ctx.doc.text(label, box.x + 2, y + (BODY.line - 1.362 * BODY.size) / 2, { lineBreak: false });
    });
    closeTag(lbl);
    const body = openTag(ctx, li, "LBody");
    const inner: Box = { x: box.x + indent, width: box.width - indent };
    for (const child of item.tokens) {
      if (child.type === "list") renderList(ctx, child as Tokens.List, body, inner, depth + 1);
      else if (child.type === "text" || child.type === "paragraph") {
        renderParagraph(ctx, inlineRuns((child as Tokens.Text).tokens ?? [child]), body, inner, item.loose ? 6 : 3);
      } else renderBlock(ctx, child, body, inner, undefined, false);
    }
    closeTag(body);
    closeTag(li);
  });
  closeTag(tag);
  ctx.y += depth ? 0 : 5 * ctx.squeeze;
}

// ---------------------------------------------------------------- "En bref" box

const BOX_PAD = 10;

/** A blockquote is a tinted, bordered box. It moves to the next page when it fits on one;
 * a long one (the D211-2 legal box) is split, with its background drawn on each page. */
function renderQuoteBox(ctx: Ctx, token: Tokens.Blockquote, parent: Tag, box: Box): void {
  const inner: Box = { x: box.x + BOX_PAD + 4, width: box.width - 2 * BOX_PAD - 4 };
  const measure = (): { top: number; bottom: number }[] => {
    const dry: Ctx = { ...ctx, dry: true, hooks: [] };
    const segments = [{ top: dry.y, bottom: dry.y }];
    dry.hooks.push({
      pageEnd: (y) => void (segments[segments.length - 1]!.bottom = y + BOX_PAD),
      pageStart: (c) => {
        segments.push({ top: c.y, bottom: c.y });
        c.y += BOX_PAD;
      },
    });
    dry.y += BOX_PAD;
    renderBlocks(dry, token.tokens, undefined, inner);
    segments[segments.length - 1]!.bottom = dry.y - 4 + BOX_PAD;
    return segments;
  };
  ensure(ctx, 2 * BOX_PAD + 3 * BODY.line);
  let segments = measure();
  const height = segments.reduce((s, g) => s + g.bottom - g.top, 0);
  if (segments.length > 1 && height <= PAGE.bottom - PAGE.top && ctx.y > PAGE.top + 1) {
    newPage(ctx);
    segments = measure();
  }
  const paint = (g: { top: number; bottom: number }): void =>
    artifact(ctx, () => {
      const { doc } = ctx;
      doc.rect(box.x, g.top, box.width, g.bottom - g.top).lineWidth(0.8).fillAndStroke(COLOR.boxFill, COLOR.boxBorder);
      doc.rect(box.x, g.top, 3.5, g.bottom - g.top).fill(COLOR.accent);
    });
  const queue = [...segments];
  paint(queue.shift()!);
  const hook: PageHook = {
    pageEnd: () => undefined,
    pageStart: (c) => {
      const g = queue.shift();
      if (g) paint(g);
      c.y += BOX_PAD;
    },
  };
  ctx.hooks.push(hook);
  ctx.y += BOX_PAD;
  const tag = openTag(ctx, parent, "BlockQuote");
  renderBlocks(ctx, token.tokens, tag, inner);
  closeTag(tag);
  ctx.hooks.pop();
  ctx.y = segments[segments.length - 1]!.bottom + 12 * ctx.squeeze;
}

// ---------------------------------------------------------------- tables

interface CellLayout { lines: Line[]; align: "left" | "center" | "right" }
interface RowLayout { cells: CellLayout[]; height: number }
interface TableLayout { widths: number[]; header: RowLayout; rows: RowLayout[] }

function tableLayout(ctx: Ctx, token: Tokens.Table, box: Box): TableLayout {
  const size = TABLE.size;
  const measure = measurer(ctx, size);
  const cellRuns = (cell: Tokens.TableCell, header: boolean): Run[] => inlineRuns(cell.tokens, header ? "bold" : "regular");
  const all = [token.header.map((c) => cellRuns(c, true)), ...token.rows.map((r) => r.map((c) => cellRuns(c, false)))];
  const cols = token.header.length;
  const min = new Array<number>(cols).fill(30);
  const pref = new Array<number>(cols).fill(30);
  for (const row of all) {
    row.forEach((runs, c) => {
      const words = toWords(runs, measure);
      const longest = Math.max(0, ...words.map((w) => w.width));
      const full = words.reduce((s, w, i) => s + (i ? w.space : 0) + w.width, 0);
      min[c] = Math.max(min[c]!, Math.min(longest, 150) + 2 * TABLE.padX);
      pref[c] = Math.max(pref[c]!, full + 2 * TABLE.padX);
    });
  }
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(pref) <= box.width) widths = pref.map((p) => (p * box.width) / sum(pref));
  else if (sum(min) >= box.width) widths = min.map((m) => (m * box.width) / sum(min));
  else {
    const extra = box.width - sum(min);
    const want = sum(pref) - sum(min);
    widths = min.map((m, c) => m + (extra * (pref[c]! - m)) / want);
  }
  const rowLayout = (row: Run[][]): RowLayout => {
    const cells = row.map((runs, c) => ({
      lines: breakLines(toWords(runs, measure), widths[c]! - 2 * TABLE.padX, measure),
      align: token.align[c] ?? "left",
    }));
    const lines = Math.max(1, ...cells.map((cell) => cell.lines.length));
    return { cells, height: lines * TABLE.line + 2 * TABLE.padY };
  };
  return { widths, header: rowLayout(all[0]!), rows: all.slice(1).map(rowLayout) };
}

/** Rows never split; when a row does not fit, the table goes on on the next page under a
 * repeated header row (an artifact there, so a screen reader reads the header once). */
function renderTable(ctx: Ctx, token: Tokens.Table, parent: Tag, box: Box): void {
  const t = tableLayout(ctx, token, box);
  const table = openTag(ctx, parent, "Table");
  const drawRow = (row: RowLayout, header: boolean, tr: Tag): void => {
    const y = ctx.y;
    if (header) artifact(ctx, () => ctx.doc.rect(box.x, y, box.width, row.height).fill(COLOR.headFill));
    let x = box.x;
    row.cells.forEach((cell, c) => {
      const w = t.widths[c]!;
      const cellTag = openTag(ctx, tr, header ? "TH" : "TD", header ? { scope: "Column" } : {});
      const style: TextStyle = { size: TABLE.size, line: TABLE.line, color: header ? COLOR.accent : COLOR.text };
      cell.lines.forEach((line, i) => {
        mark(ctx, cellTag, () => drawLine(ctx, line, x + TABLE.padX, y + TABLE.padY + i * TABLE.line, style, cell.align, w - 2 * TABLE.padX));
      });
      closeTag(cellTag);
      x += w;
    });
    const bottom = y + row.height;
    artifact(ctx, () =>
      ctx.doc.moveTo(box.x, bottom).lineTo(box.x + box.width, bottom).lineWidth(header ? 0.9 : 0.5).strokeColor(header ? COLOR.accent : COLOR.rule).stroke(),
    );
    ctx.y = bottom;
  };
  ensure(ctx, t.header.height + (t.rows[0]?.height ?? 0));
  const headTr = openTag(ctx, table, "TR");
  drawRow(t.header, true, headTr);
  closeTag(headTr);
  for (const row of t.rows) {
    if (ctx.y + row.height > PAGE.bottom) {
      newPage(ctx);
      // The repeated header is drawn as an artifact: it is not new content.
      drawRow(t.header, true, undefined);
    }
    const tr = openTag(ctx, table, "TR");
    drawRow(row, false, tr);
    closeTag(tr);
  }
  closeTag(table);
  ctx.y += 10 * ctx.squeeze;
}

// ---------------------------------------------------------------- withdrawal form

/** "Commandé le (*) / reçu le (*) : ……" → the label, then a ruled line to the right margin
 * with room to write by hand (and an AcroForm field when asked). */
function renderFillIn(ctx: Ctx, runs: Run[], parent: Tag, box: Box): void {
  const label = stripFill(runs);
  const style: TextStyle = { size: BODY.size, line: BODY.line, color: COLOR.text };
  const lines = layout(ctx, label, box.width, style.size);
  const room = 22;
  const lastWidth = lines.length ? lineWidth(lines[lines.length - 1]!) : 0;
  const sameLine = box.width - lastWidth >= 150;
  ensure(ctx, lines.length * style.line + room + (sameLine ? 0 : room));
  ctx.y += 6;
  const tag = openTag(ctx, parent, "P");
  drawLines(ctx, lines, tag, box, style);
  closeTag(tag);
  const x0 = sameLine ? box.x + lastWidth + 8 : box.x;
  const baseline = sameLine ? ctx.y - 3 : ctx.y + room - 3;
  if (!sameLine) ctx.y += room;
  artifact(ctx, () => ctx.doc.moveTo(x0, baseline).lineTo(box.x + box.width, baseline).lineWidth(0.6).strokeColor(COLOR.fill).stroke());
  if (ctx.meta.fillableForm && !ctx.dry) addField(ctx, runsText(label), x0, baseline - 16, box.x + box.width - x0, 16);
  ctx.y += 10;
}

function stripFill(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(FILL_IN, "").trimEnd();
    if (last.text) break;
    out.pop();
  }
  return out;
}

function addField(ctx: Ctx, label: string, x: number, y: number, w: number, h: number): void {
  const { doc } = ctx;
  doc.font(FACE.regular).fontSize(BODY.size);
  if (ctx.fields === 0) doc.initForm();
  ctx.fields++;
  const name = `champ${ctx.fields}`;
  void label;
  doc.formText(name, x, y, w, h, { fontSize: BODY.size, align: "left" });
}

// ---------------------------------------------------------------- header and footer

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

function drawRunningHeads(ctx: Ctx): void {
  const { doc, meta } = ctx;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    artifact(ctx, () => {
      const small = (text: string, x: number, y: number, align: "left" | "right", color = COLOR.muted): void => {
        doc.font(FACE.regular).fontSize(8).fillColor(color);
        const w = doc.widthOfString(text);
        doc.text(text, align === "right" ? x - w : x, y, { lineBreak: false });
      };
      // The shop's name on the left, the document's on the right: each cut with « … » to its half.
      const half = (PAGE.right - PAGE.left) / 2 - 12;
      doc.font(FACE.regular).fontSize(8);
      small(fitWidth(doc, meta.shopName, half), PAGE.left, 34, "left", COLOR.accent);
      small(fitWidth(doc, meta.runningTitle ?? meta.title, half), PAGE.right, 34, "right");
      doc.moveTo(PAGE.left, 48).lineTo(PAGE.right, 48).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      const fy = PAGE.height - 44;
      doc.moveTo(PAGE.left, fy - 6).lineTo(PAGE.right, fy - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      small(`En vigueur au ${frenchDate(meta.creationDate.toISOString().slice(0, 10))}`, PAGE.left, fy, "left");
      small(`Page ${i - start + 1} / ${count}`, PAGE.right, fy, "right");
    });
  }
}
