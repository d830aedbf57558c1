/// <reference lib="dom" />
/**
 * The withdrawal kit's page in a real browser (chromium via playwright-core, as browser.test.ts):
 * no WCAG 2.1 AA violation (axe-core), and with JavaScript off, keyboard only, the entry
 * « Renoncer au contrat ici » opens the form and « Confirmer la rétractation » posts the fields
 * the décret lists to the shop's address (a local server on 127.0.0.1).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { KIT_FILES } from "../src/render/withdrawal-kit.js";
import { checkOverride } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: Server;
let origin = "";
const posts: { path: string; type: string; body: string }[] = [];
const pages = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === "POST") {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => (body += c));
      req.on("end", () => {
        posts.push({ path: req.url ?? "", type: req.headers["content-type"] ?? "", body });
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end('<!DOCTYPE html><html lang="fr"><title>Reçu</title><p>Reçu</p></html>');
      });
      return;
    }
    const html = pages.get(req.url ?? "");
    if (html) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function kit() {
  const yaml = `withdrawal:\n  onlineFunction:\n    url: ${origin}/renoncer\n    label: Renoncer au contrat ici\n    confirmLabel: Confirmer la rétractation\n    formAction: ${origin}/recevoir\n`;
  const files = await renderFiles(buildPolicy(checkOverride(yaml).config!, frRuleset.version), ["withdrawal-kit"]);
  const byName = Object.fromEntries(files.map((f) => [f.name, String(f.content)]));
  pages.set("/renoncer", byName[KIT_FILES.page]!);
  pages.set("/fragment", `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Boutique</title></head><body><main><h1>Mon compte</h1>${byName[KIT_FILES.fragment]}</main></body></html>`);
  return byName;
}

describe("withdrawal kit in a real browser", () => {
  it("page and fragment: no WCAG 2.1 AA violation (axe-core), closed and opened", async () => {
    await kit();
    for (const path of ["/renoncer", "/fragment"]) {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`);
      await page.addScriptTag({ content: axeSource });
      const run = () =>
        page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
      expect(await run(), path).toEqual([]);
      await page.evaluate(() => document.querySelector("details")!.setAttribute("open", ""));
      expect(await run(), `${path} open`).toEqual([]);
      await page.close();
    }
  }, 90_000);

  it("with JavaScript off, keyboard only: entry, fields, « Confirmer la rétractation » posts the fields", async () => {
    await kit();
    posts.length = 0;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/renoncer`);
    // The form is behind the entry: its fields are not reachable before « Renoncer au contrat ici ».
    expect(await page.locator("#pr-kit-nom").isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    expect(await page.locator("summary:focus").textContent()).toBe("Renoncer au contrat ici");
    await page.keyboard.press("Enter");
    expect(await page.locator("#pr-kit-nom").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.type("Léa Martin");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CMD-2026-0042");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Robe lin bleu, taille 38");
    await page.keyboard.press("Tab");
    await page.keyboard.type("lea@example.fr");
    await page.keyboard.press("Tab");
    expect(await page.locator("button:focus").textContent()).toBe("Confirmer la rétractation");
    await Promise.all([page.waitForURL(`${origin}/recevoir`), page.keyboard.press("Enter")]);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe("/recevoir");
    expect(posts[0]!.type).toBe("application/x-www-form-urlencoded");
    const fields = Object.fromEntries(new URLSearchParams(posts[0]!.body));
    expect(fields).toEqual({
      nom: "Léa Martin",
      commande: "CMD-2026-0042",
      articles: "Robe lin bleu, taille 38",
      email: "lea@example.fr",
      declaration: "Je notifie par la présente ma rétractation du contrat portant sur la commande indiquée ci-dessus.",
    });
    await context.close();
  }, 60_000);

  it("with JavaScript off, a missing e-mail stops the confirmation (the browser's own check), nothing is posted", async () => {
    await kit();
    posts.length = 0;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/renoncer`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Léa Martin");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CMD-1");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${origin}/renoncer`);
    expect(posts).toEqual([]);
    await context.close();
  }, 60_000);
});
