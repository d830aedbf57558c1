/** The PDF read back: exact French text (no-break spaces included), pages, form page, fonts, same bytes. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../src/config/schema.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { HOSTILE, hostileConfig } from "./fixtures/hostile.js";
import { checkOverride, exampleText, ROOT, runCli, tempDir } from "./helpers.js";
import { pdfPages } from "./pdf-text.js";

const NB = "\u00A0";
const NN = "\u202F";

async function pdfOf(config: ConfigInput | string = "", options: { fillableForm?: boolean } = {}): Promise<Uint8Array> {
  const parsed = typeof config === "string" ? checkOverride(config).config! : configSchema.parse(config);
  const [file] = await renderFiles(buildPolicy(parsed, frRuleset.version), ["pdf"], { ...options, fontLoader: notoSansFonts });
  return file!.content as Uint8Array;
}

function poppler(tool: string, pdf: Uint8Array, args: string[] = []): string {
  const file = join(tempDir(), "p.pdf");
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
}

describe("PDF", async () => {
  const pdf = await pdfOf();
  const pages = pdfPages(pdf);
  const all = pages.join("\f");

  it("keeps the exact French text in the PDF's own text layer", () => {
    expect(all).toContain(`Le retour est gratuit en magasin${NN}; sinon, il vous coûte 5,95${NB}€ au plus.`);
    expect(all).toContain(`cliquez sur «${NN}Renoncer au contrat ici${NN}»${NN}:`);
    expect(all).toContain(`À partir de quand${NN}?`);
    expect(all).toContain(`Vous avez 14${NB}jours après réception`);
    expect(all).toContain("mise en œuvre de la garantie légale");
    expect(all).toContain("En vigueur au 1er");
  });

  it("never breaks a line inside « 5,95 € » or « 14 jours »", () => {
    const lines = all.split(/\n|\f/u);
    const broken = lines.filter((line, i) => /(5,95|14)$/u.test(line) && /^(€|jours)/u.test(lines[i + 1] ?? ""));
    expect(broken).toEqual([]);
    expect(lines.filter((line) => /^(€|jours)\b/u.test(line))).toEqual([]);
  });

  it("has a title block, the En bref box first, page numbers and the effective date on every page", () => {
    expect(pages[0]!.startsWith(`Politique de retour et de rétractation\nAtelier Lumière — Atelier Lumière SAS, SIRET${NB}123${NB}456${NB}789${NB}00015\n12 rue des Lilas, 69003 Lyon\nEn vigueur au 1er`)).toBe(true);
    expect(pages[0]!.indexOf("En bref")).toBeLessThan(pages[0]!.indexOf("Votre droit de rétractation"));
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(text).toContain("En vigueur au 1er");
      expect(text).not.toContain(frRuleset.version);
      if (i > 0) expect(text).toContain("Atelier Lumière");
    });
    expect(poppler("pdfinfo", pdf)).toMatch(new RegExp(`Pages:\\s+${pages.length}\\n`, "u"));
  });

  it("puts the withdrawal form alone on the last page, with lines to fill in", () => {
    const formPage = pages.findIndex((p) => p.includes("Annexe — Formulaire de rétractation"));
    expect(formPage).toBe(pages.length - 1);
    const body = pages[formPage]!;
    expect(body.startsWith("Annexe — Formulaire de rétractation\nVeuillez compléter")).toBe(true);
    const formText = body.slice(0, body.indexOf("(*) Rayez la mention inutile.") + "(*) Rayez la mention inutile.".length);
    expect(body.slice(formText.length)).not.toMatch(/Références|Conditions particulières|Nous contacter/u);
    expect(pages[formPage - 1]).not.toContain("Veuillez compléter");
    expect(body).toContain(`Nom du (des) consommateur(s)${NN}:`);
    expect(body).toContain(`Atelier Lumière SAS, 12 rue des Lilas, 69003 Lyon, retours@atelier-lumiere.fr${NN}:`);
  });

  // The form is the last page, to print or cut out alone: "Références" comes before it in the PDF.
  it("copies out in reading order", () => {
    const text = poppler("pdftotext", pdf);
    const order = ["En bref", "Votre droit de rétractation", "Comment nous retourner un article", "Frais de retour", "Remboursement", "État des articles", "Échanges", "Articles sans droit de rétractation", "Article défectueux ou non conforme", "Colis perdu ou abîmé", "Nous contacter", "Conditions particulières", "Avis d’information type sur le droit de rétractation", "Références", "Annexe — Formulaire de rétractation"];
    const positions = order.map((h) => text.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("embeds every font, is tagged, in French, with its metadata and bookmarks", () => {
    const fonts = poppler("pdffonts", pdf).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/ yes yes yes /u);
    const info = poppler("pdfinfo", pdf);
    expect(info).toMatch(/Title:\s+Politique de retour et de rétractation — Atelier Lumière\n/u);
    expect(info).toMatch(/Author:\s+Atelier Lumière SAS\n/u);
    expect(info).toMatch(/Tagged:\s+yes/u);
    expect(info).toMatch(/CreationDate:\s+Tue Dec {2}1 00:00:00 2026 UTC/u);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/u);
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toContain("/Lang (fr-FR)");
    expect(raw).toMatch(/\/StructTreeRoot/u);
    for (const tag of ["/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TH", "/TD"]) expect(raw).toContain(`/S ${tag}`);
    expect(raw).toContain("/Outlines");
    expect((raw.match(/\/Parent \d+ 0 R\n\/Title /gu) ?? []).length).toBeGreaterThanOrEqual(12);
  });

  it("is byte-identical from one render to the next, and from one process to the next", async () => {
    expect(Buffer.from(await pdfOf()).equals(Buffer.from(pdf))).toBe(true);
    const dir = tempDir();
    await runCli(["generate", join(ROOT, "examples/atelier-lumiere.yaml"), "--out", "a", "--format", "pdf"], { cwd: dir });
    await runCli(["generate", join(ROOT, "examples/atelier-lumiere.yaml"), "--out", "b", "--format", "pdf"], { cwd: dir });
    const a = readFileSync(join(dir, "a/atelier-lumiere/politique-retour.pdf"));
    expect(a.equals(readFileSync(join(dir, "b/atelier-lumiere/politique-retour.pdf")))).toBe(true);
    expect(a.equals(Buffer.from(pdf))).toBe(true);
  });

  it("repeats the table header row when the table crosses a page", async () => {
    const base = parseYaml(exampleText) as ConfigInput & { returns: Record<string, unknown> };
    const methods = Array.from({ length: 40 }, (_, i) => ({ type: "relay", carrier: `Réseau de points relais n° ${i + 1}`, label: "printable", price: 4.5, notes: "Dépôt du lundi au samedi, avec une pièce d'identité et le numéro de commande." }));
    const long = await pdfOf({ ...base, returns: { ...base.returns, methods } } as ConfigInput);
    const longPages = pdfPages(long);
    const withRows = longPages.filter((p) => p.includes("Réseau de points relais"));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const p of withRows) expect(p).toMatch(/Mode de\s*retour/u);
    const text = longPages.join("\n");
    for (let i = 1; i <= 40; i++) expect(text).toMatch(new RegExp(`Réseau de points relais n°[ \u00A0]${i}(?!\\d)`, "u"));
  });

  it("has the HTML page's accent colour (headings, the En bref box)", async () => {
    const { ACCENT } = await import("../src/render/pdf/index.js");
    const css = readFileSync(join(ROOT, "templates/html/style.css"), "utf8");
    expect(css).toContain(`.politique-retour h1, .politique-retour h2 { color: ${ACCENT}; }`);
    expect(css).toMatch(new RegExp(`\\.en-bref \\{[^}]*border-left: 6px solid ${ACCENT}`, "u"));
  });

  it("cuts a long shop name in the running head with « … », never past the margins, and names the shop once", async () => {
    const name = "Atelier Lumière et Compagnie des Artisans Réunis du Vieux Lyon et de la Croix-Rousse";
    const long = await pdfOf(`shop:\n  name: ${name}\n`);
    const dir = tempDir();
    writeFileSync(join(dir, "p.pdf"), long);
    const bbox = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-bbox", join(dir, "p.pdf"), "-"], { encoding: "utf8" });
    const head = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)]
      .filter((m) => Number(m[2]) < 48)
      .map((m) => ({ x0: Number(m[1]), x1: Number(m[3]), word: m[4]! }));
    const text = head.map((w) => w.word).join(" ");
    expect(text).toMatch(/^Atelier Lumière et .*… Politique de retour et de rétractation$/u);
    expect(text.match(/Atelier/gu)).toHaveLength(1);
    expect(Math.min(...head.map((w) => w.x0))).toBeGreaterThanOrEqual(63);
    expect(Math.max(...head.map((w) => w.x1))).toBeLessThanOrEqual(595.28 - 63);
    const gap = head.findIndex((w) => w.word === "Politique");
    expect(head[gap]!.x0 - head[gap - 1]!.x1).toBeGreaterThan(10);
  });

  it("offers fillable fields on the form as an option", async () => {
    expect(poppler("pdfinfo", await pdfOf("", { fillableForm: true }))).toMatch(/Form:\s+AcroForm/u);
    expect(poppler("pdfinfo", pdf)).toMatch(/Form:\s+none/u);
  });

  // Invisible format characters (bidi overrides, zero-width joiners) and emoji have no glyph in a
  // print font, and a zero-width space prints as a space: every visible character around them
  // must come out literally, in order.
  const visible = (s: string) => s.replace(/[\p{Cf}\p{Cc}\p{Extended_Pictographic}\uFE0F\s\u2028\u2029\u00A0\u202F]+/gu, "");

  it("gives the same bytes whatever the process rendered before (fonts are shared between documents)", async () => {
    const s = "**gras** _italique_ ~~barré~~ `code` « œ » 5,95 €";
    for (const other of HOSTILE) await pdfOf(hostileConfig(other));
    const warm = Buffer.from(await pdfOf(hostileConfig(s)));
    const dir = tempDir();
    writeFileSync(join(dir, "shop.yaml"), stringify(hostileConfig(s)));
    expect((await runCli(["generate", "shop.yaml", "--out", "out", "--format", "pdf"], { cwd: dir })).code).toBe(0);
    const slug = readdirSync(join(dir, "out"))[0]!;
    expect(readFileSync(join(dir, "out", slug, "politique-retour.pdf")).equals(warm)).toBe(true);
  }, 60_000);

  it("prints hostile strings literally", async () => {
    for (const s of HOSTILE) {
      const text = visible(pdfPages(await pdfOf(hostileConfig(s))).join("\n"));
      expect(text, s).toContain(visible(s).slice(0, 300));
    }
  }, 60_000);
});
