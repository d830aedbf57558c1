/**
 * The layout pass's running state and its few primitives: pages, keep-together checks,
 * structure elements and lines of text. Everything is laid out into `out`, a list of boxes;
 * to try a layout (does it fit? does it end a page?), lay it out on a `fork` and `adopt` it
 * if it is kept. Nothing here touches the PDF document.
 */
import type { LRUCache } from "lru-cache";
import type { Box, PanelBox, StructBox, TextBox } from "./boxes.js";
import { breakLines, hasFallbackScript, toWords, type Line, type Measure, type Run } from "./inline.js";
import { BOX_PAD, PAGE, type TextStyle } from "./style.js";

/** A column on the page. */
export interface Area {
  x: number;
  width: number;
}

/** Measures text at a given size (in points), with the document's faces. `lines`: where
 * wrapped paragraphs are kept between documents measured with the same faces (see wrap). */
export type Measurer = ((size: number) => Measure) & { readonly lines?: LRUCache<string, Line[]> };

/** A tinted box being laid out: its background pieces so far, one per page, the last open. */
export interface OpenPanel {
  readonly pieces: readonly PanelBox[];
}

export interface Flow {
  /** top of the next line, in points from the top of the page */
  y: number;
  /** pages started so far (0 on the first page) */
  page: number;
  /** the tinted boxes (blockquotes) open here, outermost first: each spans the page breaks */
  panels: readonly OpenPanel[];
  /** factor on the space between blocks, below 1 when that saves a sheet (layout.ts) */
  squeeze: number;
  /** where boxes go: the children of the innermost structure element */
  out: Box[];
  readonly measure: Measurer;
  /** lay out AcroForm fields on the form's fill-in lines */
  readonly fillable: boolean;
}

/** A copy of the state that lays out into its own list. */
export const fork = (flow: Flow): Flow => ({ ...flow, out: [] });

/** Keeps what was laid out on `trial` (a fork of `flow`). */
export function adopt(flow: Flow, trial: Flow): void {
  flow.out.push(...trial.out);
  flow.y = trial.y;
  flow.page = trial.page;
  flow.panels = trial.panels;
}

export function newPage(flow: Flow): void {
  for (const { pieces } of flow.panels) pieces[pieces.length - 1]!.bottom = flow.y + BOX_PAD;
  flow.out.push({ kind: "page" });
  flow.page++;
  flow.y = PAGE.top;
  // Each open box goes on on the new page, with its padding. New objects, not changed ones:
  // a fork's page breaks do not show in the flow it came from.
  flow.panels = flow.panels.map(({ pieces }) => {
    const { x, width } = pieces[0]!;
    const panel: PanelBox = { kind: "panel", x, width, top: flow.y, bottom: flow.y };
    flow.out.push(panel);
    flow.y += BOX_PAD;
    return { pieces: [...pieces, panel] };
  });
}

/** Starts a new page unless `height` still fits (never on a fresh page: that would loop). */
export function ensure(flow: Flow, height: number): void {
  if (flow.y + height > PAGE.bottom + 0.01 && flow.y > PAGE.top + 1 + BOX_PAD * flow.panels.length) newPage(flow);
}

/** Lays out `content` inside a new structure element `tag`. */
export function within(flow: Flow, tag: string, content: () => void, options?: StructBox["options"]): void {
  const node: StructBox = { kind: "struct", tag, children: [], ...(options ? { options } : {}) };
  flow.out.push(node);
  const outer = flow.out;
  flow.out = node.children;
  try {
    content();
  } finally {
    flow.out = outer;
  }
}

/** Breaks runs into lines of at most `width` points. Policies of a batch share most of their
 * paragraphs, and the lines of a paragraph depend only on its runs, the width, the size and the
 * faces: they are kept (read-only: boxes and pieces are made from them, never changed) by the
 * measurer's faces. Text in a fallback script is not kept: its face depends on the document. */
export function wrap(flow: Flow, runs: readonly Run[], width: number, size: number): Line[] {
  const measure = flow.measure(size);
  const kept = flow.measure.lines;
  if (!kept) return breakLines(toWords(runs, measure), width, measure);
  let key = `${size} ${width}`;
  for (const r of runs) key += `\u0000${r.style}\u0001${r.link ?? "\u0002"}\u0001${r.linkText ?? "\u0002"}\u0001${r.text}`;
  let lines = kept.get(key);
  if (!lines) {
    lines = breakLines(toWords(runs, measure), width, measure);
    if (hasFallbackScript(key)) return lines;
    kept.set(key, lines);
  }
  return lines;
}

export const textBox = (line: Line, x: number, y: number, style: TextStyle, align: TextBox["align"] = "left", width = 0): TextBox => ({
  kind: "text", line, x, y, width, align, style,
});

/** Lines of text with page breaks between lines; at least two lines at the foot of a page. */
export function placeLines(flow: Flow, lines: readonly Line[], area: Area, style: TextStyle, align: TextBox["align"] = "left"): void {
  ensure(flow, Math.min(2, lines.length) * style.line);
  lines.forEach((line, i) => {
    // No single last line alone at the top of the next page either.
    if (i === lines.length - 2 && flow.y + 2 * style.line > PAGE.bottom && lines.length > 3) newPage(flow);
    ensure(flow, style.line);
    flow.out.push(textBox(line, area.x, flow.y, style, align, area.width));
    flow.y += style.line;
  });
}

/** A horizontal rule across `area` at `y` (an artifact). */
export const rule = (area: Area, y: number, weight: number, color: string): Box => ({ kind: "rule", x1: area.x, x2: area.x + area.width, y, weight, color });
