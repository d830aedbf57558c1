/**
 * The drawing pass: hands the boxes of the layout pass to pdfkit, in their order. Text is
 * marked content of its structure element (kept within one page on purpose, so a page break
 * never happens inside marked content); rules, tints and fills are artifacts.
 */
import type { Box, FieldBox, TextBox } from "./boxes.js";
import { writeText } from "./glyph-runs.js";
import type { Line, Script, Style } from "./inline.js";
import { BODY, COLOR, FACE, type Faces } from "./style.js";

type Doc = PDFKit.PDFDocument;
interface Tag { el: PDFKit.PDFStructureElement; type: string }

interface Drawing {
  doc: Doc;
  /** the outline entry of the last h2, where h3 entries go */
  outline: PDFKit.PDFOutline | undefined;
  /** field names given so far: a name used twice gets « -2 », « -3 »… */
  fields: Set<string>;
  /** the Link element the last line ended in: the next line may go on with it */
  link: { parent: PDFKit.PDFStructureElement; url: string; text: string; el: PDFKit.PDFStructureElement; page: number } | undefined;
  /** pages started so far */
  page: number;
  faces: Faces;
}

/** Draws the laid-out document inside its Document structure element. */
export function drawDocument(doc: Doc, boxes: readonly Box[], faces: Faces): void {
  const root = doc.struct("Document");
  doc.addStructure(root);
  drawBoxes({ doc, outline: undefined, fields: new Set(), link: undefined, page: 0, faces }, boxes, { el: root, type: "Document" });
  root.end();
}

function drawBoxes(drawing: Drawing, boxes: readonly Box[], parent: Tag): void {
  const { doc } = drawing;
  for (const box of boxes) {
    switch (box.kind) {
      case "struct": {
        const el = doc.struct(box.tag, (box.options ?? {}) as PDFKit.Mixins.StructureElementOptions);
        parent.el.add(el);
        drawBoxes(drawing, box.children, { el, type: box.tag });
        if (drawing.link?.parent === el) closeLink(drawing);
        el.end();
        break;
      }
      case "page":
        doc.addPage();
        drawing.page++;
        break;
      case "text":
        if (box.artifact) artifact(doc, () => drawLine(doc, drawing.faces, box));
        else drawTaggedLine(drawing, box, parent);
        break;
      case "rule":
        artifact(doc, () => {
          doc.moveTo(box.x1, box.y).lineTo(box.x2, box.y).lineWidth(box.weight).strokeColor(box.color);
          if (box.dashed) doc.dash(3, { space: 3 }).stroke().undash();
          else doc.stroke();
        });
        break;
      case "band":
        artifact(doc, () => doc.rect(box.x, box.y, box.width, box.height).fill(box.color));
        break;
      case "panel":
        artifact(doc, () => {
          doc.rect(box.x, box.top, box.width, box.bottom - box.top).lineWidth(0.8).fillAndStroke(COLOR.boxFill, COLOR.boxBorder);
          doc.rect(box.x, box.top, 3.5, box.bottom - box.top).fill(COLOR.accent);
        });
        break;
      case "outline":
        if (box.depth === 2 || !drawing.outline) drawing.outline = doc.outline.addItem(box.title);
        else drawing.outline.addItem(box.title);
        break;
      case "field":
        addField(drawing, box);
        break;
    }
  }
}

/** Marks what `draw` paints as content of `tag`. */
function mark(doc: Doc, tag: Tag, draw: () => void): void {
  const content = doc.markStructureContent(tag.type);
  draw();
  doc.endMarkedContent();
  tag.el.add(content);
}

/** Rules, boxes, running heads and repeated table headers are not content for a screen reader. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent("Artifact");
  draw();
  doc.endMarkedContent();
}

interface Piece {
  text: string;
  style: Style;
  link: string | undefined;
  linkText: string | undefined;
  script: Script | undefined;
  width: number;
}

const samePiece = (a: Omit<Piece, "text" | "width">, b: Omit<Piece, "text" | "width">): boolean =>
  a.style === b.style && a.link === b.link && a.linkText === b.linkText && a.script === b.script;

/** Pieces of lines already drawn. They depend on the line only, and the lines of a kept
 * paragraph (flow.ts, wrap) are shared by the documents of a batch: each line's pieces are made
 * once, not once per document. Read-only, like the lines. */
const linePieces = new WeakMap<Line, readonly Piece[]>();

/** A laid-out line as pieces of one face and one link, and the left edge of each. The breakable
 * space between two words joins the neighbour that is not a link, so links are not underlined
 * past their text. A line with Hebrew or Arabic is put in visual order first (visualOrder). */
export function piecesOf(box: TextBox): { pieces: readonly Piece[]; xs: number[] } {
  const { line, x, align, width } = box;
  let pieces = linePieces.get(line);
  if (!pieces) linePieces.set(line, (pieces = lineToPieces(line)));
  let total = 0;
  for (const p of pieces) total += p.width;
  let cx = align === "right" ? x + width - total : align === "center" ? x + (width - total) / 2 : x;
  const xs: number[] = [];
  for (const p of pieces) {
    xs.push(cx);
    cx += p.width;
  }
  return { pieces, xs };
}

function lineToPieces(line: Line): Piece[] {
  const pieces: Piece[] = line.some((word) => word.segs.some((seg) => seg.script)) ? visualOrder(line) : [];
  if (pieces.length) return pieces;
  line.forEach((word, i) => {
    word.segs.forEach((seg, j) => {
      const prev = pieces[pieces.length - 1];
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
      const piece = { text, style: seg.style, link: seg.link, linkText: seg.linkText, script: seg.script, width: w };
      if (last && samePiece(last, piece)) {
        last.text += text;
        last.width += w;
      } else pieces.push(piece);
    });
  });
  return pieces;
}

/**
 * The pieces of a line in the order they are seen, for a line in a left-to-right paragraph
 * that has right-to-left text (the rules of the Unicode bidirectional algorithm that matter
 * here, UAX #9 W2, N1, N2, I1, L2): a run of Hebrew or Arabic words, with the digits, spaces
 * and punctuation between them, is laid out from right to left; fontkit already orders the
 * letters inside each word. Digits keep their own order (level 2).
 */
function visualOrder(line: Line): Piece[] {
  const atoms: Piece[] = [];
  line.forEach((word, i) => {
    if (i > 0 && word.space) atoms.push({ text: " ", style: "regular", link: undefined, linkText: undefined, script: undefined, width: word.space });
    for (const seg of word.segs) atoms.push({ text: seg.text, style: seg.style, link: seg.link, linkText: seg.linkText, script: seg.script, width: seg.width });
  });
  // Strong types: R (a fallback script), L (other letters); digits take R after R (W2, W7).
  let before: "L" | "R" = "L";
  const type = atoms.map((a): "L" | "R" | "N" => {
    if (a.script) return (before = "R");
    if (/\p{L}/u.test(a.text)) return (before = "L");
    return /\p{Nd}/u.test(a.text) && before === "R" ? "R" : "N";
  });
  // Spaces and punctuation between two right-to-left pieces are right to left, else left to
  // right, the paragraph's direction (N1, N2; the line's ends count as left to right).
  const rtl = type.map((t, i) => {
    if (t !== "N") return t === "R";
    let p = i - 1;
    while (p >= 0 && type[p] === "N") p--;
    let n = i + 1;
    while (n < type.length && type[n] === "N") n++;
    return p >= 0 && n < type.length && type[p] === "R" && type[n] === "R";
  });
  const ordered: Piece[] = [];
  for (let i = 0; i < atoms.length; ) {
    let end = i + 1;
    while (end < atoms.length && rtl[end] === rtl[i]) end++;
    const run = atoms.slice(i, end);
    ordered.push(...(rtl[i] ? run.reverse() : run));
    i = end;
  }
  const pieces: Piece[] = [];
  for (const atom of ordered) {
    const last = pieces[pieces.length - 1];
    if (last && samePiece(last, atom)) {
      last.text += atom.text;
      last.width += atom.width;
    } else pieces.push(atom);
  }
  return pieces;
}

/** Top of the text of a line box (pdfkit places text by its top). */
const textTop = ({ y, style }: TextBox): number => y + (style.line - 1.362 * style.size) / 2;

/** Sets the piece's face, size and colour; returns the top to draw it at, for a line whose
 * text starts at `top` in the main face. */
function setFace(doc: Doc, { faceName, ascender }: Faces, p: Piece, { style }: TextBox, top: number): number {
  const semibold = style.face === "semibold";
  const face = faceName(p.style, p.script, semibold);
  doc.font(face).fontSize(style.size).fillColor(p.link ? COLOR.link : p.style === "code" ? COLOR.code : style.color);
  if (!p.script) return top;
  return top + ((ascender(faceName(p.style, undefined, semibold)) - ascender(face)) * style.size) / 1000;
}

/** Draws one laid-out line, as is (a page decoration). Text goes out as drawn, with no word
 * spacing games: no-break spaces stay the glyphs U+00A0 / U+202F in the text layer. */
export function drawLine(doc: Doc, faces: Faces, box: TextBox): void {
  const top = textTop(box);
  const { pieces, xs } = piecesOf(box);
  pieces.forEach((p, i) => {
    const y = setFace(doc, faces, p, box, top);
    if (p.link) doc.text(p.text, xs[i]!, y, { lineBreak: false, link: p.link, underline: true });
    else writeText(doc, p.text, xs[i]!, y);
  });
}

/** What a screen reader says for a link: its text, and where it leads when the text does not say. */
export function linkAlt(text: string, url: string): string {
  const address = url.replace(/^mailto:/iu, "");
  return text === address || text === url || !text ? address : `${text} (${address})`;
}

/**
 * Draws a line of content: the text around links as marked content of `parent`, each link as a
 * Link structure element holding its text and its link annotation, with an alternative
 * description (PDF/UA). A link cut over two lines stays one Link element, unless the lines are
 * on two pages (pdfkit gives each annotation of an element the page the element ends on).
 */
function drawTaggedLine(drawing: Drawing, box: TextBox, parent: Tag): void {
  const { doc } = drawing;
  const top = textTop(box);
  const { pieces, xs } = piecesOf(box);
  for (let i = 0; i < pieces.length; ) {
    const link = pieces[i]!.link;
    let end = i + 1;
    while (end < pieces.length && pieces[end]!.link === link && pieces[end]!.linkText === pieces[i]!.linkText) end++;
    const first = i;
    const group = pieces.slice(i, end);
    i = end;
    if (link === undefined) {
      closeLink(drawing);
      mark(doc, parent, () => {
        group.forEach((p, k) => {
          const y = setFace(doc, drawing.faces, p, box, top);
          writeText(doc, p.text, xs[first + k]!, y);
        });
      });
      continue;
    }
    const text = group[0]!.linkText ?? "";
    const open = drawing.link;
    const el =
      open && open.parent === parent.el && open.url === link && open.text === text && open.page === drawing.page ? open.el
        : openLink(drawing, parent, link, text);
    const alt = linkAlt(text, link);
    mark(doc, { el, type: "Link" }, () => {
      group.forEach((p, k) => {
        const px = xs[first + k]!;
        const y = setFace(doc, drawing.faces, p, box, top);
        // The annotation made here, not by text(), to give it its description (/Contents) and
        // its place in the structure tree (an OBJR in the Link element).
        const options = { structParent: el, Contents: new String(alt) } as unknown as PDFKit.Mixins.AnnotationOption;
        doc.link(px, y, doc.widthOfString(p.text), doc.currentLineHeight(), link, options);
        doc.text(p.text, px, y, { lineBreak: false, underline: true });
      });
    });
  }
}

function openLink(drawing: Drawing, parent: Tag, url: string, text: string): PDFKit.PDFStructureElement {
  closeLink(drawing);
  const el = drawing.doc.struct("Link", { alt: linkAlt(text, url) });
  parent.el.add(el);
  drawing.link = { parent: parent.el, url, text, el, page: drawing.page };
  return el;
}

function closeLink(drawing: Drawing): void {
  drawing.link?.el.end();
  drawing.link = undefined;
}

function addField(drawing: Drawing, box: FieldBox): void {
  const { doc } = drawing;
  doc.font(FACE.regular).fontSize(BODY.size);
  if (drawing.fields.size === 0) doc.initForm();
  let name = box.name;
  for (let n = 2; drawing.fields.has(name); n++) name = `${box.name}-${n}`;
  drawing.fields.add(name);
  doc.formText(name, box.x, box.y, box.width, box.height, { fontSize: BODY.size, align: "left" });
}
