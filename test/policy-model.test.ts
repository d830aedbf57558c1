/**
 * The policy model states the facts (who pays what, how the postage is paid back, when the refund
 * may wait, which L221-28 cases apply); templates only put them into words. These tests pin the
 * facts themselves, one config at a time, so a broken computation fails here before any text.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../src/config/schema.js";
import { hasMessage } from "../src/text/i18n.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy, type PolicyModel } from "../src/policy/model.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { templates } from "../src/generated/assets.js";
import { exampleText } from "./helpers.js";

const base = parse(exampleText) as ConfigInput;

/** The model of the example shop with `returns`, `refunds`, `sectors` or `withdrawal` changed. */
function model(change: { returns?: Partial<ConfigInput["returns"]>; refunds?: Partial<NonNullable<ConfigInput["refunds"]>>; sectors?: ConfigInput["sectors"]; withdrawal?: Partial<ConfigInput["withdrawal"]> }): PolicyModel {
  const input = {
    ...base,
    ...(change.sectors ? { sectors: change.sectors } : {}),
    withdrawal: { ...base.withdrawal, ...change.withdrawal },
    returns: { ...base.returns, ...change.returns },
    refunds: { ...base.refunds, ...change.refunds },
  };
  return buildPolicy(configSchema.parse(input), frRuleset.version);
}

describe("return costs as tagged values", () => {
  it("a free store and a capped postal return: free, then the carrier's price up to the cap (L221-23)", () => {
    const m = model({
      returns: {
        costs: { payer: "capped", cap: 5 },
        methods: [{ type: "store" }, { type: "post", label: "customer" }],
      },
    });
    expect(m.returns.methods.map((r) => r.cost)).toEqual([
      { kind: "free", postageRefund: false },
      { kind: "carrier", atMost: 5 },
    ]);
    expect(m.returns.customerPays).toEqual({ kind: "capped", max: 5 });
    expect(m.returns.freeMethods).toEqual(["store"]);
    expect(m.returns.postageRefund).toEqual({ full: false, above: 5 });
  });

  it("a fixed price above the cap costs the cap and the rest of the postage is paid back", () => {
    const m = model({ returns: { costs: { payer: "capped", cap: 5.95 }, methods: [{ type: "relay", label: "customer", price: 8 }] } });
    expect(m.returns.methods[0]?.cost).toEqual({ kind: "amount", amount: 5.95, atMost: false, deducted: false, excessRefund: true });
    expect(m.returns.postageRefund).toEqual({ full: false, above: 5.95 });
  });

  it("a fixed price under the cap is that price, nothing to pay back", () => {
    const m = model({ returns: { costs: { payer: "capped", cap: 5.95 }, methods: [{ type: "relay", label: "customer", price: 4 }] } });
    expect(m.returns.methods[0]?.cost).toEqual({ kind: "amount", amount: 4, atMost: false, deducted: false, excessRefund: false });
    expect(m.returns.postageRefund).toBeUndefined();
  });

  it("a shop that pays: every method free, the customer's postage paid back in full", () => {
    const m = model({ returns: { costs: { payer: "merchant" }, methods: [{ type: "post", label: "customer" }, { type: "relay", label: "prepaid" }] } });
    expect(m.returns.methods.map((r) => r.cost)).toEqual([
      { kind: "free", postageRefund: true },
      { kind: "free", postageRefund: false },
    ]);
    expect(m.returns.customerPays).toEqual({ kind: "free" });
    expect(m.returns.freeMethods).toEqual([]);
    expect(m.returns.postageRefund).toEqual({ full: true });
  });

  it("a customer who pays: a label the shop sells is deducted from the refund; the overall fact is the actual cost", () => {
    const m = model({ returns: { costs: { payer: "customer" }, methods: [{ type: "post", label: "prepaid", price: 4.5 }, { type: "post", label: "customer" }] } });
    expect(m.returns.methods.map((r) => r.cost)).toEqual([
      { kind: "amount", amount: 4.5, atMost: false, deducted: true, excessRefund: false },
      { kind: "carrier" },
    ]);
    expect(m.returns.customerPays).toEqual({ kind: "actual" });
    expect(m.returns.labelDeducted).toBe(true);
    expect(m.returns.postageRefund).toBeUndefined();
  });

  it("a label we provide, without its price, under a cap: the cap at most, taken from the refund, no carrier's receipt to keep", () => {
    const m = model({ returns: { costs: { payer: "capped", cap: 5.95 }, methods: [{ type: "relay", label: "printable" }, { type: "post", label: "prepaid" }, { type: "post", label: "customer" }] } });
    expect(m.returns.methods.map((r) => r.cost)).toEqual([
      { kind: "amount", amount: 5.95, atMost: true, deducted: true, excessRefund: false },
      { kind: "amount", amount: 5.95, atMost: true, deducted: true, excessRefund: false },
      { kind: "carrier", atMost: 5.95 },
    ]);
    expect(m.returns.labelDeducted).toBe(true);
    const labelsOnly = model({ returns: { costs: { payer: "capped", cap: 5.95 }, methods: [{ type: "relay", label: "printable" }] } });
    expect(labelsOnly.returns.postageRefund).toBeUndefined();
    const text = renderMarkdown(labelsOnly);
    expect(text).toContain("5,95\u00A0€ au plus, déduits de votre remboursement");
    expect(text).not.toContain("reçu du transporteur");
  });

  it("a price of 0 is free even when the customer pays returns", () => {
    const m = model({ returns: { costs: { payer: "customer" }, methods: [{ type: "relay", label: "printable", price: 0 }] } });
    expect(m.returns.methods[0]?.cost).toEqual({ kind: "free", postageRefund: false });
    expect(m.returns.customerPays).toEqual({ kind: "free" });
  });

  it("a home pick-up costs the estimate at most, or a quote without one (L221-5 8°)", () => {
    const estimated = model({ sectors: ["furniture"], returns: { costs: { payer: "customer", bulkyEstimate: 59 }, methods: [{ type: "pickup" }] } });
    expect(estimated.returns.methods[0]?.cost).toEqual({ kind: "amount", amount: 59, atMost: true, deducted: false, excessRefund: false });
    expect(estimated.returns.bulky).toBe(true);
    const quoted = model({ sectors: ["furniture"], returns: { costs: { payer: "customer" }, methods: [{ type: "pickup" }] } });
    expect(quoted.returns.methods[0]?.cost).toEqual({ kind: "quote" });
  });

  it("free for one sector: the paying method says how it is free for it (postage paid back, or a free label)", () => {
    const m = model({
      sectors: ["fashion", "shoes"],
      returns: { costs: { payer: "customer", freeFor: ["shoes", "toys"] }, methods: [{ type: "post", label: "customer", price: 7 }, { type: "relay", label: "printable", price: 4 }] },
    });
    expect(m.returns.freeFor).toEqual(["shoes"]);
    expect(m.returns.methods.map((r) => r.freeForHow)).toEqual(["postage-refund", "free-label"]);
    expect(m.returns.postageRefund).toEqual({ full: true });
    expect(m.returns.customerPays).toEqual({ kind: "actual" });
  });
});

describe("other facts the text states", () => {
  it("the refund may wait for the goods, not when the shop offers to collect them, never without goods (L221-24 al. 3)", () => {
    expect(model({ refunds: { waitForGoods: true }, returns: { methods: [{ type: "post", label: "prepaid", price: 5 }] } }).refunds.wait).toEqual({ kind: "goods-or-proof" });
    expect(model({ refunds: { waitForGoods: true }, returns: { methods: [{ type: "post", label: "prepaid", price: 5 }, { type: "pickup" }] } }).refunds.wait).toEqual({
      kind: "not-when-collecting",
    });
    expect(model({ refunds: { waitForGoods: false } }).refunds.wait).toEqual({ kind: "none" });
    expect(model({ sectors: ["digital-content"], refunds: { waitForGoods: true } }).refunds.wait).toEqual({ kind: "none" });
  });

  it("a return address only when something goes by post or relay; packaging never a condition", () => {
    expect(model({ returns: { methods: [{ type: "store" }, { type: "relay", label: "printable", price: 3 }] } }).returns.byParcel).toBe(true);
    expect(model({ returns: { methods: [{ type: "store" }, { type: "warehouse" }] } }).returns.byParcel).toBe(false);
    expect(model({ returns: { originalPackaging: "not-required" } }).returns.packagingNotNeeded).toBe(true);
    expect(model({ returns: { originalPackaging: "preferred" } }).returns.packagingNotNeeded).toBe(false);
  });

  it("exceptions are ids and articles, in item order, the waiver cases only with the waiver flow (L221-28)", () => {
    expect(model({ sectors: ["cosmetics", "food"] }).exceptions).toEqual([
      { item: 4, article: "L221-28 4°" },
      { item: 5, article: "L221-28 5°" },
    ]);
    expect(model({ sectors: ["software"], withdrawal: { expressWaiver: false } }).exceptions.map((e) => e.item)).toEqual([9]);
    expect(model({ sectors: ["software"], withdrawal: { expressWaiver: true } }).exceptions.map((e) => e.item)).toEqual([9, 13]);
    expect(model({ withdrawal: { exceptions: [12, 3, 3] } }).exceptions.map((e) => e.item)).toEqual([3, 12]);
  });

  it("every L221-28 case has its wording in the French locale, and the policy prints it, not its key", () => {
    const items = Array.from({ length: 13 }, (_, i) => i + 1);
    for (const item of items) expect(hasMessage("fr", `policy.exceptions.${item}`), `policy.exceptions.${item}`).toBe(true);
    const text = renderMarkdown(model({ sectors: ["digital-content", "leisure-services", "general"], withdrawal: { expressWaiver: true, exceptions: items } }));
    expect(text).not.toContain("policy.exceptions");
    expect(text).toMatch(/les contrats conclus lors d’une enchère publique \(L221-28\s11°\)/u);
    expect(text).toContain("les biens ou services dont le prix dépend des fluctuations des marchés financiers");
  });
});

describe("compiled templates, per language", () => {
  it("renders fr, then en, then fr in one process, each with its own templates and labels", () => {
    const policy = model({});
    const french = renderMarkdown(policy);
    expect(french).toContain("# Politique de retour et de rétractation");
    // A second language: its own templates, and its labels and list words from locales/en.yaml.
    const table = {
      ...templates,
      "en/policy.md.hbs": "# Return policy of {{shop.name}}\n\nYou may {{examineList examination.actions}}, unless it is {{beyondList examination.beyond}}.\n\n{{> closing}}\n",
      "en/sections/closing.md.hbs": "Effective {{date effectiveDate}}.\n",
    };
    const english = renderMarkdown(policy, { lang: "en", templates: table });
    expect(english).toContain("# Return policy of Atelier Lumière");
    expect(english).toContain("You may unpack it and try it on, unless it is worn or damaged.");
    expect(english).not.toContain("Politique de retour");
    expect(french).toContain("le déballer et l\u2019essayer");
    expect(french).toContain("(porté ou abîmé)");
    expect(english).toMatch(/Effective 1er\s+décembre\s+2026\./u);
    const again = renderMarkdown(policy, { templates: table });
    expect(again).toBe(french);
    expect(renderMarkdown(policy, { lang: "en", templates: table })).toBe(english);
    // The embedded templates have no English policy: asking for one is an error, never the French text.
    expect(() => renderMarkdown(policy, { lang: "en" })).toThrow(/no policy template for en/u);
    expect(renderMarkdown(policy)).toBe(french);
  });
});

describe("ways to withdraw", () => {
  const fn = (base.withdrawal as { onlineFunction: { url: string } }).onlineFunction;
  it("a form at the address of the withdrawal function is that function, listed once", () => {
    for (const form of [fn.url, `${fn.url}/`, fn.url.replace("https://", "HTTPS://")]) {
      const policy = model({ withdrawal: { onlineForm: form } });
      expect(policy.withdrawal.onlineForm, form).toBeUndefined();
      const text = renderMarkdown(policy);
      expect(text).not.toContain("avec notre formulaire en ligne");
      expect(text).not.toContain("remplir et transmettre le modèle de formulaire");
      expect(text).toContain("Renoncer au contrat ici");
    }
  });

  it("a form at another address is a way of its own, in the list and in the model notice", () => {
    const policy = model({ withdrawal: { onlineForm: "https://exemple.fr/formulaire-retractation" } });
    expect(policy.withdrawal.onlineForm).toBe("https://exemple.fr/formulaire-retractation");
    const text = renderMarkdown(policy);
    expect(text).toContain("- avec notre formulaire en ligne\u202F: <https://exemple.fr/formulaire-retractation>\u202F;");
    expect(text).toContain("remplir et transmettre le modèle de formulaire de rétractation ou toute autre déclaration dénuée d’ambiguïté sur notre site internet <https://exemple.fr/formulaire-retractation>");
  });
});
