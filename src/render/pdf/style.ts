/** Page geometry, colours, faces and type sizes of the PDF: shared by the layout and drawing passes. */
import type { FallbackFace } from "./fonts.js";
import type { Script, Style } from "./inline.js";

// A4 in points; margins leave room for the running header and footer.
export const PAGE = { width: 595.28, height: 841.89, top: 74, bottom: 841.89 - 70, left: 64, right: 595.28 - 64 };
/** The accent of every format: the HTML stylesheets use the same (test/pdf-policy.test.ts). */
export const ACCENT = "#1f4e79";
export const COLOR = {
  text: "#1d1d1f", muted: "#5b6270", accent: ACCENT, link: "#1a5fb4", code: "#6b3d00",
  rule: "#c9ced6", boxFill: "#eef4fa", boxBorder: "#a9c3dd", headFill: "#e6edf5", fill: "#8a93a0",
};
export const BODY = { size: 10, line: 14.6 };
export const TABLE = { size: 9, line: 12.6, padX: 6, padY: 4.5 };
/** Inner padding of a tinted box (blockquote), on every page it spans. */
export const BOX_PAD = 10;
// Registered under their PostScript names: pdfkit caches a face under that name, and any
// other name would make it build a new font object (and compare fonts) on every switch.
export const FACE: Record<Style | "semibold", string> = {
  regular: "NotoSans-Regular", bold: "NotoSans-Bold", italic: "NotoSans-Italic", boldItalic: "NotoSans-BoldItalic",
  code: "NotoSans-Regular", semibold: "NotoSans-SemiBold",
};

/** The fallback faces of each script, by weight, with their PostScript names. */
export const FALLBACK_FACE: Record<Script, Record<"regular" | "bold", { face: FallbackFace; name: string }>> = {
  hebrew: { regular: { face: "hebrew", name: "NotoSansHebrew-Regular" }, bold: { face: "hebrewBold", name: "NotoSansHebrew-Bold" } },
  arabic: { regular: { face: "arabic", name: "NotoSansArabic-Regular" }, bold: { face: "arabicBold", name: "NotoSansArabic-Bold" } },
};

/** Picks the registered face for text of `style` (`semibold`: a heading's regular text) in
 * `script`. A fallback face that could not be loaded is replaced by the main one. */
export type FaceName = (style: Style, script?: Script, semibold?: boolean) => string;

/** A registered face's ascender, in thousandths of the font size: pdfkit places text by its
 * top, so a face with a taller ascender is moved up to share the line's baseline. */
export type Ascender = (face: string) => number;

export interface Faces {
  faceName: FaceName;
  ascender: Ascender;
}

export interface TextStyle { size: number; line: number; color: string; face?: "semibold" }

export const HEADING: Record<number, TextStyle & { before: number; after: number; tag: string }> = {
  1: { size: 16, line: 21, color: COLOR.accent, face: "semibold", before: 16, after: 6, tag: "H1" },
  2: { size: 13.5, line: 18, color: COLOR.accent, face: "semibold", before: 14, after: 8, tag: "H2" },
  3: { size: 11, line: 15, color: COLOR.text, face: "semibold", before: 8, after: 4, tag: "H3" },
};
