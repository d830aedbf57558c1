/**
 * The drawing pass: hands the boxes of the layout pass to pdfkit, in their order. Text is
 * marked content of its structure element (kept within one page on purpose, so a page break
 * never happens inside marked content); rules, tints and fills are artifacts.
 */
import type { Box, FieldBox, TextBox } from "./boxes.js";
import type { Style } from "./inline.js";
import { BODY, COLOR, FACE } from "./style.js";

type Doc = PDFKit.PDFDocument;
interface Tag { el: PDFKit.PDFStructureElement; type: string }

interface Drawing {
  doc: Doc;
  /** the outline entry of the last h2, where h3 entries go */
  outline: PDFKit.PDFOutline | undefined;
  /** field names given so far: a name used twice gets « -2 », « -3 »… */
  fields: Set<string>;
}

/** Draws the laid-out document inside its Document structure element. */
export function drawDocument(doc: Doc, boxes: readonly Box[]): void {
  const root = doc.struct("Document");
  doc.addStructure(root);
  drawBoxes({ doc, outline: undefined, fields: new Set() }, boxes, { el: root, type: "Document" });
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
        el.end();
        break;
      }
      case "page":
        doc.addPage();
        break;
      case "text":
        if (box.artifact) artifact(doc, () => drawLine(doc, box));
        else mark(doc, parent, () => drawLine(doc, box));
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

/** Draws one laid-out line. Text goes out as drawn, with no word spacing games: no-break
 * spaces stay the glyphs U+00A0 / U+202F in the text layer. */
function drawLine(doc: Doc, { line, x, y, style, align, width }: TextBox): void {
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
  for (const p of pieces) {
    const face = style.face && p.style === "regular" ? FACE.semibold : FACE[p.style];
    doc.font(face).fontSize(style.size).fillColor(p.link ? COLOR.link : p.style === "code" ? COLOR.code : style.color);
    doc.text(p.text, cx, top, p.link ? { lineBreak: false, link: p.link, underline: true } : { lineBreak: false });
    cx += p.width;
  }
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
