/** Whatever a user types comes out literally in Markdown and HTML, and can never inject markup. */
import { Marked, type Token } from "marked";
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderHtmlFragment, renderHtmlPage } from "../src/render/html.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { checkOverride } from "./helpers.js";

const HOSTILE = "<script>alert(1)</script> & *Co* {{x}}";

/** The text a reader sees: Markdown parsed by marked, all text tokens joined. */
function visibleText(markdown: string): string {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if ("tokens" in t && Array.isArray(t.tokens) && t.tokens.length > 0) walk(t.tokens as Token[]);
      else if (t.type === "text" || t.type === "escape" || t.type === "codespan") out.push(t.text);
      if (t.type === "list") for (const item of t.items) walk(item.tokens);
      if (t.type === "table") for (const cell of [...t.header, ...t.rows.flat()]) walk(cell.tokens);
    }
  };
  walk(new Marked().lexer(markdown));
  return out.join("");
}

const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/gu, "")
    .replace(/<[^>]+>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&");

describe("user text is data", () => {
  const yaml = `shop:\n  name: ${JSON.stringify(HOSTILE)}\n  legalName: ${JSON.stringify(`${HOSTILE} SAS`)}\ncustomClauses:\n  - title: ${JSON.stringify(HOSTILE)}\n    text: ${JSON.stringify(`# pas un titre\n- pas une liste\n${HOSTILE}\n[lien](javascript:alert(1))`)}\n`;
  const result = checkOverride(yaml);
  const policy = buildPolicy(result.config!, frRuleset.version);
  const markdown = renderMarkdown(policy);

  it("passes the check (a hostile name is still a name)", () => {
    expect(result.ok).toBe(true);
  });

  it("comes out literally in the Markdown", () => {
    const text = visibleText(markdown);
    expect(text).toContain(HOSTILE);
    expect(text).toContain("# pas un titre");
    expect(text).toContain("[lien](javascript:alert(1))");
    const tokens = new Marked().lexer(markdown);
    expect(tokens.filter((t) => t.type === "html")).toEqual([]);
    // The page keeps the outline of the same policy with harmless words: no heading, list or
    // link made of the user's text, every heading still one of ours.
    const harmless = checkOverride(yaml.replace(/"[^"\n]*"/gu, '"Texte"'));
    const outline = (md: string) => new Marked().lexer(md).map((t) => (t.type === "heading" ? `h${(t as { depth: number }).depth}` : t.type));
    expect(outline(markdown)).toEqual(outline(renderMarkdown(buildPolicy(harmless.config!, frRuleset.version))));
    const headings = tokens.filter((t) => t.type === "heading").map((t) => (t as { text: string }).text);
    expect(headings.filter((h) => /pas un titre/u.test(h))).toEqual([]);
  });

  it("comes out literally in the HTML page and fragment, with no script and no link to javascript:", () => {
    for (const html of [renderHtmlPage(markdown, { title: HOSTILE, shopName: HOSTILE }), renderHtmlFragment(markdown)]) {
      expect(html).not.toMatch(/<script/iu);
      expect(html).not.toMatch(/href="javascript/iu);
      expect(htmlText(html)).toContain(HOSTILE);
      expect(htmlText(html)).toContain("# pas un titre");
    }
  });

  it("keeps the page structure: the same headings as a plain shop", () => {
    const plain = renderMarkdown(buildPolicy(checkOverride("").config!, frRuleset.version));
    const headings = (md: string) =>
      new Marked()
        .lexer(md)
        .filter((t) => t.type === "heading")
        .map((t) => (t as { depth: number }).depth);
    expect(headings(markdown)).toEqual(headings(plain));
  });
});
