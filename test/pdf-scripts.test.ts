/** Hebrew and Arabic in the shop's text: set in Noto Sans Hebrew / Arabic (Noto Sans has
 * neither: they printed as empty boxes), embedded only when used, right to left. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { notoSansFonts } from "../src/io/fonts.js";
import { renderPdf, type PdfMeta } from "../src/render/pdf/index.js";

const meta: PdfMeta = {
  title: "Politique de retour",
  shopName: "ספרים ומוזיקה",
  author: "A",
  subject: "S",
  keywords: [],
  creationDate: new Date("2026-12-01T00:00:00Z"),
  rulesetVersion: "fr-2026.11",
};
const render = (md: string, m: PdfMeta = meta): Promise<Uint8Array> => renderPdf(md, m, { fontLoader: notoSansFonts });

/** Each text item of page 1 in drawing order (left to right on a line), with its font's name. */
async function items(bytes: Uint8Array): Promise<{ str: string; x: number; font: string }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  await page.getOperatorList();
  return content.items.flatMap((it) => {
    if (!("str" in it) || !it.str.trim()) return [];
    const font = page.commonObjs.has(it.fontName) ? (page.commonObjs.get(it.fontName) as { name: string }).name : it.fontName;
    return [{ str: it.str, x: it.transform[4] as number, font }];
  });
}

const fontNames = (bytes: Uint8Array): string[] => [...Buffer.from(bytes).toString("latin1").matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/gu)].map((m) => m[1]!);

describe("text in scripts Noto Sans lacks", () => {
  it("embeds the Hebrew and Arabic faces only when the text has such characters", async () => {
    expect(fontNames(await render("# Titre\n\nBonjour.\n", { ...meta, shopName: "Boutique" }))).toEqual(expect.not.arrayContaining([expect.stringMatching(/Hebrew|Arabic/u)]));
    const hebrew = fontNames(await render("# Titre\n\nLa boutique שלום.\n", { ...meta, shopName: "Boutique" }));
    expect(hebrew).toContain("NotoSansHebrew-Regular");
    expect(hebrew.some((f) => f.includes("Arabic"))).toBe(false);
    expect(fontNames(await render("# Titre\n\nLa boutique مكتبة.\n", { ...meta, shopName: "Boutique" }))).toContain("NotoSansArabic-Regular");
  });

  it("draws Hebrew letters with the Hebrew face, words right to left inside a French line", async () => {
    const text = await items(await render("# Titre\n\nLa librairie חנות הספרים ouvre à 9 h.\n", { ...meta, shopName: "Boutique" }));
    const hebrew = text.filter((t) => /[\u0590-\u05FF]/u.test(t.str));
    expect(hebrew.length).toBeGreaterThan(0);
    for (const t of hebrew) expect(t.font, t.str).toMatch(/NotoSansHebrew/u);
    // Drawn from the left: the second word, then the first (pdf.js gives each right-to-left
    // item's letters back in reading order).
    const line = text.map((t) => t.str).join(" ");
    expect(line).toMatch(/La librairie\s*הספרים\s*חנות\s*ouvre/u);
  });

  it("keeps digits between right-to-left words in their place (UAX #9: a number inside a Hebrew phrase)", async () => {
    const line = (await items(await render("# Titre\n\nHoraires : חנות 24 שעות, et voilà.\n", { ...meta, shopName: "Boutique" }))).map((t) => t.str).join(" ");
    // From the left: « שעות 24 חנות », read from the right as written; the comma stays after.
    expect(line).toMatch(/Horaires :\s*שעות\s*24\s*חנות\s*,\s*et voilà/u);
  });

  it("draws Arabic with the Arabic face, its letters joined (contextual forms)", async () => {
    const bytes = await render("# Titre\n\nNotre boutique مكتبة au centre.\n", { ...meta, shopName: "Boutique" });
    const arabic = (await items(bytes)).filter((t) => /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(t.str));
    expect(arabic.length).toBeGreaterThan(0);
    for (const t of arabic) expect(t.font, t.str).toMatch(/NotoSansArabic/u);
  });

  it("writes a Hebrew shop name in the running head with the Hebrew face", async () => {
    const text = await items(await render("# Titre\n\nBonjour.\n"));
    const head = text.filter((t) => /[\u0590-\u05FF]/u.test(t.str));
    expect(head.map((t) => t.str).join(" ")).toMatch(/ומוזיקה\s*ספרים/u);
    for (const t of head) expect(t.font).toMatch(/NotoSansHebrew/u);
  });
});
