/**
 * The PDF shapes words without the mark/mkmk features when they hold no combining mark
 * (src/render/pdf/fonts.ts, a start-up saving). That is only right if it changes nothing:
 * here every character of every face, in a word and alone, and every word of the example
 * policies and of the hostile strings, is shaped both ways and must give the same glyphs at
 * the same positions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { buildPolicy } from "../src/policy/model.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { loadFonts, NO_LIGATURES, primeGlyphs, type MainFace } from "../src/render/pdf/fonts.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { loadConfig } from "../src/config/load.js";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { ROOT } from "./helpers.js";
import { frRuleset } from "../src/law/fr/index.js";

const FACES: MainFace[] = ["regular", "bold", "italic", "boldItalic", "semibold"];
const hostile = JSON.parse(readFileSync(join(ROOT, "test/fixtures/hostile-strings.json"), "utf8")) as unknown;

function examplePolicies(): string[] {
  const dirs = [join(ROOT, "examples"), join(ROOT, "examples/agence/clients")];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => {
        const result = checkLoaded(loadConfig(join(dir, f), readConfigFile, "fr"), { lang: "fr" });
        if (!result.config) throw new Error(`${f} does not pass the check`);
        return renderMarkdown(buildPolicy(result.config, frRuleset.version));
      }),
  );
}

/** What pdfkit shapes: text cut after each space (pdfkit's EmbeddedFont#layout). */
function chunks(text: string): string[] {
  return text.split(/(?<=[ \t])/u).filter(Boolean);
}

/** The same face, with every feature, primed like loadFonts does (glyph objects are cached
 * with the characters of their first request, which decides whether a glyph is a mark). */
function fullShaping(face: MainFace): fontkit.Font {
  const font = fontkit.create(Buffer.from(notoSansFonts(face))) as fontkit.Font;
  primeGlyphs(font);
  return font;
}

const shape = (run: fontkit.GlyphRun) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

describe("shaping without mark positioning", () => {
  const words = new Set<string>();
  for (const md of examplePolicies()) for (const w of chunks(md)) words.add(w);
  for (const s of JSON.stringify(hostile).split(/\\n|"/u)) for (const w of chunks(s)) words.add(w);

  it.each(FACES)("gives the same glyphs and positions as full shaping (%s)", (face) => {
    const fast = loadFonts(notoSansFonts)[face];
    const full = fullShaping(face);
    const cases = new Set(words);
    for (const cp of fast.characterSet) {
      const c = String.fromCodePoint(cp);
      cases.add(c);
      cases.add(`a${c}b `);
      cases.add(`${c}${c}`);
    }
    let differing: string[] = [];
    let withoutMark = 0;
    for (const text of cases) {
      if (!/\p{M}/u.test(text)) withoutMark++;
      if (JSON.stringify(shape(fast.layout(text))) !== JSON.stringify(shape(full.layout(text, { ...NO_LIGATURES })))) differing.push(text);
    }
    differing = differing.map((t) => [...t].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(" "));
    expect(differing).toEqual([]);
    expect(withoutMark).toBeGreaterThan(3000);
  });

  it("still positions combining marks", () => {
    const fast = loadFonts(notoSansFonts).regular;
    // e + U+0301 and é: the accent is moved onto the e only by the mark feature.
    const decomposed = fast.layout("e\u0301");
    const full = fullShaping("regular");
    expect(shape(decomposed)).toEqual(shape(full.layout("e\u0301", { ...NO_LIGATURES })));
    const marked = decomposed.positions[1]!;
    expect(marked.xOffset !== 0 || marked.yOffset !== 0 || marked.xAdvance === 0).toBe(true);
  });
});
