/**
 * Hostile strings in every free-text field: each comes out literally in Markdown, HTML, fragment
 * and JSON-LD, no markup or script gets in, and the page keeps the same structure.
 */
import { Marked, type Token } from "marked";
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { parse as parseYaml } from "yaml";
import { checkLoaded } from "../src/law/check.js";
import { loadConfig } from "../src/config/load.js";
import { configToYaml } from "../src/wizard/yaml-out.js";
import { describe, expect, it } from "vitest";
import { configSchema } from "../src/config/schema.js";
import { checkLaw } from "../src/law/engine.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { HOSTILE, hostileConfig } from "./fixtures/hostile.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const ws = (s: string) => s.replace(/[\s\u2028\u2029\u00A0\u202F]+/gu, " ").trim();

function markdownText(markdown: string): string {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === "list") for (const item of t.items) walk(item.tokens);
      else if (t.type === "table") for (const cell of [...t.header, ...t.rows.flat()]) walk(cell.tokens);
      else if ("tokens" in t && Array.isArray(t.tokens) && t.tokens.length > 0) walk(t.tokens as Token[]);
      else if ("text" in t && typeof t.text === "string") out.push(t.text);
      else if (t.type === "space" || t.type === "br") out.push(" ");
      if (["paragraph", "heading", "list_item"].includes(t.type)) out.push(" ");
    }
  };
  walk(new Marked().lexer(markdown));
  return out.join("");
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ("tagName" in node) out.push(node);
  if ("childNodes" in node) for (const child of node.childNodes) elements(child, out);
  if ("content" in node && node.content) elements(node.content as Node, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if ("tagName" in node && (node.tagName === "style" || node.tagName === "script")) return " ";
  const block = "tagName" in node && /^(p|li|h\d|td|th|aside|tr|div|section|main)$/u.test(node.tagName) ? " " : "";
  return "childNodes" in node ? block + node.childNodes.map(textOf).join("") + block : "";
}

/** The element tree, less the line breaks a multi-line clause keeps. */
const structure = (html: Element[]) =>
  html
    .map((e) => e.tagName)
    .filter((t) => t !== "br")
    .join(",");

async function render(s: string) {
  const config = configSchema.parse(hostileConfig(s));
  const policy = buildPolicy(config, frRuleset.version);
  const formats = ["md", "html", "fragment", "jsonld"] as const;
  const rendered = await renderFiles(policy, formats);
  const files = Object.fromEntries(formats.map((f, i) => [f, String(rendered[i]!.content)]));
  return { config, files };
}

describe("hostile strings in every free-text field", () => {
  it("has at least 20 hostile strings, among them a 10,000-character name", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    expect(HOSTILE.some((s) => s.length >= 10_000)).toBe(true);
  });

  const plain = render("Boutique Ordinaire");

  for (const [i, s] of HOSTILE.entries()) {
    it(`#${i + 1} ${JSON.stringify(s.slice(0, 40))} comes out literally and injects nothing`, async () => {
      const { config, files } = await render(s);
      expect(checkLaw(config, frRuleset).filter((f) => f.severity === "error" && !f.rule.startsWith("clause-"))).toEqual([]);
      const literal = ws(s);
      const occurrences = (text: string) => ws(text).split(literal).length - 1;

      // Markdown: the text a reader sees holds the string in every field (name, guarantee and
      // clause text always; 11 fields at least when the string is short).
      const fields = s.length < 40 ? 11 : 3;
      expect(occurrences(markdownText(files.md!))).toBeGreaterThanOrEqual(fields);
      expect(new Marked().lexer(files.md!).filter((t) => t.type === "html")).toEqual([]);

      // HTML page and fragment: same text, no new element, no script but the JSON-LD one.
      const expected = await plain;
      for (const [name, html, doc] of [
        ["html", files.html!, parse(files.html!)],
        ["fragment", files.fragment!, parseFragment(files.fragment!)],
      ] as const) {
        expect(occurrences(textOf(doc as Node)), name).toBeGreaterThanOrEqual(fields);
        const els = elements(doc as Node);
        const plainDoc = name === "html" ? parse(expected.files.html!) : parseFragment(expected.files.fragment!);
        expect(structure(els), name).toBe(structure(elements(plainDoc as Node)));
        expect(els.filter((e) => e.tagName === "script").map((e) => e.attrs.find((a) => a.name === "type")?.value)).toEqual(name === "html" ? ["application/ld+json"] : []);
        for (const e of els) {
          for (const a of e.attrs) expect(`${a.name}=${a.value}`).not.toMatch(/^on|javascript:/iu);
        }
        expect(html).not.toContain("<img");
      }

      // JSON-LD: parses, and holds the name literally.
      expect(JSON.parse(files.jsonld!).name).toBe(`Politique de retour et de rétractation — ${config.shop.name}`);
    });
  }
});

describe("YAML tags are data too", () => {
  it("refuses a !!js tag instead of running it", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride("shop:\n  name: !!js/function 'function(){ return 1 }'\n");
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: "YAML_SYNTAX", line: 3 });
  });

  it("keeps a quoted tag-like string literally", async () => {
    const { checkOverride, exampleText, memoryReader } = await import("./helpers.js");
    const tagLike = "!!js/function 'function(){ return 1 }'";
    // Typed quoted in a config: a name like any other.
    const typed = checkOverride(`shop:\n  name: ${JSON.stringify(tagLike)}\n`);
    expect(typed.findings).toEqual([]);
    expect(typed.config!.shop.name).toBe(tagLike);
    // Written by the wizard's YAML writer, then read back by the loader: still the same string.
    const config = parseYaml(exampleText) as { shop: Record<string, unknown> };
    config.shop.name = tagLike;
    const written = configToYaml(config, { lang: "fr", version: "0.0.0", file: "boutique.yaml" });
    const loaded = checkLoaded(loadConfig("/v/boutique.yaml", memoryReader({ "/v/boutique.yaml": written })));
    expect(loaded.findings.filter((f) => f.code !== "LAW")).toEqual([]);
    expect(loaded.config!.shop.name).toBe(tagLike);
  });
});
