/** Tables: column widths from the cells' text, rows that never split, the header row
 * repeated on each page the table goes on to. */
import type { Tokens } from "marked";
import type { TextBox } from "./boxes.js";
import { ensure, newPage, rule, textBox, within, type Area, type Flow } from "./flow.js";
import { breakLines, inlineRuns, toWords, type Line, type Run } from "./inline.js";
import { COLOR, PAGE, TABLE, type TextStyle } from "./style.js";

interface CellLayout { lines: Line[]; align: "left" | "center" | "right" }
interface RowLayout { cells: CellLayout[]; height: number }
export interface TableLayout { widths: number[]; header: RowLayout; rows: RowLayout[] }

/** Each table is measured once per document and width (the heading before it asks first). */
const measured = new WeakMap<Tokens.Table, { width: number; table: TableLayout }>();

export function tableLayout(flow: Flow, token: Tokens.Table, area: Area): TableLayout {
  const known = measured.get(token);
  if (known?.width === area.width) return known.table;
  const table = measureTable(flow, token, area);
  measured.set(token, { width: area.width, table });
  return table;
}

function measureTable(flow: Flow, token: Tokens.Table, area: Area): TableLayout {
  const measure = flow.measure(TABLE.size);
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
  if (sum(pref) <= area.width) widths = pref.map((p) => (p * area.width) / sum(pref));
  else if (sum(min) >= area.width) widths = min.map((m) => (m * area.width) / sum(min));
  else {
    const extra = area.width - sum(min);
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
 * repeated header row. */
export function layoutTable(flow: Flow, token: Tokens.Table, area: Area): void {
  const t = tableLayout(flow, token, area);
  const row = (layout: RowLayout, header: boolean, tagged: boolean): void => {
    const y = flow.y;
    if (header) flow.out.push({ kind: "band", x: area.x, y, width: area.width, height: layout.height, color: COLOR.headFill });
    let x = area.x;
    layout.cells.forEach((cell, c) => {
      const w = t.widths[c]!;
      const style: TextStyle = { size: TABLE.size, line: TABLE.line, color: header ? COLOR.accent : COLOR.text };
      const lines = (): TextBox[] =>
        cell.lines.map((line, i) => textBox(line, x + TABLE.padX, y + TABLE.padY + i * TABLE.line, style, cell.align, w - 2 * TABLE.padX));
      if (!tagged) flow.out.push(...lines().map((box) => ({ ...box, artifact: true as const })));
      else within(flow, header ? "TH" : "TD", () => void flow.out.push(...lines()), header ? { scope: "Column" } : undefined);
      x += w;
    });
    const bottom = y + layout.height;
    flow.out.push(rule(area, bottom, header ? 0.9 : 0.5, header ? COLOR.accent : COLOR.rule));
    flow.y = bottom;
  };
  ensure(flow, t.header.height + (t.rows[0]?.height ?? 0));
  within(flow, "Table", () => {
    within(flow, "TR", () => row(t.header, true, true));
    for (const r of t.rows) {
      if (flow.y + r.height > PAGE.bottom) {
        newPage(flow);
        // Not new content: a screen reader reads the header once.
        row(t.header, true, false);
      }
      within(flow, "TR", () => row(r, false, true));
    }
  });
  flow.y += 10 * flow.squeeze;
}
