/**
 * Issue 12, item 1: links. Every address field is parsed (WHATWG URL, http/https only, no control
 * character, space or credentials) and refused with a positioned finding otherwise; every link in
 * Markdown, HTML, fragment and PDF is built from the parsed address, and no output ever holds a
 * link to anything but http(s)/mailto, nor an image, whatever the config says.
 */
import { Marked, type Token } from "marked";
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { webHref, webUrlProblem } from "../src/config/url.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy, type PolicyModel } from "../src/policy/model.js";
import { mdUrl } from "../src/render/escape.js";
import { FORMATS, renderFiles } from "../src/render/policy-files.js";
import { checkOverride } from "./helpers.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Each address field, as a YAML override that sets it to `v` (a JSON string is a valid YAML scalar). */
const FIELDS: Record<string, (v: string) => string> = {
  "mediator.website": (v) => `mediator:\n  name: Médiateur\n  website: ${JSON.stringify(v)}\n`,
  "withdrawal.onlineFunction.url": (v) => `withdrawal:\n  onlineFunction:\n    url: ${JSON.stringify(v)}\n`,
  "withdrawal.onlineForm": (v) => `withdrawal:\n  onlineForm: ${JSON.stringify(v)}\n`,
  "support.contactForm": (v) => `support:\n  contactForm: ${JSON.stringify(v)}\n`,
  "shop.website": (v) => `shop:\n  website: ${JSON.stringify(v)}\n`,
  "shop.policyUrl": (v) => `shop:\n  policyUrl: ${JSON.stringify(v)}\n`,
};

/** The last line of the override is the one holding the value (line 1 is `extends:`). */
const valueLine = (yaml: string) => yaml.trimEnd().split("\n").length + 1;

const REFUSED: [string, string][] = [
  ["https://\x01[Cliquez](javascript:alert(document.domain))", "control"],
  ["![x](https://tracker.example/p.gif)", "scheme"],
  ["https://\x01![x](https://tracker.example/p.gif)", "control"],
  ["javascript:alert(1)", "scheme"],
  ["JavaScript://%0Aalert(1)", "scheme"],
  ["data:text/html,<script>alert(1)</script>", "scheme"],
  ["https://a.fr/\nhttps://evil.example", "control"],
  ["https://a.fr/\u0085x", "control"],
  ["https://a.fr/\u001b[32mconforme", "control"],
  ["https://a.fr/\u202Egnp.exe", "control"],
  ["https://a.fr/\u200Bx", "control"],
  ["https://a.fr/ x", "space"],
  ["https://a.fr/\u00A0x", "space"],
  ["https://a.fr/\u2028x", "space"],
  ["https://a.fr/<img>", "character"],
  ["https://a.fr/x\"y", "character"],
  ['https://a.fr/" onmouseover="alert(1)', "space"],
  ["https://a.fr/\\x", "character"],
  ["https://user:secret@a.fr/", "credentials"],
  ["https://a.fr@evil.example/", "credentials"],
  ["https://", "unparsable"],
  ["https://a b.fr", "space"],
  ["https://[::1", "unparsable"],
];

describe("address fields: parsed, http(s) only, refused with a finding at the value", () => {
  for (const [value, problem] of REFUSED) {
    it(`${JSON.stringify(value)} is refused (${problem})`, () => {
      expect(webUrlProblem(value)).toBe(problem);
      expect(webHref(value)).toBeUndefined();
    });
  }

  for (const [field, yamlFor] of Object.entries(FIELDS)) {
    for (const value of ["https://\x01[Cliquez](javascript:alert(document.domain))", "![x](https://tracker.example/p.gif)"]) {
      it(`${field} = ${JSON.stringify(value)}: one finding at file:line:col, in French and in English`, () => {
        const yaml = yamlFor(value);
        const fr = checkOverride(yaml);
        expect(fr.ok).toBe(false);
        const found = fr.findings.filter((f) => f.path === field);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: "error", rule: "schema/invalid-format", file: "/virtual/case.yaml", line: valueLine(yaml) });
        expect(found[0]!.column).toBeGreaterThan(1);
        expect(found[0]!.message).toMatch(/^Adresse web invalide/u);
        const en = checkOverride(yaml, { lang: "en" }).findings.find((f) => f.path === field);
        expect(en?.message).toMatch(/^Invalid web address/u);
      });
    }
  }

  it("says which character is wrong: a control character is named as such", () => {
    const r = checkOverride(FIELDS["mediator.website"]!("https://\x01x.fr"));
    expect(r.findings.find((f) => f.path === "mediator.website")?.message).toMatch(/caractère de contrôle/u);
    const s = checkOverride(FIELDS["support.contactForm"]!("https://a.fr/mon formulaire"));
    expect(s.findings.find((f) => f.path === "support.contactForm")?.message).toMatch(/espace/u);
  });

  it("still accepts ordinary addresses (paths, queries, fragments, ports, accents, IDN)", () => {
    for (const ok of ["https://www.mediateurfevad.fr", "http://a.fr:8080/x?y=1&z=2#frag", "https://café.fr/été", "https://a.fr/@boutique", "https://a.fr/(x)[y]"]) {
      expect(webUrlProblem(ok), ok).toBeUndefined();
      expect(checkOverride(FIELDS["withdrawal.onlineForm"]!(ok)).ok, ok).toBe(true);
    }
  });

  it("builds the link target from the parsed address: ASCII, percent-encoded, punycode host", () => {
    expect(webHref("https://www.mediateurfevad.fr")).toBe("https://www.mediateurfevad.fr");
    expect(webHref("https://Café.fr/été")).toBe("https://xn--caf-dma.fr/%C3%A9t%C3%A9");
    expect(mdUrl("https://a.fr/été")).toBe("<https://a.fr/%C3%A9t%C3%A9>");
    // Not a safe address (the schema refuses it): plain escaped text, never a link.
    expect(mdUrl("javascript:alert(1)")).not.toMatch(/^</u);
  });
});

// ——— Render level: whatever reaches the model, no output holds an active link or an image. ———

function elements(node: Node, out: Element[] = []): Element[] {
  if ("tagName" in node) out.push(node);
  if ("childNodes" in node) for (const child of node.childNodes) elements(child, out);
  if ("content" in node && node.content) elements(node.content as Node, out);
  return out;
}

const SAFE_TARGET = /^(https?:\/\/[\x21-\x7e]+|mailto:[\x21-\x7e]+)$/u;

function markdownLinks(markdown: string): { links: string[]; images: number; html: number } {
  const found = { links: [] as string[], images: 0, html: 0 };
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === "link") found.links.push(t.href);
      if (t.type === "image") found.images++;
      if (t.type === "html") found.html++;
      if (t.type === "list") for (const item of t.items) walk(item.tokens);
      if (t.type === "table") for (const cell of [...t.header, ...t.rows.flat()]) walk(cell.tokens);
      if ("tokens" in t && Array.isArray(t.tokens)) walk(t.tokens as Token[]);
    }
  };
  walk(new Marked({ gfm: true }).lexer(markdown));
  return found;
}

/** The targets of every /URI action of a PDF (literal strings, PDF escapes undone). */
export function pdfUris(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString("latin1");
  const out: string[] = [];
  for (const m of text.matchAll(/\/URI\s*\(((?:\\[\s\S]|[^\\)])*)\)/gu)) {
    out.push(m[1]!.replace(/\\([\s\S])/gu, "$1"));
  }
  // Hex strings would hide a target from the pattern above: there must be none.
  expect(text).not.toMatch(/\/URI\s*</u);
  return out;
}

/** A model as a careless or hostile caller of the library could build it, past the schema. */
function hostileModel(url: string): PolicyModel {
  const base = buildPolicy(checkOverride(FIELDS["mediator.website"]!("https://www.mediateurfevad.fr")).config!, frRuleset.version);
  return {
    ...base,
    shop: { ...base.shop, policyUrl: url, website: url },
    withdrawal: { ...base.withdrawal, onlineForm: url, onlineFunction: { ...base.withdrawal.onlineFunction!, url }, email: url },
    support: { ...base.support, contactForm: url, email: url },
    mediator: { name: url, website: url, address: url },
    customClauses: [{ title: url, text: url }],
  };
}

export async function expectNoActiveContent(policy: PolicyModel, label: string): Promise<void> {
  const files = await renderFiles(policy, FORMATS);
  const by = Object.fromEntries(files.map((f, i) => [FORMATS[i], f.content]));
  const md = markdownLinks(String(by.md));
  expect(md.images, `${label}: md image`).toBe(0);
  expect(md.html, `${label}: md raw html`).toBe(0);
  for (const href of md.links) expect(href, `${label}: md link`).toMatch(SAFE_TARGET);
  for (const [name, doc] of [
    ["html", parse(String(by.html))],
    ["fragment", parseFragment(String(by.fragment))],
  ] as const) {
    const els = elements(doc as Node);
    expect(els.filter((e) => ["img", "iframe", "object", "embed", "form", "base", "meta", "link"].includes(e.tagName) && !(name === "html" && e.tagName === "meta")), `${label}: ${name}`).toEqual([]);
    for (const e of els) {
      for (const a of e.attrs) {
        expect(a.name, `${label}: ${name} attribute`).not.toMatch(/^on/iu);
        if (a.name === "href" || a.name === "src") expect(a.value, `${label}: ${name} ${a.name}`).toMatch(SAFE_TARGET);
      }
    }
  }
  for (const uri of pdfUris(by.pdf as Uint8Array)) expect(uri, `${label}: pdf /URI`).toMatch(SAFE_TARGET);
  expect(Buffer.from(by.pdf as Uint8Array).toString("latin1"), `${label}: pdf`).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/u);
  const ld = JSON.parse(String(by.jsonld)) as { url?: string };
  if (ld.url !== undefined) expect(ld.url, `${label}: jsonld url`).toMatch(SAFE_TARGET);
}

export const HOSTILE_URLS = [
  "https://\x01[Cliquez](javascript:alert(document.domain))",
  "https://\x01![x](https://tracker.example/p.gif)",
  "![x](https://tracker.example/p.gif)",
  "[Cliquez](javascript:alert(1))",
  "<javascript:alert(1)>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "https://a.fr/\n\n![x](https://tracker.example/p.gif)",
  "https://a.fr/[x](javascript:alert(1))",
  "https://a.fr/![x](https://tracker.example/p.gif)",
  'https://a.fr/"><img src=x>',
  "https://a.fr/\u0085[x](javascript:alert(1))",
  "mailto:x@a.fr?body=<img src=x>",
];

describe("no output holds an active link or an image, whatever reaches the renderer", () => {
  for (const url of HOSTILE_URLS) {
    it(`${JSON.stringify(url)} in every address, e-mail and text field of the model`, { timeout: 30_000 }, async () => {
      await expectNoActiveContent(hostileModel(url), JSON.stringify(url));
    });
  }

  it("renders a lawful address with Markdown syntax in its path as one link to the parsed address", async () => {
    const url = "https://a.fr/[x](javascript:alert(1))/![y](https://tracker.example/p.gif)";
    const r = checkOverride(FIELDS["withdrawal.onlineForm"]!(url));
    expect(r.ok).toBe(true);
    const policy = buildPolicy(r.config!, frRuleset.version);
    await expectNoActiveContent(policy, url);
    const [md, html] = await renderFiles(policy, ["md", "html"]);
    const href = new URL(url).href;
    expect(markdownLinks(String(md!.content)).links).toContain(href);
    // marked percent-encodes the brackets too; the link is still that one address.
    expect(String(html!.content)).toContain(`href="${encodeURI(href)}"`);
  });
});
