/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML in a real browser (Debian's chromium, driven by playwright-core): accessibility with
 * axe-core, a fragment inside a shop page, printing to A4, no network, no script from user text.
 * .ci/run installs chromium; these tests fail, never skip, when it is missing.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configSchema } from "../src/config/schema.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import { checkOverride, ROOT, tempDir } from "./helpers.js";
import { IDENTIFIERS } from "./identifiers.js";
import { HOSTILE, hostileConfig } from "./fixtures/hostile.js";

const EXAMPLE_FILES = [join(ROOT, "examples"), join(ROOT, "examples/agence/clients")].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(dir, f)),
);
const IDENTIFIER_SOURCES = IDENTIFIERS.map((re) => re.source);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function render(yaml = "") {
  const policy = buildPolicy(checkOverride(yaml).config!, frRuleset.version);
  const [page, fragment] = await renderFiles(policy, ["html", "fragment"]);
  return { page: String(page!.content), fragment: String(fragment!.content) };
}

/** A page that records every network request and every dialog (alert, confirm…). */
async function open(html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route("**/*", (route) => route.abort());
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests, dialogs };
}

async function axeViolations(page: Page, selector?: string) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(context ?? document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, selector ?? null);
}

const HOST = (fragment: string) => `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Boutique — Conditions</title>
<style>
  body { font-family: Georgia, serif; color: #222; }
  p { color: rgb(255, 0, 0); font-size: 40px; text-transform: uppercase; }
  h2 { letter-spacing: 12px; }
  .politique-retour-voisin { color: rgb(0, 128, 0); }
</style></head>
<body><header><p id="host-p">Menu de la boutique</p></header>
<main><h1>Nos conditions</h1>${fragment}<p id="host-after" class="politique-retour-voisin">Pied de page</p></main></body></html>`;

describe("in a real browser", () => {
  it("the policy page has no WCAG 2.1 AA violation (axe-core) and fetches nothing", async () => {
    const { page, requests } = await open((await render()).page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
    await page.close();
  });

  it("the fragment inside a shop page: no violation, no leak either way", async () => {
    const { page, requests } = await open(HOST((await render()).fragment));
    expect(await axeViolations(page, ".politique-retour")).toEqual([]);
    const style = (sel: string, prop: string) => page.$eval(sel, (e, p) => getComputedStyle(e).getPropertyValue(p), prop);
    // The host's styles stay out of the fragment…
    expect(await style(".politique-retour p", "color")).not.toBe("rgb(255, 0, 0)");
    expect(await style(".politique-retour p", "text-transform")).toBe("none");
    expect(await style(".politique-retour p", "font-size")).toBe("16px");
    expect(await style(".politique-retour h2", "letter-spacing")).toBe("normal");
    // …and the fragment's stay out of the host.
    expect(await style("#host-p", "color")).toBe("rgb(255, 0, 0)");
    expect(await style("#host-after", "color")).toBe("rgb(0, 128, 0)");
    expect(await style("#host-p", "font-size")).toBe("40px");
    expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
    await page.close();
  });

  it("printing each example gives a clean A4: the form whole on one sheet, no sheet with only a few lines", async () => {
    const dir = tempDir();
    // One page, each example loaded into it in turn (setContent replaces the whole document).
    const { page } = await open("");
    for (const file of EXAMPLE_FILES) {
      const policy = buildPolicy(checkLoaded(loadConfig(file, readConfigFile, "fr"), { lang: "fr" }).config!, frRuleset.version);
      await page.setContent(String((await renderFiles(policy, ["html"]))[0]!.content), { waitUntil: "load" });
      const out = join(dir, "print.pdf");
      writeFileSync(out, await page.pdf({ format: "A4", printBackground: true }));
      const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/u);
      const pages = execFileSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
      expect(pages.length, file).toBe(Number(/Pages:\s+(\d+)/u.exec(info)?.[1]));
      const lines = pages.map((p) => p.split("\n").filter((l) => l.trim()).length);
      expect(lines.filter((n) => n < 12), `${file}: ${lines.join(", ")}`).toEqual([]);
      const form = pages.findIndex((p) => p.includes("Annexe — Formulaire de rétractation"));
      expect(form, file).toBeGreaterThanOrEqual(0);
      expect(pages[form], file).toContain("(*) Rayez la mention inutile.");
    }
    await page.close();
  }, 120_000);

  it("at 390 px wide, no identifier is split across two lines (SIRET, phone, article, amount, date, e-mail)", async () => {
    // One page 390 px wide, each document loaded into it in turn.
    const { page } = await open("");
    await page.setViewportSize({ width: 390, height: 844 });
    for (const file of EXAMPLE_FILES) {
      const policy = buildPolicy(checkLoaded(loadConfig(file, readConfigFile, "fr"), { lang: "fr" }).config!, frRuleset.version);
      const [html, fragment] = await renderFiles(policy, ["html", "fragment"]);
      for (const doc of [String(html!.content), HOST(String(fragment!.content))]) {
        await page.setContent(doc, { waitUntil: "load" });
        const split = await page.evaluate((sources) => {
          const res = sources.map((s) => new RegExp(s, "gu"));
          const root = document.querySelector(".politique-retour")!;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found: string[] = [];
          let checked = 0;
          // An identifier may span text nodes (« L221-28 » in its span, then « 9° »): match on
          // each block's text, then measure the range of the match.
          const blocks = new Set<Element>();
          for (let n = walker.nextNode(); n; n = walker.nextNode()) blocks.add(n.parentElement!.closest("p, li, td, th, h1, h2, h3")!);
          for (const block of blocks) {
            if (!block) continue;
            const texts: { node: Text; start: number }[] = [];
            let all = "";
            const tw = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            for (let n = tw.nextNode() as Text | null; n; n = tw.nextNode() as Text | null) {
              texts.push({ node: n, start: all.length });
              all += n.data;
            }
            const at = (offset: number, end: boolean) => {
              const t = [...texts].reverse().find((x) => (end ? x.start < offset : x.start <= offset))!;
              return [t.node, offset - t.start] as const;
            };
            for (const re of res) {
              for (const m of all.matchAll(re)) {
                const range = document.createRange();
                range.setStart(...at(m.index!, false));
                range.setEnd(...at(m.index! + m[0].length, true));
                const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
                checked++;
                if (tops.size > 1) found.push(m[0]);
              }
            }
          }
          return { found, checked };
        }, IDENTIFIER_SOURCES);
        expect(split.found, file).toEqual([]);
        expect(split.checked).toBeGreaterThan(20);
      }
    }
    await page.close();
  }, 120_000);

  const THEMES = {
    light: { bg: "rgb(250, 246, 238)", fg: "rgb(43, 38, 33)", font: "Georgia, serif" },
    dark: { bg: "rgb(18, 20, 26)", fg: "rgb(232, 228, 218)", font: "\"DejaVu Serif\", serif" },
  };
  const THEMED = (fragment: string, theme: (typeof THEMES)[keyof typeof THEMES]) => `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Boutique — Retours</title>
<style>
  body { margin: 0; background: ${theme.bg}; color: ${theme.fg}; font: 18px/1.5 ${theme.font}; }
  a { color: #e11; } h1 { font-size: 48px; text-transform: uppercase; } .page { max-width: 50rem; margin: 0 auto; padding: 1rem; }
</style></head>
<body><main class="page"><h1>Retours et remboursements</h1>${fragment}</main></body></html>`;

  for (const [name, theme] of Object.entries(THEMES)) {
    it(`the fragment adopts a ${name} host theme: its font, colour and background, with padding and no violation`, async () => {
      const policy = buildPolicy(checkOverride("").config!, frRuleset.version);
      const [fragment] = await renderFiles(policy, ["fragment"], { fragmentHeading: "none" });
      const { page } = await open(THEMED(String(fragment!.content), theme));
      expect(await axeViolations(page)).toEqual([]);
      const style = (sel: string, prop: string) => page.$eval(sel, (e, p) => getComputedStyle(e).getPropertyValue(p), prop);
      expect(await style(".politique-retour p", "font-family")).toBe(theme.font);
      expect(await style(".politique-retour p", "color")).toBe(theme.fg);
      expect(await style(".politique-retour td", "color")).toBe(theme.fg);
      expect(await style(".politique-retour a", "color")).toBe(theme.fg);
      expect(await style(".politique-retour", "background-color")).toBe("rgba(0, 0, 0, 0)");
      expect(parseFloat(await style(".politique-retour", "padding-left"))).toBeGreaterThanOrEqual(12);
      // The host keeps its own: its h1 and its links.
      expect(await style("main > h1", "text-transform")).toBe("uppercase");
      expect(await page.evaluate(() => document.querySelectorAll("h1").length)).toBe(1);
      expect(await page.evaluate(() => document.querySelector(".politique-retour h2")?.textContent)).toBe("Votre droit de rétractation");
      await page.close();
    });
  }

  it("the fragment's heading level follows --fragment-heading", async () => {
    const policy = buildPolicy(checkOverride("").config!, frRuleset.version);
    const levels = async (heading?: 1 | 2 | "none") => {
      const [fragment] = await renderFiles(policy, ["fragment"], heading === undefined ? {} : { fragmentHeading: heading });
      const html = String(fragment!.content);
      return ["h1", "h2", "h3", "h4"].map((h) => (html.match(new RegExp(`<${h}[ >]`, "gu")) ?? []).length);
    };
    const [one, two, none] = [await levels(), await levels(2), await levels("none")];
    expect(one[0]).toBe(1);
    expect(two).toEqual([0, 1, one[1], one[2]]);
    expect(none).toEqual([0, one[1], one[2], 0]);
  });

  it("hostile strings run no script, open no dialog and add no element", async () => {
    const plainPolicy = buildPolicy(configSchema.parse(hostileConfig("Boutique Ordinaire")), frRuleset.version);
    const docs: { s: string; html: string; page: boolean }[] = [{ s: "Boutique Ordinaire", html: String((await renderFiles(plainPolicy, ["html"]))[0]!.content), page: true }];
    for (const s of HOSTILE) {
      const policy = buildPolicy(configSchema.parse(hostileConfig(s)), frRuleset.version);
      const [html, fragment] = await renderFiles(policy, ["html", "fragment"]);
      docs.push({ s, html: String(html!.content), page: true }, { s, html: HOST(String(fragment!.content)), page: false });
    }
    // One page load for all of them: each document in a frame of its own (srcdoc, same origin as
    // the page, not sandboxed), so a script or an event handler that ran would open a dialog or
    // fetch something here as it would in a page of its own.
    const { page, dialogs, requests } = await open('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Cadres</title></head><body></body></html>');
    const found = await page.evaluate(async (htmls) => {
      const frames = await Promise.all(
        htmls.map(
          (html) =>
            new Promise<HTMLIFrameElement>((loaded) => {
              const frame = document.createElement("iframe");
              frame.addEventListener("load", () => loaded(frame), { once: true });
              frame.srcdoc = html;
              document.body.append(frame);
            }),
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
      return frames.map((frame) => {
        const doc = frame.contentDocument!;
        return {
          scripts: doc.querySelectorAll("script:not([type='application/ld+json'])").length,
          active: doc.querySelectorAll("img, iframe, object, embed").length,
          tags: [...doc.querySelectorAll("body *")].map((e) => e.tagName).filter((t) => t !== "BR").join(","),
        };
      });
    }, docs.map((d) => d.html));
    await page.close();
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
    expect(found).toHaveLength(docs.length);
    const tags = found[0]!.tags;
    for (const [i, { s, page: whole }] of docs.entries()) {
      expect(found[i]!.scripts, s).toBe(0);
      expect(found[i]!.active, s).toBe(0);
      if (whole) expect(found[i]!.tags, s).toBe(tags);
    }
  }, 120_000);
});
