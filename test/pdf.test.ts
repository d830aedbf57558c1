import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { notoSansFonts } from "../src/io/fonts.js";
import { renderPdf as renderWith, type PdfMeta } from "../src/render/pdf/index.js";

/** The renderer reads no file: the fonts are injected, as the CLI does. */
const renderPdf = (markdown: string, m: PdfMeta): Promise<Uint8Array> => renderWith(markdown, m, { fontLoader: notoSansFonts });

const fixture = readFileSync(new URL("./fixtures/sample-policy.md", import.meta.url), "utf8");
const NBSP = "\u00A0";
const NNBSP = "\u202F";

const meta: PdfMeta = {
  title: "Politique de retour et de rétractation",
  shopName: "Maison Œillet",
  author: "Maison Œillet SARL",
  subject: "Politique de retour et de rétractation de Maison Œillet",
  keywords: ["retour", "rétractation", "remboursement"],
  creationDate: new Date("2026-12-01T00:00:00Z"),
  rulesetVersion: "fr-2026.11",
};

type Pdf = Awaited<ReturnType<typeof getDocument>["promise"]>;
const open = (bytes: Uint8Array): Promise<Pdf> =>
  getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;

/** The PDF's own text layer: each text-showing operator's glyphs mapped through the font's
 * ToUnicode CMap, one operator per entry. Unlike pdftotext or a text-content API, this keeps
 * U+00A0 and U+202F as they are. */
async function glyphRuns(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await open(bytes);
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const ops = await (await pdf.getPage(n)).getOperatorList();
    const runs: string[] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn !== OPS.showText) return;
      const glyphs = ops.argsArray[i][0] as ({ unicode: string } | number | null)[];
      runs.push(glyphs.map((g) => (g && typeof g === "object" ? g.unicode : "")).join(""));
    });
    pages.push(runs);
  }
  return pages;
}

/** Text as a reader copies it out (spaces normalised), one string per page. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join(""));
  }
  return texts;
}

describe("renderPdf", async () => {
  const pdf = await renderPdf(fixture, meta);
  const runs = await glyphRuns(pdf);
  const all = runs.map((page) => page.join("\n")).join("\n");
  const texts = await pageTexts(pdf);

  it("is a PDF of A4 pages", async () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await open(pdf);
    const page = await doc.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  it("keeps every French character in the text layer, no-break spaces included", () => {
    expect(all).toContain(`5,95${NBSP}€`);
    expect(all).toContain(`14${NBSP}jours`);
    expect(all).toContain(`rétractation${NNBSP}:`);
    expect(all).toContain(`«${NNBSP}Renoncer`);
    expect(all).toContain(`ici${NNBSP}»`);
    expect(all).toContain("mise en œuvre");
    expect(all).toContain("Maison Œillet");
    expect(all).toMatch(/changer d’avis/);
    expect(all).toContain("9\u00A0h – 18\u00A0h");
    expect(all).toContain("Annexe — Formulaire de rétractation");
  });

  it("never breaks a line at a no-break space", async () => {
    // The same sentence shifted one character at a time puts "14 jours", "5,95 €" and
    // "rétractation :" at every position of the line, including the line end.
    const paragraphs = Array.from({ length: 60 }, (_, k) =>
      `${"x".repeat(k)} délai de 14${NBSP}jours pour un retour à 5,95${NBSP}€ et une rétractation${NNBSP}: «${NNBSP}oui${NNBSP}» sans frais.`,
    ).join("\n\n");
    const lines = (await glyphRuns(await renderPdf(`# T\n\ninfo\n\n${paragraphs}`, meta))).flat();
    for (const line of lines.filter((l) => l !== meta.title)) {
      expect(line).not.toMatch(/[\u00A0\u202F]$/);
      expect(line).not.toMatch(/^[\u00A0\u202F]/);
      expect(line).not.toMatch(/^(jours|€|:|»|oui)/);
      expect(line).not.toMatch(/(14|5,95|rétractation|«)$/);
    }
    const joined = lines.join("\n");
    expect(joined.match(new RegExp(`14${NBSP}jours`, "g"))).toHaveLength(60);
    expect(joined.match(new RegExp(`5,95${NBSP}€`, "g"))).toHaveLength(60);
    expect(joined.match(new RegExp(`rétractation${NNBSP}:`, "g"))).toHaveLength(60);
  });

  it("copies out in reading order", () => {
    const text = texts.join("\n");
    const order = [
      "Politique de retour et de rétractation",
      "En bref",
      "Votre droit de rétractation",
      "Comment nous retourner un article",
      "Frais de retour",
      "Remboursement",
      "État des articles",
      "Échanges",
      "Articles qui ne peuvent pas être retournés",
      "Article défectueux ou non conforme",
      "Colis perdu ou abîmé",
      "Nous contacter",
      "Conditions particulières",
      "Références",
      "Annexe — Formulaire de rétractation",
    ];
    const positions = order.map((s) => text.indexOf(`\n${s}\n`) >= 0 ? text.indexOf(`\n${s}\n`) : text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain("Maison Œillet — Maison Œillet SARL, SIRET 552 100 554 00025\n8 rue du Cœur-Volant, 78430 Louveciennes\nEn vigueur au 1er décembre 2026");
  });

  it("shows user text literally: escapes resolved, nothing interpreted", () => {
    expect(all).toContain("Collection <script>alert(1)</script> & *Co* {{x}} — texte saisi");
  });

  it("has a stable page count and the form alone on its last page", () => {
    expect(runs).toHaveLength(4);
    const last = texts[texts.length - 1]!;
    expect(last.startsWith("Annexe — Formulaire de rétractation\n")).toBe(true);
    expect(last).toContain("Commandé le (*)/reçu le (*) :");
    expect(last).toContain("Date :");
    expect(last).toContain("(*) Rayez la mention inutile.");
    // nothing of the policy itself: only the form, then the running heads
    for (const other of ["Références", "Remboursement", "Nous contacter", "Code civil"]) expect(last).not.toContain(other);
    expect(last).not.toContain("……");
    expect(texts[texts.length - 2]).toContain("Références");
  });

  it("draws running heads: shop name, Page x / y and the effective date (the ruleset is metadata, not consumer text)", () => {
    texts.forEach((text, i) => {
      expect(text).toContain("Maison Œillet");
      expect(text).toContain(`Page ${i + 1} / ${texts.length}`);
      expect(text).toContain("En vigueur au");
      expect(text).not.toMatch(/Règles fr-/u);
    });
  });

  it("embeds every font (subset), with no standard font left", () => {
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
    const descriptors = raw.match(/\/Type \/FontDescriptor[^]*?>>/g) ?? [];
    expect(descriptors.length).toBeGreaterThanOrEqual(3);
    for (const d of descriptors) {
      expect(d).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(d).toMatch(/\/FontName \/[A-Z]{6}\+NotoSans-/);
    }
  });

  // .ci/run installs poppler-utils: this fails, never skips, without it.
  it("embeds every font according to pdffonts", () => {
    const dir = mkdtempSync(join(tmpdir(), "pdf-test-"));
    try {
      const file = join(dir, "p.pdf");
      writeFileSync(file, pdf);
      const rows = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
      expect(rows.length).toBeGreaterThanOrEqual(3);
      for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).toContain("Le retour vous coûte 5,95 € au plus.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives byte-identical output for the same input", async () => {
    const again = await renderPdf(fixture, meta);
    expect(Buffer.compare(Buffer.from(pdf), Buffer.from(again))).toBe(0);
  });

  const dist = new URL("../dist/index.js", import.meta.url);
  // `npm test` builds dist/ first.
  it("gives the same bytes in a separate process, through the library API and its default fonts (built code)", () => {
    const script = `
      import { renderPdf } from ${JSON.stringify(dist.href)};
      import { readFileSync } from "node:fs";
      const meta = JSON.parse(process.argv[1]); meta.creationDate = new Date(meta.creationDate);
      const pdf = await renderPdf(readFileSync(0, "utf8"), meta);
      process.stdout.write(Buffer.from(pdf).toString("base64"));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(meta)], { input: fixture, encoding: "utf8" });
    expect(Buffer.compare(Buffer.from(out, "base64"), Buffer.from(pdf))).toBe(0);
  });

  it("changes only with its input: another date gives another file ID", async () => {
    const other = await renderPdf(fixture, { ...meta, creationDate: new Date("2027-01-01T00:00:00Z") });
    const id = (b: Uint8Array): string | undefined => Buffer.from(b).toString("latin1").match(/\/ID \[<([0-9a-f]+)>/)?.[1];
    expect(id(other)).toBeDefined();
    expect(id(other)).not.toBe(id(pdf));
  });

  it("sets metadata, language and tags", async () => {
    const doc = await open(pdf);
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info).toMatchObject({
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: "retour, rétractation, remboursement",
      Language: "fr-FR",
      // from meta.creationDate (the config's effectiveDate), never the clock
      CreationDate: "D:20261201000000Z",
      ModDate: "D:20261201000000Z",
      IsAcroFormPresent: false,
    });
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const roles = new Set<string>();
    const walk = (node: { role?: string; children?: unknown[] } | null): void => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    for (let n = 1; n <= doc.numPages; n++) walk((await (await doc.getPage(n)).getStructTree()) as never);
    for (const role of ["H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "BlockQuote"]) {
      expect(roles, role).toContain(role);
    }
  });

  it("has bookmarks for h2 and h3, nested", async () => {
    const outline = (await (await open(pdf)).getOutline()) as { title: string; items: { title: string }[] }[];
    const titles = outline.map((o) => o.title);
    expect(titles).toContain("Votre droit de rétractation");
    expect(titles).toContain("Annexe — Formulaire de rétractation");
    const droit = outline.find((o) => o.title === "Votre droit de rétractation")!;
    expect(droit.items.map((i) => i.title)).toEqual([`Comment nous informer${NNBSP}?`]);
  });

  it("makes links clickable", async () => {
    const doc = await open(pdf);
    const urls: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.subtype === "Link" && a.url) urls.push(a.url as string);
    }
    expect(urls).toContain("https://maison-oeillet.fr/compte/retractation");
    expect(urls).toContain("https://maison-oeillet.fr/retractation");
    expect(urls).toContain("mailto:retours@maison-oeillet.fr");
  });

  it("tags each link as a Link structure element with its alternative description, its text and its annotation", async () => {
    const doc = await open(pdf);
    type Node = { role?: string; alt?: string; type?: string; id?: string; children?: Node[] };
    const links: Node[] = [];
    const annotations: { id: string; contents: string | undefined; url: string }[] = [];
    const walk = (node: Node | null): void => {
      if (!node) return;
      if (node.role === "Link") links.push(node);
      for (const child of node.children ?? []) walk(child);
    };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      walk((await page.getStructTree()) as Node);
      for (const a of await page.getAnnotations()) {
        if (a.subtype === "Link") annotations.push({ id: a.id as string, contents: (a.contentsObj as { str?: string } | undefined)?.str, url: a.url as string });
      }
    }
    expect(links.map((l) => l.alt)).toEqual(expect.arrayContaining([
      "https://maison-oeillet.fr/compte/retractation",
      "formulaire de rétractation (https://maison-oeillet.fr/retractation)",
      "https://www.mediateurfevad.fr",
      "retours@maison-oeillet.fr",
    ]));
    // Every link annotation is in the tree (an OBJR: pdf.js lists it as an "object" kid), under
    // a Link element that also holds its text.
    const inTree = new Set(links.flatMap((l) => (l.children ?? []).filter((c) => c.type === "object").map((c) => c.id)));
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    for (const a of annotations) {
      expect(inTree, a.url).toContain(a.id);
      expect(a.contents, a.url).toBeTruthy();
    }
    for (const l of links) expect(l.children?.some((c) => c.type === "content"), l.alt).toBe(true);
    expect(annotations.find((a) => a.url === "https://maison-oeillet.fr/retractation")?.contents).toBe("formulaire de rétractation (https://maison-oeillet.fr/retractation)");
  });

  it("keeps a link cut over two lines one Link element", async () => {
    const md = `# T\n\ninfo\n\n${"Texte de remplissage ".repeat(4)}[un lien dont le texte est assez long pour passer à la ligne suivante sans aucun doute possible](https://exemple.fr/long).\n`;
    const doc = await open(await renderPdf(md, meta));
    const tree = (await (await doc.getPage(1)).getStructTree()) as unknown as { children: { role?: string; children?: unknown[] }[] };
    const links: { role?: string; children?: { type?: string }[] }[] = [];
    const walk = (node: { role?: string; children?: unknown[] }): void => {
      if (node.role === "Link") links.push(node as never);
      for (const child of node.children ?? []) if (child && typeof child === "object") walk(child as never);
    };
    walk(tree as never);
    expect(links).toHaveLength(1);
    // two lines: two pieces of text and two annotations, in one element
    expect(links[0]!.children!.filter((c) => c.type === "content")).toHaveLength(2);
    expect(links[0]!.children!.filter((c) => c.type === "object")).toHaveLength(2);
  });

  it("never leaves a heading alone at the foot of a page", () => {
    const headings = [...fixture.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!);
    for (const page of runs) {
      // the last four runs are the running heads, drawn after the content
      const body = page.slice(0, -4);
      const last = body[body.length - 1];
      expect(headings).not.toContain(last);
    }
  });

  it("splits a long table across pages and repeats its header row", async () => {
    const rows = Array.from({ length: 70 }, (_, i) => `| Relais n° ${i + 1} | Dépôt avec l’étiquette fournie, ligne ${i + 1} | 5,95${NBSP}€ |`).join("\n");
    const md = `# T\n\ninfo\n\n## Retours\n\n| Mode de retour | Comment faire | Coût pour vous |\n| --- | --- | --- |\n${rows}\n\nFin.\n`;
    const pages = await pageTexts(await renderPdf(md, meta));
    const withRows = pages.filter((p) => /Relais n° \d+/.test(p));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(page).toMatch(/Mode de retour\s*Comment faire\s*Coût pour vous/);
    // every row once, in order
    const text = pages.join("\n");
    const numbers = [...text.matchAll(/Relais n° (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it("marks every text as content or as an artifact; a header row repeated on the next page is an artifact", async () => {
    const rows = Array.from({ length: 70 }, (_, i) => `| Relais n° ${i + 1} | Ligne ${i + 1} |`).join("\n");
    const md = `# T\n\ninfo\n\n| Mode de retour | Comment faire |\n| --- | --- |\n${rows}\n`;
    /** Per page, each text with the marked content it is in: "Artifact", "content" (an MCID), or none. */
    const marks = async (bytes: Uint8Array): Promise<{ str: string; in: string | undefined }[][]> => {
      const doc = await open(bytes);
      const pages = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const items = (await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true })).items as { type?: string; tag?: string; id?: string; str?: string }[];
        const stack: string[] = [];
        const texts: { str: string; in: string | undefined }[] = [];
        for (const item of items) {
          if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") stack.push(item.tag === "Artifact" ? "Artifact" : item.id ? "content" : String(item.tag));
          else if (item.type === "endMarkedContent") stack.pop();
          else if (item.str?.trim()) texts.push({ str: item.str, in: stack[stack.length - 1] });
        }
        pages.push(texts);
      }
      return pages;
    };
    const table = await marks(await renderPdf(md, meta));
    expect(table.length).toBeGreaterThanOrEqual(2);
    table.forEach((texts, i) => {
      for (const t of texts) expect(t.in, `${t.str} (page ${i + 1})`).toMatch(/^(Artifact|content)$/u);
      const header = texts.filter((t) => t.str === "Mode de retour");
      expect(header).toHaveLength(1);
      expect(header[0]!.in, `page ${i + 1}`).toBe(i === 0 ? "content" : "Artifact");
    });
    for (const texts of await marks(pdf)) for (const t of texts) expect(t.in, t.str).toMatch(/^(Artifact|content)$/u);
  });

  it("adds fillable fields on the form's lines when asked, on the last page only", async () => {
    const fillable = await renderPdf(fixture, { ...meta, fillableForm: true });
    const doc = await open(fillable);
    expect(doc.numPages).toBe(4);
    const widgets = async (n: number) => (await (await doc.getPage(n)).getAnnotations()).filter((a) => a.subtype === "Widget");
    expect(await widgets(doc.numPages)).toHaveLength(6);
    for (let n = 1; n < doc.numPages; n++) expect(await widgets(n)).toHaveLength(0);
    // Named after their labels (a filled form's data is keyed by them), not champ1…champ6.
    expect(Object.keys((await doc.getFieldObjects()) ?? {})).toEqual(["bien-ou-service", "date-commande-ou-reception", "nom", "adresse", "signature", "date"]);
  });

  it("names a field of another wording « champ » and never gives two fields one name", async () => {
    const md = "# T\n\ninfo\n\n## Annexe\n\nNom : ……………\n\nNom : ……………\n\nNuméro de commande : ……………\n";
    const doc = await open(await renderPdf(md, { ...meta, fillableForm: true }));
    expect(Object.keys((await doc.getFieldObjects()) ?? {})).toEqual(["nom", "nom-2", "champ"]);
  });

  it("parses the italic faces only for a document that has italics, and embeds them as when every face was registered first", async () => {
    const asked: string[] = [];
    // A loader of its own: its faces are parsed apart from the shared ones.
    const loader: typeof notoSansFonts = (face) => {
      asked.push(face);
      return notoSansFonts(face);
    };
    const baseFonts = (bytes: Uint8Array): string[] =>
      [...new Set(Buffer.from(bytes).toString("latin1").match(/\/BaseFont \/[A-Z]{6}\+[A-Za-z-]+/g))].sort();
    const plain = await renderWith("# Titre\n\nRien en **italique** ici.\n", meta, { fontLoader: loader });
    expect(asked).not.toContain("italic");
    expect(asked).not.toContain("boldItalic");
    // The subset tag comes from the font's id in the document: F5 (E) for the bold italic,
    // whatever was drawn before it.
    const boldItalic = await renderWith("# Titre\n\nSeulement ***gras italique*** ici.\n", meta, { fontLoader: loader });
    expect(asked).toContain("boldItalic");
    expect(asked).not.toContain("italic");
    expect(baseFonts(boldItalic)).toEqual(["/BaseFont /BZZZZZ+NotoSans-Regular", "/BaseFont /EZZZZZ+NotoSans-BoldItalic", "/BaseFont /FZZZZZ+NotoSans-SemiBold"]);
    const both = await renderWith("# Titre\n\nEn *italique* puis en **gras**.\n", meta, { fontLoader: loader });
    expect(baseFonts(both)).toEqual(["/BaseFont /BZZZZZ+NotoSans-Regular", "/BaseFont /CZZZZZ+NotoSans-Bold", "/BaseFont /DZZZZZ+NotoSans-Italic", "/BaseFont /FZZZZZ+NotoSans-SemiBold"]);
    expect(baseFonts(plain)).toEqual(["/BaseFont /BZZZZZ+NotoSans-Regular", "/BaseFont /CZZZZZ+NotoSans-Bold", "/BaseFont /FZZZZZ+NotoSans-SemiBold"]);
  });
});
