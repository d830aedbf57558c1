/** The PDF's shortcuts past pdfkit (text from cached glyph runs, page content made bytes once
 * per page, subset fonts embedded from kept deflated streams) write the same bytes as pdfkit's
 * own code, and what is kept between documents never makes a document depend on the ones
 * made before it. */
import { readdirSync, readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { notoSansFonts } from "../src/io/fonts.js";
import { createDocument } from "../src/render/pdf/document.js";
import { loadFonts } from "../src/render/pdf/fonts.js";
import { writeText } from "../src/render/pdf/glyph-runs.js";
import { renderPdf, type PdfMeta } from "../src/render/pdf/index.js";
import { FACE, FALLBACK_FACE } from "../src/render/pdf/style.js";

const meta: PdfMeta = {
  title: "Politique de retour et de rétractation",
  shopName: "Maison Œillet",
  author: "Maison Œillet SARL",
  subject: "Politique de retour",
  keywords: ["retour"],
  creationDate: new Date("2026-12-01T00:00:00Z"),
  rulesetVersion: "fr-2026.11",
  fillableForm: true,
};

const render = (md: string, m: PdfMeta = meta, viaPdfkit = false): Promise<Uint8Array> =>
  renderPdf(md, m, { fontLoader: notoSansFonts, viaPdfkit });

const goldenDir = new URL("./golden/", import.meta.url);
const policies = readdirSync(goldenDir).sort().map((shop) => ({ shop, md: readFileSync(new URL(`${shop}/politique-retour.md`, goldenDir), "utf8") }));
const sample = readFileSync(new URL("./fixtures/sample-policy.md", import.meta.url), "utf8");

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** Lines of text a document's page content streams hold, inflated. */
function contents(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString("latin1");
  const out: string[] = [];
  for (const m of text.matchAll(/<<\n\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/gu)) {
    const start = m.index + m[0].length;
    const body = inflateSync(Buffer.from(pdf).subarray(start, start + Number(m[1]))).toString("latin1");
    if (body.includes(" Tf\n")) out.push(body);
  }
  return out.join("\n");
}

describe("PDF written past pdfkit's text(), page content and font embedding", () => {
  it("gives the bytes pdfkit's own code gives, for every example policy (fillable form, links, running heads)", async () => {
    for (const { shop, md } of policies) {
      const m = { ...meta, shopName: shop, fillableForm: shop.length % 2 === 0 };
      expect(same(await render(md, m), await render(md, m, true)), shop).toBe(true);
    }
  });

  it("gives pdfkit's bytes for Hebrew and Arabic with their marks (glyphs placed one by one)", async () => {
    const md = "# Titre\n\nLa librairie שָׁלוֹם עוֹלָם ouvre, مَرْحَبًا بِالعَالَم et voilà.\n\n[Lien שלום](https://example.fr/a)\n";
    const m = { ...meta, shopName: "ספרים ומוזיקה" };
    const fast = await render(md, m);
    expect(same(fast, await render(md, m, true))).toBe(true);
    // The marks are offset from their letter: a text matrix of their own inside a line's text.
    expect(contents(fast)).toMatch(/\] TJ\n1 0 0 1 [\d.]+ [\d.]+ Tm\n\[</u);
  });

  it("writes, for a piece of a line (no line break in it), exactly what doc.text(…, { lineBreak: false }) writes", () => {
    const fonts = loadFonts(notoSansFonts);
    const texts: [string, string, number][] = [
      [FACE.regular, "Politique de retour et de rétractation", 10],
      [FACE.bold, "AVANT « Té » : 5,95\u00A0€ ; 14\u202Fjours — L221-18", 13.5],
      [FACE.semibold, "Confirmer la rétractation", 16],
      [FACE.italic, "y  (deux  espaces) ", 9],
      [FACE.regular, "", 10],
      [FALLBACK_FACE.hebrew.regular.name, "שָׁלוֹם עוֹלָם", 10],
      [FALLBACK_FACE.arabic.regular.name, "مَرْحَبًا بِالعَالَم", 8],
    ];
    const make = (viaPdfkit: boolean, write: (doc: PDFKit.PDFDocument, text: string, x: number, y: number) => void): Promise<Buffer> => {
      const { doc } = createDocument(fonts, meta, new Set(["hebrew", "arabic"]), { viaPdfkit });
      const chunks: Buffer[] = [];
      doc.on("data", (c: Buffer) => chunks.push(c));
      const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
      texts.forEach(([face, text, size], i) => {
        doc.font(face).fontSize(size).fillColor(i % 2 ? "#1f4e79" : "#1d1d1f");
        write(doc, text, 64 + i * 3.3, 80 + i * 17.25);
      });
      doc.end();
      return done;
    };
    return Promise.all([make(true, (doc, t, x, y) => doc.text(t, x, y, { lineBreak: false })), make(false, (doc, t, x, y) => writeText(doc, t, x, y))]).then(([a, b]) => {
      expect(contents(b)).toMatch(/\/F\d+ 16 Tf\n\[</u);
      expect(same(a, b)).toBe(true);
    });
  });

  it("a document has the same bytes whichever documents came before it (kept glyph runs, lines and fonts)", async () => {
    const [a, b] = policies;
    const first = await render(a!.md);
    await render(b!.md, { ...meta, shopName: "Autre boutique" });
    await render(sample);
    expect(same(await render(a!.md), first)).toBe(true);
    expect(same(first, await render(a!.md, meta, true))).toBe(true);
  });

  it("reuses a face's embedded subset only for the same glyphs: other text, other font file", async () => {
    const one = await render("# Titre\n\nabc\n");
    const two = await render("# Titre\n\nabd\n");
    const fontFile = (pdf: Uint8Array): string => /\/FontFile2 (\d+) 0 R/u.exec(Buffer.from(pdf).toString("latin1"))?.[1] ?? "";
    expect(fontFile(one)).not.toBe("");
    expect(same(one, await render("# Titre\n\nabc\n", meta, true))).toBe(true);
    expect(same(two, await render("# Titre\n\nabd\n", meta, true))).toBe(true);
  });
});
