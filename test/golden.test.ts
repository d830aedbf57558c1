/** Golden files: every example renders to exactly the reviewed Markdown and HTML (UPDATE_GOLDEN=1 rewrites them). */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { shopSlug } from "../src/io/write-policy.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles, FORMATS } from "../src/render/policy-files.js";
import { ROOT } from "./helpers.js";

const examples = [
  ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f)),
  ...readdirSync(join(ROOT, "examples/agence/clients")).map((f) => join(ROOT, "examples/agence/clients", f)),
];
const textFormats = FORMATS.filter((f) => f === "md" || f === "html" || f === "fragment");

describe("golden files", () => {
  it("covers at least five shops and three agency clients", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of examples) {
    it(`renders ${basename(file)} exactly`, async () => {
      const result = checkLoaded(loadConfig(file, readConfigFile));
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      const policy = buildPolicy(result.config!, frRuleset.version);
      const dir = join(ROOT, "test/golden", shopSlug(result.config!.shop.name));
      for (const rendered of await renderFiles(policy, textFormats)) {
        const path = join(dir, rendered.name);
        if (process.env.UPDATE_GOLDEN) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(path, rendered.content);
        }
        expect(existsSync(path), `${path} missing: run npm run golden:update and review the diff`).toBe(true);
        expect(rendered.content).toBe(readFileSync(path, "utf8"));
      }
    });
  }
});
