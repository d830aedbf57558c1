/**
 * What the layout pass (layout.ts) gives the drawing pass (draw.ts): every piece of the
 * document at its place, in drawing order. Pages, structure elements, marked text and
 * artifacts come out in the order the drawing pass hands them to pdfkit, which numbers its
 * objects in that order: the order is part of the PDF's bytes.
 */
import type { Line } from "./inline.js";
import type { TextStyle } from "./style.js";

/** A structure element (P, H2, Table, LI…) and what is laid out inside it. */
export interface StructBox {
  kind: "struct";
  tag: string;
  options?: { scope: "Column" };
  children: Box[];
}

/** The start of a new page: what follows is drawn on it. */
export interface PageBox {
  kind: "page";
}

export type Align = "left" | "center" | "right";

/** One line of text, marked content of the enclosing structure element. `x`, `width`: the
 * column it is aligned in; `y`: the top of the line box. */
export interface TextBox {
  kind: "text";
  line: Line;
  x: number;
  y: number;
  width: number;
  align: Align;
  style: TextStyle;
  /** not content but a page decoration (the header row repeated on a table's next page) */
  artifact?: true;
}

/** A horizontal rule from x1 to x2 (an artifact). */
export interface RuleBox {
  kind: "rule";
  x1: number;
  x2: number;
  y: number;
  weight: number;
  color: string;
  dashed?: true;
}

/** A filled rectangle (an artifact): a table's header row. */
export interface BandBox {
  kind: "band";
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** The tinted background of a blockquote on one page (an artifact). `bottom` is known once
 * the page or the box ends. */
export interface PanelBox {
  kind: "panel";
  x: number;
  width: number;
  top: number;
  bottom: number;
}

/** An entry of the PDF's outline (bookmarks); an h3 goes under the h2 before it. */
export interface OutlineBox {
  kind: "outline";
  title: string;
  /** the heading level: 2 starts a top-level entry, deeper ones go under the last */
  depth: number;
}

/** A fillable AcroForm text field on a fill-in line of the withdrawal form. */
export interface FieldBox {
  kind: "field";
  /** the field's name, after its label (`nom`, `adresse`…): what a filled form's data is keyed by */
  name: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Box = StructBox | PageBox | TextBox | RuleBox | BandBox | PanelBox | OutlineBox | FieldBox;
