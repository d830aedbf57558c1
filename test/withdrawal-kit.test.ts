/**
 * The withdrawal-function kit (issue 16): the acknowledgement templates and the checklist are
 * golden files (UPDATE_GOLDEN=1 rewrites them; read the diff), and shop text stays literal.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { shopSlug } from "../src/io/write-policy.js";
import { loadConfig } from "../src/config/load.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { KIT_ACTION_PLACEHOLDER, KIT_FILES, KIT_PLACEHOLDERS } from "../src/render/withdrawal-kit.js";
import { checkOverride, ROOT } from "./helpers.js";

const EXAMPLES = ["atelier-lumiere.yaml", "librairie-des-quais.yaml", "maison-chene.yaml"].map((f) => join(ROOT, "examples", f));

async function kitOf(config: NonNullable<ReturnType<typeof checkLoaded>["config"]>) {
  const files = await renderFiles(buildPolicy(config, frRuleset.version), ["withdrawal-kit"]);
  return Object.fromEntries(files.map((f) => [f.name, String(f.content)]));
}

describe("withdrawal kit: golden files", () => {
  for (const file of EXAMPLES) {
    it(`renders the kit of ${file.split("/").pop()} exactly`, async () => {
      const config = checkLoaded(loadConfig(file, readConfigFile)).config!;
      const kit = await kitOf(config);
      expect(Object.keys(kit).sort()).toEqual(Object.values(KIT_FILES).sort());
      const dir = join(ROOT, "test/golden-kit", shopSlug(config.shop.name));
      for (const [name, content] of Object.entries(kit)) {
        const path = join(dir, name);
        if (process.env.UPDATE_GOLDEN) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(path, content);
        }
        expect(existsSync(path), `${path} missing: run UPDATE_GOLDEN=1 npx vitest run test/withdrawal-kit.test.ts and review`).toBe(true);
        expect(content).toBe(readFileSync(path, "utf8"));
      }
    });
  }
});

describe("withdrawal kit: content", () => {
  it("the acknowledgement carries the content of the withdrawal, the date and the time of receipt", async () => {
    const kit = await kitOf(checkOverride("").config!);
    for (const name of [KIT_FILES.ackText, KIT_FILES.ackHtml]) {
      for (const p of KIT_PLACEHOLDERS) expect(kit[name], `${name} ${p}`).toContain(`{{${p}}}`);
      expect(kit[name]).toContain("Je notifie par la présente ma rétractation");
    }
    expect(kit[KIT_FILES.ackText]).toMatch(/le \{\{date_reception\}\} à \{\{heure_reception\}\}/u);
  });

  it("posts to the shop's formAction, or to a placeholder the checklist says to replace", async () => {
    const without = await kitOf(checkOverride("").config!);
    expect(without[KIT_FILES.page]).toContain(`action="${KIT_ACTION_PLACEHOLDER}"`);
    expect(without[KIT_FILES.checklist]).toContain("formAction");
    const config = checkOverride(
      "withdrawal:\n  onlineFunction:\n    url: https://atelier.fr/renoncer\n    label: Renoncer au contrat ici\n    confirmLabel: Confirmer la rétractation\n    formAction: https://atelier.fr/api/retractation\n",
    ).config!;
    const kit = await kitOf(config);
    expect(kit[KIT_FILES.page]).toContain('action="https://atelier.fr/api/retractation"');
    expect(kit[KIT_FILES.fragment]).toContain('action="https://atelier.fr/api/retractation"');
    expect(kit[KIT_FILES.entry]).toContain('href="https://atelier.fr/renoncer"');
    expect(kit[KIT_FILES.checklist]).not.toContain(KIT_ACTION_PLACEHOLDER);
    // Addresses in the checklist are links one can copy, never Markdown-escaped text (« https\:// »).
    expect(kit[KIT_FILES.checklist]).toContain("<https://atelier.fr/renoncer>");
    expect(kit[KIT_FILES.checklist]).toContain("<https://atelier.fr/api/retractation>");
    expect(without[KIT_FILES.checklist]).toContain(`\`${KIT_ACTION_PLACEHOLDER}\``);
    for (const text of [kit[KIT_FILES.checklist], without[KIT_FILES.checklist]]) expect(text).not.toMatch(/https?\\:/u);
  });

  it("shop text is literal in every file of the kit (no markup, no script)", async () => {
    const config = checkOverride('shop:\n  name: "<script>alert(1)</script> & *Cie* [x](javascript:y)"\n').config!;
    const kit = await kitOf(config);
    for (const [name, content] of Object.entries(kit)) {
      if (name.endsWith(".html")) expect(content, name).not.toContain("<script>");
      if (name.endsWith(".md")) expect(content, name).not.toMatch(/\]\(javascript/u);
    }
    expect(kit[KIT_FILES.ackText]).toContain("<script>alert(1)</script> & *Cie*");
  });
});
