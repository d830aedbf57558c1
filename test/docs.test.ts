import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configReferenceMarkdown, replaceBlock, rulesTableMarkdown } from "../src/docs/reference.js";
import { frRuleset } from "../src/law/fr/index.js";
import { ROOT } from "./helpers.js";

describe("README", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("holds the config reference generated from the schema (npm run docs)", () => {
    expect(replaceBlock(readme, "config-reference", configReferenceMarkdown())).toBe(readme);
  });

  it("holds the rule table generated from the ruleset (npm run docs)", () => {
    expect(replaceBlock(readme, "rules", rulesTableMarkdown())).toBe(readme);
  });

  it("has exactly the two set-up commands", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm install && npm test");
  });
});

describe("CHANGELOG", () => {
  it("gives the ruleset's number of rules, once", () => {
    const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
    const counts = [...changelog.matchAll(/French ruleset `([^`]+)`[^\n]*?: (\d+) rules/gu)].map((m) => [m[1], Number(m[2])]);
    expect(counts).toEqual([[frRuleset.version, frRuleset.rules.length]]);
  });
});
