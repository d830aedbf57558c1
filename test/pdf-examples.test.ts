/**
 * Every example policy as a PDF, read back: the text layer holds every word of the Markdown
 * (no ligature characters), pages are not wasted, identifiers are never cut at a line end.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { inlineRuns, runsText } from "../src/render/pdf/inline.js";
import { renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { ROOT, tempDir } from "./helpers.js";
import { IDENTIFIERS } from "./identifiers.js";
import { pdfPages } from "./pdf-text.js";

const EXAMPLES = [join(ROOT, "examples"), join(ROOT, "examples/agence/clients")].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(dir, f)),
);

async function render(file: string): Promise<{ markdown: string; pdf: Uint8Array }> {
  const result = checkLoaded(loadConfig(file, readConfigFile, "fr"), { lang: "fr" });
  if (!result.config) throw new Error(`${file} does not pass the check`);
  const [md, pdf] = await renderFiles(buildPolicy(result.config, frRuleset.version), ["md", "pdf"], { fontLoader: notoSansFonts });
  return { markdown: md!.content as string, pdf: pdf!.content as Uint8Array };
}

/** The text a reader sees in the Markdown, block by block (inline markup resolved). */
function plainText(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const token = t as Tokens.Generic;
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) out.push(runsText(inlineRuns(cell.tokens)));
    } else if (token.type === "list") {
      for (const item of (token as Tokens.List).items) out.push(...plainText(item.tokens));
    } else if (token.type === "blockquote") out.push(...plainText((token as Tokens.Blockquote).tokens));
    else if (token.type === "paragraph" || token.type === "heading" || token.type === "text") {
      out.push(runsText(inlineRuns(token.tokens ?? [token])));
    }
  }
  return out;
}

const words = (text: string): string[] => text.split(/[\s\u00A0\u202F]+/u).filter((w) => w && !/^[…_]+$/u.test(w));
/** Body lines of a page: its text lines minus the running head and the footer. */
const bodyLines = (page: string): number => page.split("\n").filter(Boolean).length - 2;

describe.each(EXAMPLES.map((f) => [f.slice(ROOT.length + 1), f]))("%s as a PDF", async (_name, file) => {
  const { markdown, pdf } = await render(file);
  const pages = pdfPages(pdf);
  const layer = pages.join("\n");
  // Lines are joined with a space, as a reader's search does; no-break spaces stay.
  const flat = layer.replace(/\n/gu, " ");

  it("has no ligature character in its text layer (pdftotext agrees)", () => {
    expect(layer).not.toMatch(/[\uFB00-\uFB06]/u);
    const dir = tempDir();
    writeFileSync(join(dir, "p.pdf"), pdf);
    const text = execFileSync("pdftotext", [join(dir, "p.pdf"), "-"], { encoding: "utf8" });
    expect(text).not.toMatch(/[\uFB00-\uFB06]/u);
    expect(text.replace(/\s+/gu, " ")).toContain("Confirmer la rétractation");
  });

  it("holds every word of the policy text in its text layer", () => {
    const missing = [...new Set(plainText(new Marked({ gfm: true }).lexer(markdown)).flatMap(words))].filter((w) => !flat.includes(w));
    expect(missing).toEqual([]);
  });

  it("never cuts an identifier at a line end (SIRET, phone, article, amount, date, e-mail, URL)", () => {
    const ids = [...new Set(IDENTIFIERS.flatMap((re) => plainText(new Marked({ gfm: true }).lexer(markdown)).flatMap((t) => t.match(re) ?? [])))];
    expect(ids.length).toBeGreaterThan(20);
    const lines = pages.flatMap((p) => p.split("\n"));
    expect(ids.filter((id) => !lines.some((line) => line.includes(id)))).toEqual([]);
  });

  it("wastes no page: every page but the form's holds at least 12 lines", () => {
    const form = pages.findIndex((p) => p.startsWith("Annexe — Formulaire de rétractation"));
    expect(form).toBe(pages.length - 1);
    const short = pages.map((p, i) => ({ page: i + 1, lines: bodyLines(p) })).filter((p, i) => i !== form && p.lines < 12);
    expect(short).toEqual([]);
  });
});
