/** ESLint's RuleTester, for our rules: lawful configs give nothing, unlawful ones give exactly these findings. */
import { describe, expect, it } from "vitest";
import type { Rule } from "../src/law/types.js";
import { checkOverride } from "./helpers.js";

export interface InvalidCase {
  yaml: string;
  asOf?: string;
  base?: string;
  findings: { messageId?: string; path: string; line?: number; column?: number; severity?: string }[];
}

export interface ValidCase {
  yaml: string;
  asOf?: string;
  base?: string;
}

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const of = (r: ReturnType<typeof checkOverride>) => r.findings.filter((f) => f.rule === rule.id);
  describe(`rule ${rule.id} (${rule.article})`, () => {
    for (const [i, c] of cases.valid.entries()) {
      const v = typeof c === "string" ? { yaml: c } : c;
      it(`valid #${i + 1}`, () => {
        const result = checkOverride(v.yaml, v);
        expect(result.findings.filter((f) => f.code !== "LAW")).toEqual([]);
        expect(of(result)).toEqual([]);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i + 1}`, () => {
        const result = checkOverride(c.yaml, c);
        expect(result.findings.filter((f) => f.code !== "LAW")).toEqual([]);
        const got = of(result);
        expect(got).toHaveLength(c.findings.length);
        for (const [j, want] of c.findings.entries()) {
          const f = got[j]!;
          expect(f.path).toBe(want.path);
          expect(f.article).toBe(rule.article);
          expect(f.severity).toBe(want.severity ?? rule.severity);
          if (want.messageId) expect(f.messageId).toBe(want.messageId);
          if (want.line !== undefined) expect({ line: f.line, file: f.file }).toEqual({ line: want.line, file: "/virtual/case.yaml" });
          if (want.column !== undefined) expect(f.column).toBe(want.column);
        }
      });
    }
  });
}
