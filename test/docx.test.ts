/** The Word file read back with pandoc: headings, boxes, table, form, properties, same bytes. */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { checkOverride, EXAMPLE, runCli, tempDir } from "./helpers.js";

async function docxOf(yaml = ""): Promise<Uint8Array> {
  const [file] = await renderFiles(buildPolicy(checkOverride(yaml).config!, frRuleset.version), ["docx"]);
  return file!.content as Uint8Array;
}

function pandoc(docx: Uint8Array, to: string): string {
  const file = join(tempDir(), "p.docx");
  writeFileSync(file, docx);
  return execFileSync("pandoc", [file, "-t", to], { encoding: "utf8" });
}

describe("Word (.docx)", async () => {
  const docx = await docxOf();
  const html = pandoc(docx, "html");
  const text = pandoc(docx, "plain").replace(/\s+/gu, " ");
  const parts = unzipSync(docx);
  const part = (name: string) => strFromU8(parts[name]!);

  it("has real heading styles, in the policy's order", () => {
    const headings = [...html.matchAll(/<h([1-4])[^>]*>([\s\S]*?)<\/h\1>/gu)].map((m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/gu, "").replace(/\s+/gu, " ")}`);
    expect(headings[0]).toBe("1 Politique de retour et de rétractation");
    const h2 = headings.filter((h) => h.startsWith("2 ")).map((h) => h.slice(2));
    expect(h2).toEqual([
      "Votre droit de rétractation", "Comment nous retourner un article", "Frais de retour", "Remboursement", "État des articles", "Échanges",
      "Articles sans droit de rétractation", "Article défectueux ou non conforme", "Colis perdu ou abîmé", "Nous contacter",
      "Conditions particulières", "Avis d’information type sur le droit de rétractation", "Références", "Annexe — Formulaire de rétractation",
    ]);
    expect(part("word/styles.xml")).toContain('w:styleId="Heading2"');
  });

  it("says the key sentences, with the methods table and the two boxes", () => {
    expect(text).toContain("Vous avez 14 jours après réception pour changer d’avis");
    expect(text).toContain("validez avec « Confirmer la rétractation »");
    expect(text).toContain("Le consommateur bénéficie également de la garantie légale des vices cachés");
    expect(html).toMatch(/<th[^>]*>(?:<strong>)?Mode de retour(?:<\/strong>)?<\/th>/u);
    expect(html).toContain("Dépôt dans notre magasin (adresse ci-dessous)");
    // The boxes are shaded paragraphs with the accent rule on the left.
    const doc = part("word/document.xml");
    const boxed = doc.match(/<w:shd [^>]*w:fill="EEF4FA"/gu) ?? [];
    expect(boxed.length).toBeGreaterThan(20);
    expect(doc).toMatch(/En bref[\s\S]*EEF4FA[\s\S]*encadré prévu par l’article D211-2/u);
  });

  it("puts the withdrawal form in a section of its own, with lines to fill in", () => {
    const doc = part("word/document.xml");
    const annex = doc.indexOf("Annexe — Formulaire de rétractation");
    const sectionBreak = doc.lastIndexOf("<w:sectPr", annex);
    expect(sectionBreak).toBeGreaterThan(doc.indexOf("Références"));
    expect(doc.slice(annex)).toContain('<w:type w:val="nextPage"/>');
    const form = doc.slice(annex);
    expect((form.match(/<w:pBdr><w:bottom [^>]*w:val="single"/gu) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(text).toContain("Nom du (des) consommateur(s) :");
    expect(form).not.toContain("……");
  });

  it("numbers the pages in the footer and carries title, author and language", () => {
    const footers = Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/u.test(n)).map(part);
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const f of footers) expect(f).toMatch(/PAGE[\s\S]*NUMPAGES/u);
    const core = part("docProps/core.xml");
    expect(core).toContain("<dc:title>Politique de retour et de rétractation — Atelier Lumière</dc:title>");
    expect(core).toContain("<dc:creator>Atelier Lumière SAS</dc:creator>");
    expect(core).toContain("<dc:language>fr-FR</dc:language>");
    expect(core).toContain(">2026-12-01T00:00:00Z</dcterms:created>");
    expect(part("word/styles.xml")).toContain('w:lang w:val="fr-FR"');
  });

  it("keeps what the shop typed literal", async () => {
    const hostile = pandoc(await docxOf('customClauses:\n  - title: "<b>x</b> **y**"\n    text: "<script>alert(1)</script> [lien](https://x.invalid)"\n'), "plain");
    expect(hostile).toContain("<b>x</b> **y**");
    expect(hostile).toContain("<script>alert(1)</script> [lien](https://x.invalid)");
  });

  it("is byte-identical from one run to the next, in any time zone, from the CLI too", async () => {
    expect(Buffer.from(await docxOf()).equals(Buffer.from(docx))).toBe(true);
    const dir = tempDir();
    expect((await runCli(["generate", EXAMPLE, "--out", "a", "--format", "docx"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["generate", EXAMPLE, "--out", "b", "--format", "docx"], { cwd: dir, env: { TZ: "Pacific/Auckland" } })).code).toBe(0);
    const a = readFileSync(join(dir, "a/atelier-lumiere/politique-retour.docx"));
    expect(a.equals(readFileSync(join(dir, "b/atelier-lumiere/politique-retour.docx")))).toBe(true);
    expect(a.equals(Buffer.from(docx))).toBe(true);
  }, 60_000);
});
