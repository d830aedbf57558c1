/**
 * The layout pass: the policy's Markdown tokens → boxes on pages (boxes.ts). Pure: it measures
 * text through `measure` and draws nothing; draw.ts draws the boxes it returns.
 */
import type { MarkedToken, Token, Tokens } from "marked";
import type { Box, PanelBox } from "./boxes.js";
import { FILL_IN, layoutFillIn } from "./form.js";
import { adopt, ensure, fork, newPage, placeLines, rule, textBox, within, wrap, type Area, type Flow, type Measurer } from "./flow.js";
import { inlineRuns, runsText, type Line, type Run } from "./inline.js";
import { BODY, BOX_PAD, COLOR, HEADING, PAGE, type TextStyle } from "./style.js";
import { layoutTable, tableLayout } from "./table.js";

export interface DocumentParts {
  title: Token[];
  body: Token[];
  annex: Token[];
  tail: Token[];
}

/** The first h1 and the paragraph after it are the title block; the "Annexe" section is set
 * apart from the body, and so are the sections written after it (`tail`). */
export function splitDocument(tokens: readonly Token[]): DocumentParts {
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

/** Rows of body text the last page of the body must hold, else it is a wasted sheet. */
const SHORT_PAGE = 12 * BODY.line;
const SQUEEZES = [1, 0.9, 0.8, 0.7, 0.6];

/** Lays the whole document out: the boxes inside its Document structure element. */
export function layoutDocument({ title, body, annex, tail }: DocumentParts, env: { measure: Measurer; fillable: boolean }): Box[] {
  const full: Area = { x: PAGE.left, width: PAGE.right - PAGE.left };
  const start = (squeeze: number): Flow => {
    const flow: Flow = { y: PAGE.top, page: 0, panels: [], squeeze, out: [], measure: env.measure, fillable: env.fillable };
    layoutTitle(flow, title, full);
    layoutBlocks(flow, body, full);
    return flow;
  };
  // When the body ends with a few lines on a page of their own, the space between blocks is
  // reduced, step by step, until those lines move back onto the page before; if no step does
  // it, the spacing stays as it is (the page is then not a near-empty one made by spacing).
  let flow = start(1);
  if (flow.page > 0 && flow.y - PAGE.top < SHORT_PAGE) {
    for (const squeeze of SQUEEZES.slice(1)) {
      const tighter = start(squeeze);
      if (tighter.page < flow.page) {
        flow = tighter;
        break;
      }
    }
  }
  if (!annex.length) layoutBlocks(flow, tail, full);
  else {
    // The model form is cut out and sent back: it starts a page of its own, the last one.
    // The short sections written after it (the references) end the body when they fit on
    // its last page; otherwise they follow the form on its page, never on a sheet of their own.
    const trial = fork(flow);
    layoutBlocks(trial, tail, full);
    const before = trial.page === flow.page;
    if (before) adopt(flow, trial);
    if (flow.y > PAGE.top) newPage(flow);
    layoutBlocks(flow, annex, full, true);
    if (!before && tail.length) {
      flow.y += 10;
      flow.out.push({ ...rule(full, flow.y, 0.6, COLOR.rule), dashed: true } as Box);
      layoutBlocks(flow, tail, full);
    }
  }
  return flow.out;
}

function layoutTitle(flow: Flow, tokens: readonly Token[], area: Area): void {
  for (const t of tokens) {
    const token = t as MarkedToken;
    if (token.type === "heading") {
      const style: TextStyle = { size: 20, line: 26, color: COLOR.accent, face: "semibold" };
      within(flow, "H1", () => placeLines(flow, wrap(flow, inlineRuns(token.tokens), area.width, style.size), area, style));
      flow.y += 6;
    } else if (token.type === "paragraph") {
      const style: TextStyle = { size: 9.5, line: 13.5, color: COLOR.muted };
      within(flow, "P", () => placeLines(flow, wrap(flow, inlineRuns(token.tokens), area.width, style.size), area, style));
    }
  }
  flow.y += 8;
  flow.out.push(rule(area, flow.y, 1.2, COLOR.accent));
  flow.y += 16;
}

function layoutBlocks(flow: Flow, tokens: readonly Token[], area: Area, annex = false): void {
  tokens.forEach((token, i) => layoutBlock(flow, token, area, tokens[i + 1], annex));
}

function layoutBlock(flow: Flow, t: Token, area: Area, next: Token | undefined, annex: boolean): void {
  const token = t as MarkedToken;
  switch (token.type) {
    case "heading":
      return layoutHeading(flow, token, area, next);
    case "paragraph":
      if (annex && FILL_IN.test(token.text)) return layoutFillIn(flow, inlineRuns(token.tokens), area);
      return layoutParagraph(flow, inlineRuns(token.tokens), area);
    case "text":
      return layoutParagraph(flow, token.tokens?.length ? inlineRuns(token.tokens) : inlineRuns([token]), area);
    case "blockquote":
      return layoutQuoteBox(flow, token, area);
    case "list":
      return layoutList(flow, token, area);
    case "table":
      return layoutTable(flow, token, area);
    case "code":
      return layoutParagraph(flow, [{ text: token.text, style: "code" }], area);
    case "hr": {
      ensure(flow, 12);
      flow.out.push(rule(area, flow.y + 5, 0.6, COLOR.rule));
      flow.y += 12;
      return;
    }
    case "html":
      // Shown literally: the PDF never interprets markup.
      return layoutParagraph(flow, [{ text: token.text.trimEnd(), style: "regular" }], area);
    case "space":
    case "def":
      return;
    case "list_item":
      return layoutBlocks(flow, token.tokens, area, annex);
    case "br":
    case "checkbox":
    case "codespan":
    case "del":
    case "em":
    case "escape":
    case "image":
    case "link":
    case "strong":
      return layoutParagraph(flow, inlineRuns([token]), area);
    default: {
      const never: never = token;
      throw new Error(`unhandled block token ${(never as Token).type}`);
    }
  }
}

function layoutParagraph(flow: Flow, runs: readonly Run[], area: Area, gap = 7): void {
  const style: TextStyle = { size: BODY.size, line: BODY.line, color: COLOR.text };
  within(flow, "P", () => placeLines(flow, wrap(flow, runs, area.width, style.size), area, style));
  flow.y += gap * flow.squeeze;
}

function layoutHeading(flow: Flow, token: Tokens.Heading, area: Area, next: Token | undefined): void {
  const style = HEADING[Math.min(token.depth, 3)]!;
  const runs = inlineRuns(token.tokens, "regular");
  const lines = wrap(flow, runs, area.width, style.size);
  const before = style.before * flow.squeeze;
  const after = style.after * flow.squeeze;
  const own = lines.length * style.line + after + (token.depth === 2 ? 4 : 0);
  // Keep with next: a heading never ends a page without the start of what it announces.
  ensure(flow, before + own + leadHeight(flow, next, area));
  if (flow.y > PAGE.top + 1) flow.y += before;
  if (token.depth >= 2) flow.out.push({ kind: "outline", title: runsText(runs).replace(/[ \n]+/g, " ").trim(), depth: token.depth });
  within(flow, style.tag, () => placeLines(flow, lines, area, style));
  if (token.depth === 2) {
    flow.out.push(rule(area, flow.y + 1, 0.6, COLOR.rule));
    flow.y += 4;
  }
  flow.y += after;
}

/** Height the block after a heading needs on the same page (its first lines). */
function leadHeight(flow: Flow, next: Token | undefined, area: Area): number {
  if (next?.type === "table") {
    const t = tableLayout(flow, next as Tokens.Table, area);
    return t.header.height + (t.rows[0]?.height ?? 0);
  }
  if (next?.type === "blockquote") return 2 * BOX_PAD + 2 * BODY.line + 8;
  if (next?.type === "heading") {
    // A heading right under a heading: both stay with the first lines after them.
    const style = HEADING[Math.min((next as Tokens.Heading).depth, 3)]!;
    return (style.before + style.after) * flow.squeeze + style.line + 2 * BODY.line;
  }
  return 2 * BODY.line;
}

function layoutList(flow: Flow, token: Tokens.List, area: Area, depth = 0): void {
  const indent = token.ordered ? 20 : 14;
  const start = typeof token.start === "number" ? token.start : 1;
  within(flow, "L", () => {
    token.items.forEach((item, i) => {
      within(flow, "LI", () => {
        ensure(flow, 2 * BODY.line);
        const text = token.ordered ? `${start + i}.` : depth ? "◦" : "•";
        const label: Line = [{ segs: [{ text, style: "regular", width: 0 }], width: 0, space: 0, hardBreak: false }];
        const style: TextStyle = { size: BODY.size, line: BODY.line, color: token.ordered ? COLOR.text : COLOR.accent };
        within(flow, "Lbl", () => void flow.out.push(textBox(label, area.x + 2, flow.y, style)));
        const inner: Area = { x: area.x + indent, width: area.width - indent };
        within(flow, "LBody", () => {
          for (const child of item.tokens) {
            if (child.type === "list") layoutList(flow, child as Tokens.List, inner, depth + 1);
            else if (child.type === "text" || child.type === "paragraph") {
              layoutParagraph(flow, inlineRuns((child as Tokens.Text).tokens ?? [child]), inner, item.loose ? 6 : 3);
            } else layoutBlock(flow, child, inner, undefined, false);
          }
        });
      });
    });
  });
  flow.y += depth ? 0 : 5 * flow.squeeze;
}

/** A blockquote is a tinted, bordered box. It moves to the next page when it fits on one;
 * a long one (the D211-2 legal box) is split, with its background drawn on each page. */
function layoutQuoteBox(flow: Flow, token: Tokens.Blockquote, area: Area): void {
  const inner: Area = { x: area.x + BOX_PAD + 4, width: area.width - 2 * BOX_PAD - 4 };
  const place = (): { laid: Flow; panels: readonly PanelBox[] } => {
    const laid = fork(flow);
    const first: PanelBox = { kind: "panel", x: area.x, width: area.width, top: laid.y, bottom: laid.y };
    laid.out.push(first);
    laid.panels = [...flow.panels, { pieces: [first] }];
    laid.y += BOX_PAD;
    within(laid, "BlockQuote", () => layoutBlocks(laid, token.tokens, inner));
    const panels = laid.panels[laid.panels.length - 1]!.pieces;
    panels[panels.length - 1]!.bottom = laid.y - 4 + BOX_PAD;
    laid.panels = laid.panels.slice(0, -1);
    return { laid, panels };
  };
  ensure(flow, 2 * BOX_PAD + 3 * BODY.line);
  let { laid, panels } = place();
  const height = panels.reduce((s, g) => s + g.bottom - g.top, 0);
  if (panels.length > 1 && height <= PAGE.bottom - PAGE.top && flow.y > PAGE.top + 1) {
    newPage(flow);
    ({ laid, panels } = place());
  }
  adopt(flow, laid);
  flow.y = panels[panels.length - 1]!.bottom + 12 * flow.squeeze;
}
