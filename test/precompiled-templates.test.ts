/**
 * The embedded templates are precompiled at build time (scripts/gen-assets.mjs →
 * src/generated/precompiled.ts); any other template table is compiled at run time. Both paths
 * must write the same Markdown for every example shop.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { templates } from "../src/generated/assets.js";
import { precompiled } from "../src/generated/precompiled.js";
import { ROOT } from "./helpers.js";

const examples = [
  ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f)),
  ...readdirSync(join(ROOT, "examples/agence/clients")).map((f) => join(ROOT, "examples/agence/clients", f)),
];

describe("precompiled templates", () => {
  it("hold the main template and every section of each language of templates/", () => {
    const sections = Object.keys(templates)
      .filter((path) => path.startsWith("fr/sections/"))
      .map((path) => path.slice("fr/sections/".length).replace(/\.md\.hbs$/u, ""))
      .sort();
    expect(Object.keys(precompiled)).toEqual(["fr"]);
    expect(Object.keys(precompiled.fr!.partials).sort()).toEqual(sections);
    expect(sections.length).toBeGreaterThan(10);
  });

  for (const file of examples) {
    it(`${basename(file)}: the same Markdown as the sources compiled at run time`, () => {
      const result = checkLoaded(loadConfig(file, readConfigFile));
      const policy = buildPolicy(result.config!, frRuleset.version);
      const built = renderMarkdown(policy);
      // A copy of the table is not the embedded one: its templates are compiled here.
      const atRunTime = renderMarkdown(policy, { templates: { ...templates } });
      expect(built).toContain("# Politique de retour");
      expect(built).toBe(atRunTime);
    });
  }
});
