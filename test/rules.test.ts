import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { cappedCost } from "../src/law/fr/rules/capped-cost.js";
import { initialShipping } from "../src/law/fr/rules/initial-shipping.js";
import { onlineWithdrawalFunction } from "../src/law/fr/rules/online-withdrawal-function.js";
import { onlineWithdrawalFunctionSoon } from "../src/law/fr/rules/online-withdrawal-function-soon.js";
import { originalPackaging } from "../src/law/fr/rules/original-packaging.js";
import { refundDays } from "../src/law/fr/rules/refund-days.js";
import { refundMethod } from "../src/law/fr/rules/refund-method.js";
import { restockingFee } from "../src/law/fr/rules/restocking-fee.js";
import { shipBackDays } from "../src/law/fr/rules/ship-back-days.js";
import { withdrawalDays } from "../src/law/fr/rules/withdrawal-days.js";
import { checkOverride, exampleText, ROOT } from "./helpers.js";
import { ruleTester } from "./rule-tester.js";

// Each case extends examples/atelier-lumiere.yaml (lawful) and changes one thing; line 1 is `extends:`.

ruleTester(withdrawalDays, {
  valid: ["withdrawal:\n  days: 14\n", "withdrawal:\n  days: 30\n"],
  invalid: [{ yaml: "withdrawal:\n  days: 10\n", findings: [{ messageId: "tooShort", path: "withdrawal.days", line: 3, column: 9 }] }],
});

ruleTester(shipBackDays, {
  valid: ["returns:\n  shipBackDays: 14\n", "returns:\n  shipBackDays: 21\n"],
  invalid: [{ yaml: "returns:\n  shipBackDays: 7\n", findings: [{ messageId: "tooShort", path: "returns.shipBackDays", line: 3, column: 17 }] }],
});

ruleTester(refundDays, {
  valid: ["refunds:\n  days: 14\n", "refunds:\n  days: 5\n"],
  invalid: [{ yaml: "refunds:\n  days: 30\n", findings: [{ messageId: "tooLate", path: "refunds.days", line: 3, column: 9 }] }],
});

ruleTester(restockingFee, {
  valid: ["refunds:\n  restockingFee: 0\n"],
  invalid: [{ yaml: "refunds:\n  restockingFee: 4.5\n", findings: [{ messageId: "fee", path: "refunds.restockingFee", line: 3, column: 18 }] }],
});

ruleTester(initialShipping, {
  valid: ["refunds:\n  initialShipping: refunded\n"],
  invalid: [{ yaml: "refunds:\n  initialShipping: not-refunded\n", findings: [{ messageId: "notRefunded", path: "refunds.initialShipping", line: 3, column: 20 }] }],
});

ruleTester(refundMethod, {
  valid: ["refunds:\n  method: original-payment\n", "refunds:\n  method: original-payment-or-credit\n"],
  invalid: [{ yaml: "refunds:\n  method: credit-only\n", findings: [{ messageId: "creditOnly", path: "refunds.method", line: 3, column: 11 }] }],
});

ruleTester(originalPackaging, {
  valid: ["returns:\n  originalPackaging: preferred\n", "returns:\n  originalPackaging: not-required\n"],
  invalid: [{ yaml: "returns:\n  originalPackaging: required\n", findings: [{ messageId: "required", path: "returns.originalPackaging", line: 3, column: 22 }] }],
});

ruleTester(cappedCost, {
  valid: ["returns:\n  costs:\n    payer: capped\n    cap: 4.9\n", "returns:\n  costs:\n    payer: merchant\n"],
  invalid: [{ yaml: "returns:\n  costs:\n    payer: capped\n", base: exampleText.replace("    cap: 5.95\n", ""), findings: [{ messageId: "missing", path: "returns.costs.payer", line: 4, column: 12 }] }],
});

const withoutFunction = (date: string) =>
  `effectiveDate: ${date}\nwithdrawal:\n  days: 14\n`;
const baseWithoutFunction = (text: string) => text.replace(/  onlineFunction:\n(    .*\n)+/u, "");

ruleTester(onlineWithdrawalFunction, {
  valid: [
    "effectiveDate: 2026-12-01\n",
    { yaml: withoutFunction("2026-06-18"), base: baseWithoutFunction(exampleText) },
    { yaml: "shop:\n  online: false\n", base: baseWithoutFunction(exampleText) },
  ],
  invalid: [
    { yaml: withoutFunction("2026-06-19"), base: baseWithoutFunction(exampleText), findings: [{ messageId: "missing", path: "withdrawal", line: 3, column: 1 }] },
    { yaml: withoutFunction("2026-01-10"), asOf: "2026-07-01", base: baseWithoutFunction(exampleText), findings: [{ messageId: "missing", path: "withdrawal" }] },
  ],
});

ruleTester(onlineWithdrawalFunctionSoon, {
  valid: ["effectiveDate: 2026-03-01\n", { yaml: withoutFunction("2026-06-19"), base: baseWithoutFunction(exampleText) }],
  invalid: [{ yaml: withoutFunction("2026-06-18"), base: baseWithoutFunction(exampleText), findings: [{ messageId: "soon", path: "withdrawal", line: 3, column: 1 }] }],
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
