/**
 * What a user typed is data: these helpers make it come out literally in Markdown (and so in the
 * HTML and PDF made from that Markdown), whatever Markdown, HTML or Handlebars syntax it holds.
 */
import { isEmail, webHref } from "../config/url.js";

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

/**
 * A web address as a Markdown autolink, built from the WHATWG-parsed address (ASCII, no space,
 * no control character, no `<` or `>`), so Markdown cannot read anything else into it. An
 * address that is not a safe http(s) one (the schema refuses those) comes out as plain text.
 */
export function mdUrl(url: string): string {
  const href = webHref(url);
  return href === undefined ? mdInline(url) : `<${href}>`;
}

/** An e-mail address as a Markdown autolink (a `mailto:` link), or plain text if it is not one. */
export function mdEmail(address: string): string {
  return isEmail(address) ? `<${address}>` : mdInline(address);
}

/** The only link targets any output may hold: http(s) addresses and `mailto:` e-mail addresses. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith("mailto:")) return isEmail(href.slice("mailto:".length));
  return webHref(href) !== undefined;
}

export function htmlEscape(value: string): string {
  return value.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
