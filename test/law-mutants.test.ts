/**
 * Behaviour of src/law that `npm run mutation` showed no test pinned (docs/mutation.md): each test
 * here fails on a mutant StrykerJS left alive. Small rules made for the test drive the engine, so
 * a failure names the engine, not a rule of the catalogue.
 */
import { describe, expect, it } from "vitest";
import type { Config } from "../src/config/schema.js";
import { checkLaw } from "../src/law/engine.js";
import type { Rule, RuleReport, Ruleset } from "../src/law/types.js";
import { checkOverride, exampleText } from "./helpers.js";

/** The example says its withdrawal page is open to guests; these cases judge a shop that says nothing. */
const withoutGuestAccess = exampleText.replace(/    guestAccess: true\n/u, "");
const config: Config = checkOverride("").config!;

/** A rule reading `paths` that reports `reports` (every message says its data). */
function probe(id: string, paths: string[], reports: RuleReport[] = [{ messageId: "m", path: paths[0] ?? "shop" }]): Rule {
  return {
    id,
    article: "L221-18",
    severity: "error",
    paths,
    summary: { fr: `Sonde ${id}.`, en: `Probe ${id}.` },
    messages: {
      m: { fr: "Secteurs : {sectors} ; secteur : {sector} ; autre : {other} ; nombre : {n}.", en: "Sectors: {sectors}; sector: {sector}; other: {other}; count: {n}." },
      plain: { fr: "Rien à dire.", en: "Nothing to say." },
    },
    check: () => reports,
  };
}

const ruleset = (...rules: Rule[]): Ruleset => ({ jurisdiction: "FR", version: "test", rules });

describe("checkLaw: only the rules reading the paths asked for (the wizard, after one answer)", () => {
  const rules = ruleset(
    probe("cap", ["returns.costs.cap"]),
    probe("withdrawal", ["withdrawal"]),
    probe("costs-x", ["returns.costsX"]),
    probe("name", ["shop.name", "shop.legalName"]),
  );
  const ran = (paths: string[]) => checkLaw(config, rules, { paths }).map((f) => f.rule);

  it("runs every rule when no paths are given", () => {
    expect(checkLaw(config, rules).map((f) => f.rule)).toEqual(["cap", "withdrawal", "costs-x", "name"]);
  });

  it("an answer above a rule's path reaches it, a sibling sharing a prefix does not", () => {
    expect(ran(["returns.costs"])).toEqual(["cap"]);
  });

  it("an answer below a rule's path reaches it", () => {
    expect(ran(["withdrawal.days"])).toEqual(["withdrawal"]);
  });

  it("the same path reaches it, through any one of the rule's paths", () => {
    expect(ran(["shop.legalName"])).toEqual(["name"]);
    expect(ran(["returns.costsX"])).toEqual(["costs-x"]);
  });

  it("a path read by no rule runs none", () => {
    expect(ran(["support.email"])).toEqual([]);
    expect(ran(["returns.cost"])).toEqual([]);
    expect(ran([])).toEqual([]);
  });
});

describe("checkLaw: sector ids in a message are said in words", () => {
  const data = { sectors: "cosmetics, toys", sector: "books-media", other: "cosmetics", n: 3 };
  const say = (lang: "fr" | "en", d: RuleReport["data"]) => checkLaw(config, ruleset(probe("p", ["sectors"], [{ messageId: "m", path: "sectors", data: d }])), { lang })[0]!.message;

  it("in French, `sectors` and `sector` only; other fields and numbers stay as given", () => {
    expect(say("fr", data)).toBe("Secteurs\u202F: les cosmétiques, les jouets\u202F; secteur\u202F: les livres et supports audio ou vidéo\u202F; autre\u202F: cosmetics\u202F; nombre\u202F: 3.");
  });

  it("in English", () => {
    expect(say("en", { ...data, sectors: "fashion, appliances", other: "fashion" })).toBe(
      "Sectors: clothing, household appliances; sector: books and audio or video media; other: fashion; count: 3.",
    );
  });

  it("an id with no words stays an id; a number stays a number", () => {
    expect(say("fr", { sectors: "toys", sector: 7, other: "", n: 0 })).toContain("les jouets\u202F; secteur\u202F: 7\u202F;");
    expect(say("fr", { sectors: "cosmetics, martian-goods", sector: "x", other: "", n: 0 })).toContain("les cosmétiques, martian-goods\u202F; secteur\u202F: x\u202F;");
  });
});

describe("checkLaw: what a report becomes", () => {
  it("a report's own severity, key and needle are kept; the rule's severity is the default", () => {
    const rule = probe("p", ["shop"], [
      { messageId: "plain", path: "shop.name" },
      { messageId: "plain", path: "shop", severity: "warning", key: true, needle: "mot" },
    ]);
    expect(checkLaw(config, ruleset(rule))).toEqual([
      { code: "LAW", rule: "p", severity: "error", path: "shop.name", message: "Rien à dire.", article: "L221-18", messageId: "plain" },
      { code: "LAW", rule: "p", severity: "warning", path: "shop", message: "Rien à dire.", article: "L221-18", messageId: "plain", atKey: true, needle: "mot" },
    ]);
  });

  it("an unknown messageId is a bug of the rule, said with the rule's name", () => {
    expect(() => checkLaw(config, ruleset(probe("broken", ["shop"], [{ messageId: "nope", path: "shop" }])))).toThrow("rule broken: unknown messageId nope");
  });

  it("a rule applies from its `since` date inclusive to its `until` date exclusive", () => {
    const dated = { ...probe("dated", ["shop"], [{ messageId: "plain", path: "shop" }]), since: "2026-06-19", until: "2027-01-01" };
    const at = (asOf: string) => checkLaw(config, ruleset(dated), { asOf }).length;
    expect([at("2026-06-18"), at("2026-06-19"), at("2026-12-31"), at("2027-01-01")]).toEqual([0, 1, 1, 0]);
  });
});

describe("cap-amount: the usual carrier price is 15 € (L221-23), written as a number, not read back from the rule", () => {
  const cap = (v: number, lang: "fr" | "en" = "fr") =>
    checkOverride(`returns:\n  costs: { payer: capped, cap: ${v} }\n  methods: [{ type: post, label: printable, price: 0 }]\n`, { lang }).findings.filter((f) => f.rule === "cap-amount");

  it("15 € is plausible; 15,01 € and 16 € are above it", () => {
    expect(cap(15)).toEqual([]);
    expect(cap(15.01).map((f) => f.messageId)).toEqual(["high"]);
    expect(cap(16).map((f) => f.messageId)).toEqual(["high"]);
  });

  it("the message names the cap and the usual price, in both languages", () => {
    expect(cap(15.01)[0]!.message).toBe(
      "Un plafond de 15,01\u00A0€ dépasse le prix habituel d’un retour par transporteur (environ 15\u00A0€)\u202F: le client ne paie que le coût direct du retour. Vérifiez ce montant.",
    );
    expect(cap(40.5, "en")[0]!.message).toBe("A cap of €40.50 is above a usual carrier return price (about €15): the customer only pays the direct cost of return. Check this amount.");
    expect(cap(40.5, "en")[0]!.data).toEqual({ cap: 40.5, typical: 15 });
  });
});

describe("rules: cases the catalogue tests left open", () => {
  const found = (yaml: string, rule: string, options: { base?: string } = {}) =>
    checkOverride(yaml, options).findings.filter((f) => f.rule === rule).map((f) => `${f.messageId}@${f.path}`);
  const noCap = exampleText.replace("    cap: 5.95\n", "");

  it("bulky goods: one bulky sector among others is enough (L221-5 8°)", () => {
    expect(found("sectors: [fashion, furniture]\nreturns:\n  costs: { payer: customer }\n", "bulky-return-cost")).toEqual(["missing@returns.costs"]);
  });

  it("bulky goods: payer capped bounds the cost only with a cap", () => {
    expect(found("sectors: [furniture]\nreturns:\n  costs: { payer: capped }\n", "bulky-return-cost", { base: noCap })).toEqual(["missing@returns.costs"]);
  });

  it("cap-amount says nothing when there is no cap, whoever pays", () => {
    expect(found("returns:\n  costs: { payer: customer }\n", "cap-amount", { base: noCap })).toEqual([]);
    expect(found("returns:\n  costs: { payer: merchant }\n", "cap-amount", { base: noCap })).toEqual([]);
  });

  it("online function behind a login: an address whose path cannot be decoded is read as typed (D221-5)", () => {
    const r = checkOverride("withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation%E0%A4%A\n", { base: withoutGuestAccess }).findings.filter((f) => f.rule === "online-function-access");
    expect(r.map((f) => `${f.messageId}@${f.path}`)).toEqual(["login@withdrawal.onlineFunction.url"]);
    expect(r[0]!.message).toContain("https://atelier-lumiere.fr/compte/retractation%E0%A4%A");
  });
});

describe("online-function-access names where the login is, as the shop wrote it (D221-5)", () => {
  const where = (yaml: string) => checkOverride(yaml, { base: withoutGuestAccess }).findings.find((f) => f.rule === "online-function-access")?.message;

  it("the address as typed, not its decoded path", () => {
    expect(where("withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/mon_compte/retractation\n")).toContain("(«\u202Fhttps://atelier-lumiere.fr/mon_compte/retractation\u202F»)");
  });

  it("doubled separators in the path (/espace__client//) still read as behind a login", () => {
    expect(where("withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/espace__client//retractation\n")).toContain("espace__client");
  });

  it("the location text", () => {
    expect(where("withdrawal:\n  onlineFunction:\n    location: Mon compte > Mes commandes\n")).toContain("(«\u202FMon compte > Mes commandes\u202F»)");
  });
});

describe("period rules say the number of days given", () => {
  const message = (yaml: string, rule: string, lang: "fr" | "en" = "fr") => checkOverride(yaml, { lang }).findings.find((f) => f.rule === rule)?.message;

  it("withdrawal period (L221-18)", () => {
    expect(message("withdrawal:\n  days: 10\n", "withdrawal-days")).toBe("Le délai de rétractation doit être d’au moins 14\u00A0jours (10 indiqués). Vous pouvez proposer plus, jamais moins.");
    expect(message("withdrawal:\n  days: 10\n", "withdrawal-days", "en")).toContain("(10 given)");
  });

  it("ship-back period (L221-23)", () => {
    expect(message("returns:\n  shipBackDays: 7\n", "ship-back-days")).toContain("(7 indiqués)");
    expect(message("returns:\n  shipBackDays: 7\n", "ship-back-days", "en")).toContain("(7 given)");
  });
});

describe("rules: the lawful side of each condition (survivors of the run on src/law/fr/rules)", () => {
  const found = (yaml: string, rule: string, base?: string) =>
    checkOverride(yaml, base === undefined ? {} : { base }).findings.filter((f) => f.rule === rule).map((f) => `${f.messageId}@${f.path}`);
  const noPhones = exampleText.replace(/  phone: .*\n/gu, "");

  it("shop-phone: the shop's number alone, or the support line's alone, is enough (L111-1 4°)", () => {
    expect(found('shop:\n  phone: "01 00 00 00 00"\n', "shop-phone", noPhones)).toEqual([]);
    expect(found('support:\n  phone: "01 00 00 00 00"\n', "shop-phone", noPhones)).toEqual([]);
    expect(found("", "shop-phone", noPhones)).toEqual(["missing@shop"]);
  });

  it("return-cost-consistency: a price at or under the cap, or any price the customer pays, is consistent (L221-23)", () => {
    const methods = (payer: string, cap: string, price: number) => `returns:\n  costs:\n    payer: ${payer}\n${cap}  methods:\n    - type: post\n      label: printable\n      price: ${price}\n`;
    expect(found(methods("capped", "    cap: 5.95\n", 5.95), "return-cost-consistency")).toEqual([]);
    expect(found(methods("capped", "    cap: 5.95\n", 5.96), "return-cost-consistency")).toEqual(["aboveCap@returns.methods.0.price"]);
    expect(found(methods("customer", "", 12), "return-cost-consistency")).toEqual([]);
    expect(found(methods("merchant", "", 0), "return-cost-consistency")).toEqual([]);
  });

  it("prepaid-label-price: a prepaid label with its price, or a printable one without, needs nothing more (L221-5 8°)", () => {
    const method = (label: string, price: string) => `returns:\n  costs:\n    payer: customer\n  methods:\n    - type: post\n      label: ${label}\n${price}`;
    expect(found(method("prepaid", "      price: 4.5\n"), "prepaid-label-price")).toEqual([]);
    expect(found(method("printable", ""), "prepaid-label-price")).toEqual([]);
    expect(found(method("prepaid", ""), "prepaid-label-price")).toEqual(["noPrice@returns.methods.0.label"]);
  });

  it("drop-off-locations: a warehouse needs its address like a store; post and relay do not", () => {
    const method = (type: string) => `returns:\n  methods:\n    - type: ${type}\n`;
    expect(found(method("warehouse"), "drop-off-locations")).toEqual(["missing@returns.methods.0.type"]);
    expect(found(method("store"), "drop-off-locations")).toEqual(["missing@returns.methods.0.type"]);
    expect(found(method("relay"), "drop-off-locations")).toEqual([]);
    expect(found("returns:\n  methods:\n    - type: warehouse\n      locations: [2 rue du Port, 44000 Nantes]\n", "drop-off-locations")).toEqual([]);
  });

  it("second-hand-presumption: « reconditionné » alone, at the end of a sentence, is second-hand (L217-7)", () => {
    expect(found('customClauses:\n  - title: Occasion\n    text: "Ce téléphone est reconditionné."\n', "second-hand-presumption")).toEqual(["secondHand@customClauses.0.text"]);
  });

  it("withdrawal-start: one sector of goods among services is enough to need « receipt » (L221-18)", () => {
    expect(found("sectors: [digital-content, books-media]\nwithdrawal:\n  startsFrom: order\n", "withdrawal-start")).toEqual(["early@withdrawal.startsFrom"]);
    expect(found("sectors: [digital-content, leisure-services]\nwithdrawal:\n  startsFrom: order\n", "withdrawal-start")).toEqual([]);
  });
});
