/**
 * Markdown → HTML: a standalone page (lang="fr", readable and print CSS, no external request)
 * and a fragment to paste into a shop's CMS. Made from the Markdown only, so both say the same.
 */
import { Marked, type Token, type Tokens } from "marked";
import { templates } from "../generated/assets.js";
import { htmlEscape, isSafeHref } from "./escape.js";

export interface HtmlMeta {
  title: string;
  shopName: string;
  /** schema.org JSON-LD to embed in the page, already serialised. */
  jsonLd?: string;
  /** Ruleset the policy was checked against: page metadata, not text for customers. */
  rulesetVersion?: string;
}

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

/** The fragment's title level (1 = h1, its sections h2…), or none: no title, sections as h2. */
export type FragmentHeading = 1 | 2 | 3 | 4 | 5 | "none";

/** A fresh marked instance per call keeps heading ids deterministic and free of globals.
 * `shift` moves every heading down that many levels; `dropTitle` leaves the h1 out. `tokens`:
 * the Markdown already lexed (src/render/tokens.ts), else it is lexed here. */
function toHtml(markdown: string, shift = 0, dropTitle = false, tokens?: Token[]): string {
  const used = new Map<string, number>();
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, { tokens, depth, text }: Tokens.Heading) {
        const base = slug(text) || "section";
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n + 1}`;
        const cls = depth === 2 && /^annexe/iu.test(text) ? ' class="annexe"' : "";
        if (depth === 1 && dropTitle) return "";
        const level = Math.min(6, depth + shift);
        return `<h${level} id="${id}"${cls}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      // Links come only from our helpers (mdUrl, mdEmail), built from parsed addresses; should
      // anything else ever reach here, it stays text: no `javascript:`, no other scheme.
      link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, { href, tokens }: Tokens.Link) {
        return isSafeHref(href) ? false : this.parser.parseInline(tokens);
      },
      // No image ever comes from the Markdown (nothing is fetched): one shows as its source text.
      image({ raw }: Tokens.Image) {
        return htmlEscape(raw);
      },
      // Raw HTML shows as text too (user text is escaped, so none is expected).
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return htmlEscape(text);
      },
      // Our boxes ("En bref", the legal guarantee box) are blockquotes that open with a bold title;
      // user text can never make one, since it is escaped.
      blockquote(this: { parser: { parse(t: Tokens.Generic[]): string } }, { tokens }: Tokens.Blockquote) {
        const first = tokens[0];
        const title = first?.type === "paragraph" && first.tokens?.[0]?.type === "strong" ? first.tokens[0].text : "";
        const cls = title === "En bref" ? "en-bref" : "encadre";
        const label = title ? ` aria-label="${htmlEscape(title)}"` : "";
        return `<aside class="${cls}"${label}>\n${this.parser.parse(tokens)}</aside>\n`;
      },
    },
  });
  // User text can never produce a literal <table> or <h2> (it is escaped), so these only wrap ours.
  return wrapAnnex(
    keepWhole(marked.parser(tokens ?? marked.lexer(markdown)).replace(/<table>/gu, '<div class="table-wrap"><table>').replace(/<\/table>/gu, "</table></div>")),
  );
}

/** A browser breaks a line after a hyphen: article numbers (« L221-19 », « L.\u00A0217-1 »)
 * and « e-mail » go in a no-wrap span. Only text between tags is touched, and what is wrapped
 * is letters, digits, dots and hyphens, so escaped user text stays escaped. (No-break spaces
 * already hold SIRET, phone numbers, amounts and dates together; e-mail links are no-wrap in CSS.) */
function keepWhole(html: string): string {
  return html
    .split(/(<[^>]*>)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b(?:[LRD]\.?\u00A0?\d{3}-\d+(?:-\d+)*|e-mails?)\b/gu, '<span class="nobr">$&</span>')))
    .join("");
}

/** The withdrawal form and the short sections after it (the references) in a section of their
 * own: printed, it is never split across two sheets, yet it does not force a sheet of its own
 * either (that left the last lines of the body, or the references, alone on a page). */
function wrapAnnex(html: string): string {
  const start = html.search(/<h[2-6] id="annexe/u);
  if (start < 0) return html;
  return `${html.slice(0, start)}<section class="formulaire">\n${html.slice(start)}</section>\n`;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (hole, name: string) => values[name] ?? hole);

/** `tokens`: the Markdown already lexed, when the PDF is made from it too (src/render/tokens.ts). */
export function renderHtmlPage(markdown: string, meta: HtmlMeta, tokens?: Token[]): string {
  return fill(templates["html/page.html"] ?? "", {
    title: htmlEscape(meta.title),
    css: templates["html/style.css"] ?? "",
    jsonld: meta.jsonLd ? `<script type="application/ld+json">${meta.jsonLd}</script>\n` : "",
    generator: htmlEscape(meta.rulesetVersion ? `politique-retour (règles ${meta.rulesetVersion})` : "politique-retour"),
    body: toHtml(markdown, 0, false, tokens),
  });
}

/** An embeddable piece: no <html> wrapper, styles scoped under .politique-retour. */
export function renderHtmlFragment(markdown: string, options: { heading?: FragmentHeading } = {}, tokens?: Token[]): string {
  const heading = options.heading ?? 1;
  return fill(templates["html/fragment.html"] ?? "", {
    css: templates["html/fragment.css"] ?? "",
    body: heading === "none" ? toHtml(markdown, 0, true, tokens) : toHtml(markdown, heading - 1, false, tokens),
  });
}
