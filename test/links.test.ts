/**
 * Issue 12, item 1: links. Every address field is parsed (WHATWG URL, http/https only, no control
 * character, space or credentials) and refused with a positioned finding otherwise; every link in
 * Markdown, HTML, fragment and PDF is built from the parsed address, and no output ever holds a
 * link to anything but http(s)/mailto, nor an image, whatever the config says.
 */
import { describe, expect, it } from "vitest";
import { isEmail, webHref, webUrlProblem } from "../src/config/url.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { mdUrl } from "../src/render/escape.js";
import { renderFiles } from "../src/render/policy-files.js";
import { expectNoActiveContent, HOSTILE_URLS, hostileModel, markdownLinks } from "./fixtures/active-content.js";
import { checkOverride } from "./helpers.js";

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

  it("e-mail addresses: plain ones pass and become mailto: links; others are refused by the schema", async () => {
    for (const ok of ["bonjour@atelier-lumiere.fr", "o'brien@a.fr", "a.b+c@x-y.example.fr"]) {
      expect(isEmail(ok), ok).toBe(true);
      expect(checkOverride(`support:\n  email: ${JSON.stringify(ok)}\n`).ok, ok).toBe(true);
    }
    for (const bad of ["a@b", "a@-a.fr", "a@a-.fr", "a<b>@a.fr", "a@a.fr\n", ".a@a.fr", "a..b@a.fr", "javascript:alert(1)//@a.fr"]) {
      expect(isEmail(bad), bad).toBe(false);
      expect(checkOverride(`support:\n  email: ${JSON.stringify(bad)}\n`).findings.some((f) => f.path === "support.email"), bad).toBe(true);
    }
    const [md] = await renderFiles(buildPolicy(checkOverride(`support:\n  email: "o'brien@a.fr"\n`).config!, frRuleset.version), ["md"]);
    expect(markdownLinks(String(md!.content)).links).toContain("mailto:o'brien@a.fr");
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
