/**
 * What a user typed is data: these helpers make it come out literally in Markdown (and so in the
 * HTML and PDF made from that Markdown), whatever Markdown, HTML or Handlebars syntax it holds.
 */

// The characters CommonMark/GFM give a meaning anywhere in a line (emphasis, code, links, raw HTML,
// entities, tables, strike-through, headings inside list items). Backslash-escaping ASCII
// punctuation is always allowed by CommonMark, so an extra escape is harmless.
const INLINE = /[\\`*_[\]<>&|~#]/gu;

/** Escapes one line of user text for any inline Markdown position (paragraph, table cell, list). */
export function mdInline(value: string): string {
  return value
    .replace(/\r\n?|\n|\u2028|\u2029/gu, " ")
    .replace(INLINE, (c) => `\\${c}`)
    // GFM would turn a typed URL or e-mail into a link: user text stays text.
    .replace(/\b(https?|ftp):/giu, "$1\\:")
    .replace(/\bwww\./giu, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/@/gu, "\\@")
    // At the start of a line these open a list, a quote or a setext heading.
    .replace(/^(\s*)([-+=])/u, "$1\\$2")
    .replace(/^(\s*)(\d+)([.)])/u, "$1$2\\$3");
}

/** Escapes multi-line user text as block Markdown: paragraphs kept, each line literal. */
export function mdBlock(value: string): string {
  return value
    .replace(/\r\n?/gu, "\n")
    .split(/\n[ \t]*\n+/u)
    .map((para) =>
      para
        .split("\n")
        .map((line) => mdInline(line.trim()))
        .filter((line) => line !== "")
        .join("\\\n"),
    )
    .filter((para) => para !== "")
    .join("\n\n");
}

/** A URL the schema already checked (http/https, no spaces or quotes), as a Markdown autolink. */
export function mdUrl(url: string): string {
  return `<${url.replace(/[<>\s]/gu, encodeURIComponent)}>`;
}

export function htmlEscape(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
