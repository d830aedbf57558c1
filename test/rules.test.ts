/**
 * Every rule of the French ruleset through RuleTester (test/rule-tester.ts): its cases
 * (test/rule-cases.ts) run with the rule alone, in French and in English.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { checkOverride, exampleText, ROOT } from "./helpers.js";
import { baseWithoutFunction, RULE_CASES } from "./rule-cases.js";
import { RuleTester } from "./rule-tester.js";

for (const rule of frRuleset.rules) {
  const cases = RULE_CASES[rule.id];
  if (cases) RuleTester.run(rule, cases);
}

describe("rule cases", () => {
  it("has cases for every rule, and for no rule that does not exist", () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(frRuleset.rules.map((r) => r.id).sort());
  });
});

describe("ruleset", () => {
  it("registers every rule file once, with the file name as id", () => {
    const files = readdirSync(join(ROOT, "src/law/fr/rules"))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/u, ""))
      .sort();
    expect(frRuleset.rules.map((r) => r.id).sort()).toEqual(files);
  });

  it("gives every rule an article, a summary and messages in French and English", () => {
    for (const rule of frRuleset.rules) {
      expect(rule.article).toMatch(/^((L|R|D)\d{3}-\d+|Règlement \(UE\) \d{4}\/\d+)/u);
      expect(rule.summary.fr.length).toBeGreaterThan(10);
      expect(rule.summary.en.length).toBeGreaterThan(10);
      for (const m of Object.values(rule.messages)) {
        expect(m.fr).not.toMatch(/nous refusons|n'acceptons pas/iu);
        expect(m.en.length).toBeGreaterThan(10);
      }
    }
  });

  it("is dated: the online function switches from warning to error on 19 June 2026", () => {
    const base = baseWithoutFunction(exampleText);
    const before = checkOverride("", { base, asOf: "2026-06-18" }).findings.map((f) => `${f.rule}:${f.severity}`);
    const after = checkOverride("", { base, asOf: "2026-06-19" }).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(before).toEqual(["online-withdrawal-function-soon:warning"]);
    expect(after).toEqual(["online-withdrawal-function:error"]);
  });
});
