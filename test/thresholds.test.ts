/**
 * Every legal threshold pinned on both sides of its edge: moving a limit in a rule by one (`< 14`
 * to `< 13`, `> 14` to `> 15`…) makes one of these fail.
 */
import { describe, expect, it } from "vitest";
import { TYPICAL_CARRIER_MAX } from "../src/law/fr/rules/cap-amount.js";
import { ONLINE_FUNCTION_DATE } from "../src/law/fr/rules/online-withdrawal-function.js";
import { buildPolicy } from "../src/policy/model.js";
import { frRuleset } from "../src/law/fr/index.js";
import { checkOverride, exampleText } from "./helpers.js";
import { runRule } from "./rule-tester.js";

/** The severity and message of the rule's one finding, run alone through the engine, or "none". */
function verdict(yaml: string, id: string, options: { asOf?: string; base?: string } = {}): string {
  const rule = frRuleset.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const { findings } = runRule(rule, { yaml, ...options }, "fr");
  expect(findings.length).toBeLessThanOrEqual(1);
  return findings[0] ? `${findings[0].severity}:${findings[0].messageId ?? ""}` : "none";
}

describe("legal thresholds, each side of the edge", () => {
  it("withdrawal period: 13 days is unlawful, 14 is the minimum (L221-18)", () => {
    expect(verdict("withdrawal:\n  days: 13\n", "withdrawal-days")).toBe("error:tooShort");
    expect(verdict("withdrawal:\n  days: 14\n", "withdrawal-days")).toBe("none");
    expect(verdict("withdrawal:\n  days: 0\n", "withdrawal-days")).toBe("error:tooShort");
  });

  it("refund: 14 days is the maximum, 15 is unlawful (L221-24)", () => {
    expect(verdict("refunds:\n  days: 14\n", "refund-days")).toBe("none");
    expect(verdict("refunds:\n  days: 15\n", "refund-days")).toBe("error:tooLate");
    expect(verdict("refunds:\n  days: 0\n", "refund-days")).toBe("none");
  });

  it("ship-back: 13 days is unlawful, 14 is the minimum (L221-23)", () => {
    expect(verdict("returns:\n  shipBackDays: 13\n", "ship-back-days")).toBe("error:tooShort");
    expect(verdict("returns:\n  shipBackDays: 14\n", "ship-back-days")).toBe("none");
  });

  it("a period longer than 14 days is said as a commercial extension; 14 is the legal one (L221-18)", () => {
    const model = (days: number) => buildPolicy(checkOverride(`withdrawal:\n  days: ${days}\n`).config!, frRuleset.version).withdrawal.extended;
    expect(model(14)).toBe(false);
    expect(model(15)).toBe(true);
  });

  it("cap: 0 means free returns, above the usual carrier price is suspicious (L221-23)", () => {
    const cap = (v: number) => verdict(`returns:\n  costs: { payer: capped, cap: ${v} }\n  methods: [{ type: post, label: printable, price: 0 }]\n`, "cap-amount");
    expect(cap(0)).toBe("warning:zero");
    expect(cap(0.01)).toBe("none");
    expect(cap(TYPICAL_CARRIER_MAX)).toBe("none");
    expect(cap(TYPICAL_CARRIER_MAX + 0.01)).toBe("warning:high");
  });

  it("a method priced above the cap is flagged from one cent over; at the cap it is fine (L221-23)", () => {
    const price = (v: number) => verdict(`returns:\n  costs: { payer: capped, cap: 5.95 }\n  methods: [{ type: post, label: printable, price: ${v} }]\n`, "return-cost-consistency");
    expect(price(5.95)).toBe("none");
    expect(price(5.96)).toBe("warning:aboveCap");
  });

  it("free returns: a price of one cent already contradicts them (L221-23)", () => {
    const price = (v: number) => verdict(`returns:\n  costs: { payer: merchant }\n  methods: [{ type: post, label: prepaid, price: ${v} }]\n`, "return-cost-consistency");
    expect(price(0)).toBe("none");
    expect(price(0.01)).toBe("error:merchantPrice");
  });

  it("bulky goods: the customer's cost is bounded by an estimate or a cap, or the rule errs (L221-5 8°)", () => {
    const bulky = (costs: string) => verdict(`sectors: [furniture]\nreturns:\n  costs: ${costs}\n  methods: [{ type: pickup }]\n`, "bulky-return-cost");
    expect(bulky("{ payer: customer }")).toBe("error:missing");
    expect(bulky("{ payer: customer, bulkyEstimate: 0 }")).toBe("none");
    expect(bulky("{ payer: capped, cap: 5.95 }")).toBe("none");
  });

  it("the online withdrawal function: a warning on 18 June 2026, an error from 19 June (L221-21, D221-5)", () => {
    const base = exampleText.replace(/  onlineFunction:\n(    .*\n)+/u, "");
    expect(ONLINE_FUNCTION_DATE).toBe("2026-06-19");
    expect(verdict("", "online-withdrawal-function", { base, asOf: "2026-06-18" })).toBe("none");
    expect(verdict("", "online-withdrawal-function-soon", { base, asOf: "2026-06-18" })).toBe("warning:soon");
    expect(verdict("", "online-withdrawal-function", { base, asOf: "2026-06-19" })).toBe("error:missing");
    expect(verdict("", "online-withdrawal-function-soon", { base, asOf: "2026-06-19" })).toBe("none");
  });

  it("a commercial guarantee of 24 months or less overlaps the legal guarantee; 25 months adds time (L217-3, L121-4 10°)", () => {
    const months = (m: number) => verdict(`guarantees:\n  commercial: { months: ${m}, text: "Réparation gratuite des défauts.", territory: France }\n`, "commercial-guarantee");
    expect(months(24)).toBe("warning:overlap");
    expect(months(25)).toBe("none");
  });
});
