/**
 * Behaviour of src/law outside the rules that `npm run mutation` showed no test pinned
 * (docs/mutation.md): the check pipeline (check.ts), the mediator list (mediators.ts), the L221-28
 * exceptions (exceptions.ts) and the free-text helpers the wording rules share (wording.ts).
 */
import { describe, expect, it } from "vitest";
import type { Config } from "../src/config/schema.js";
import { loadConfig } from "../src/config/load.js";
import { checkLoaded, judgementDate } from "../src/law/check.js";
import { exceptionsFor } from "../src/law/fr/exceptions.js";
import { findMediator, MEDIATORS, mediators } from "../src/law/fr/mediators.js";
import { clauseReport, clauseRule, findSentences, normalize, type FoundClause } from "../src/law/fr/wording.js";
import type { Rule, RuleReport, Ruleset } from "../src/law/types.js";
import { checkOverride, exampleText, memoryReader } from "./helpers.js";

describe("judgementDate: the date the law is judged at", () => {
  it("--as-of wins over today and the effective date", () => {
    expect(judgementDate("2026-12-01", { asOf: "2025-01-01", today: "2027-01-01" })).toEqual({ date: "2025-01-01", reason: "as-of" });
  });

  it("today when it is later than the effective date", () => {
    expect(judgementDate("2026-12-01", { today: "2026-12-02" })).toEqual({ date: "2026-12-02", reason: "today" });
  });

  it("the effective date when today is that day, earlier, or unknown", () => {
    expect(judgementDate("2026-12-01", { today: "2026-12-01" })).toEqual({ date: "2026-12-01", reason: "effective-date" });
    expect(judgementDate("2026-12-01", { today: "2026-11-30" })).toEqual({ date: "2026-12-01", reason: "effective-date" });
    expect(judgementDate("2026-12-01", {})).toEqual({ date: "2026-12-01", reason: "effective-date" });
  });
});

describe("checkLoaded: findings of the law, positioned and sorted", () => {
  const files = {
    "/v/base.yaml": exampleText,
    "/v/case.yaml": "extends: ./base.yaml\nshop:\n  name: Boutique Test\n  email: contact@boutique-test.fr\n",
  };
  const loaded = () => loadConfig("/v/case.yaml", memoryReader(files));

  function probe(id: string, severity: Rule["severity"], reports: RuleReport[]): Rule {
    return {
      id,
      article: "L221-18",
      severity,
      paths: ["shop"],
      summary: { fr: `Sonde ${id}.`, en: `Probe ${id}.` },
      messages: { m: { fr: "Message en français.", en: "Message in English." } },
      check: () => reports,
    };
  }
  const ruleset = (...rules: Rule[]): Ruleset => ({ jurisdiction: "FR", version: "9.9.9-test", rules });

  it("errors first, then warnings, then information; within each, by file, line and column", () => {
    const rules = ruleset(
      probe("info-base", "info", [{ messageId: "m", path: "withdrawal.days" }]),
      probe("warn-case-email", "warning", [{ messageId: "m", path: "shop.email" }]),
      probe("warn-case-name", "warning", [{ messageId: "m", path: "shop.name" }]),
      probe("warn-base", "warning", [{ messageId: "m", path: "shop.legalName" }]),
      probe("error-base", "error", [{ messageId: "m", path: "returns.shipBackDays" }]),
      probe("error-case", "error", [{ messageId: "m", path: "shop.email" }]),
    );
    const result = checkLoaded(loaded(), { ruleset: rules });
    expect(result.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ["error-base", "/v/base.yaml", 33],
      ["error-case", "/v/case.yaml", 4],
      ["warn-base", "/v/base.yaml", 10],
      ["warn-case-name", "/v/case.yaml", 3],
      ["warn-case-email", "/v/case.yaml", 4],
      ["info-base", "/v/base.yaml", 20],
    ]);
    expect(result.ok).toBe(false);
    expect(result.rulesetVersion).toBe("9.9.9-test");
  });

  it("on one line, by column: a key before its value", () => {
    const rules = ruleset(probe("value", "error", [{ messageId: "m", path: "shop.name" }]), probe("key", "error", [{ messageId: "m", path: "shop.name", key: true }]));
    expect(checkLoaded(loaded(), { ruleset: rules }).findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ["key", 3, 3],
      ["value", 3, 9],
    ]);
  });

  it("points at the needle inside a value", () => {
    const rules = ruleset(probe("needle", "warning", [{ messageId: "m", path: "shop.email", needle: "boutique" }]));
    const [f] = checkLoaded(loaded(), { ruleset: rules }).findings;
    expect([f?.line, f?.column, f?.endColumn]).toEqual([4, 18, 26]);
  });

  it("warnings alone leave the policy renderable; the messages are French unless asked", () => {
    const rules = ruleset(probe("warn", "warning", [{ messageId: "m", path: "shop.name" }]));
    const fr = checkLoaded(loaded(), { ruleset: rules });
    expect(fr.ok).toBe(true);
    expect(fr.findings.map((f) => f.message)).toEqual(["Message en français."]);
    expect(checkLoaded(loaded(), { ruleset: rules, lang: "en" }).findings.map((f) => f.message)).toEqual(["Message in English."]);
  });

  it("passes the judgement date to the rules and says why it is that date", () => {
    const seen: string[] = [];
    const dated: Rule = { ...probe("dated", "info", []), check: ({ asOf }) => (seen.push(asOf), []) };
    const rules = ruleset(dated);
    expect(checkLoaded(loaded(), { ruleset: rules })).toMatchObject({ asOf: "2026-12-01", asOfReason: "effective-date" });
    expect(checkLoaded(loaded(), { ruleset: rules, today: "2027-03-04" })).toMatchObject({ asOf: "2027-03-04", asOfReason: "today" });
    expect(checkLoaded(loaded(), { ruleset: rules, asOf: "2026-06-18" })).toMatchObject({ asOf: "2026-06-18", asOfReason: "as-of" });
    expect(seen).toEqual(["2026-12-01", "2027-03-04", "2026-06-18"]);
  });

  it("a config the schema rejects: no law checked, no reason for a date it did not compute", () => {
    const bad = loadConfig("/v/bad.yaml", memoryReader({ "/v/bad.yaml": "schemaVersion: 1\n" }));
    const result = checkLoaded(bad, { asOf: "2026-01-02" });
    expect(result.config).toBeUndefined();
    expect(result.ok).toBe(false);
    expect(result.asOf).toBe("2026-01-02");
    expect("asOfReason" in result).toBe(false);
    expect(result.findings.every((f) => f.code !== "LAW")).toBe(true);
    expect(checkLoaded(bad).asOf).toBeUndefined();
  });

  it("uses the French ruleset by default", () => {
    const result = checkOverride("withdrawal:\n  days: 13\n");
    expect(result.findings.some((f) => f.rule === "withdrawal-days" && f.severity === "error")).toBe(true);
  });
});

describe("findMediator: by website first, then by name", () => {
  const fevad = MEDIATORS.find((m) => m.hosts.includes("mediateurfevad.fr"));
  const medicys = MEDIATORS.find((m) => m.status === "withdrawn");

  it("the host, with or without www., or a sub-domain of it", () => {
    expect(findMediator({ name: "?", website: "https://mediateurfevad.fr/saisir" })).toBe(fevad);
    expect(findMediator({ name: "?", website: "https://www.mediateurfevad.fr" })).toBe(fevad);
    expect(findMediator({ name: "?", website: "https://saisine.mediateurfevad.fr" })).toBe(fevad);
    expect(findMediator({ name: "?", website: "https://saisine-www.mediateurfevad.fr" })).toBe(fevad);
  });

  it("not a host that only ends with the same letters", () => {
    expect(findMediator({ name: "Médiateur", website: "https://faux-mediateurfevad.fr" })).toBeUndefined();
  });

  it("the website wins over the name", () => {
    expect(findMediator({ name: "Médiateur FEVAD", website: "https://www.medicys.fr" })).toBe(medicys);
  });

  it("by name, whatever the case and accents, when the site is unknown or not a URL", () => {
    expect(findMediator({ name: "MÉDIATEUR DU LIVRE", website: "https://example.invalid" })?.status).toBe("not-consumer");
    expect(findMediator({ name: "Medicys", website: "pas une adresse" })).toBe(medicys);
    expect(findMediator({ name: "Un autre médiateur", website: "pas une adresse" })).toBeUndefined();
  });

  it("the wizard's list: referenced mediators with a site, none withdrawn", () => {
    expect(mediators.length).toBeGreaterThan(0);
    expect(mediators.every((m) => m.status === "referenced" && m.website.startsWith("https://"))).toBe(true);
    expect(mediators.length).toBe(MEDIATORS.filter((m) => m.status === "referenced").length);
  });
});

describe("exceptionsFor: the L221-28 items a shop's policy lists", () => {
  it("each sector's default cases, once each, in item order, cited with their item", () => {
    expect(exceptionsFor(["press", "food", "cosmetics", "food"])).toEqual([
      { item: 4, article: "L221-28 4°" },
      { item: 5, article: "L221-28 5°" },
      { item: 10, article: "L221-28 10°" },
    ]);
    expect(exceptionsFor(["fashion", "general"])).toEqual([]);
  });

  it("1° and 13° only with the express waiver", () => {
    expect(exceptionsFor(["software"]).map((e) => e.item)).toEqual([9]);
    expect(exceptionsFor(["software"], { waiver: true }).map((e) => e.item)).toEqual([9, 13]);
    expect(exceptionsFor(["leisure-services"]).map((e) => e.item)).toEqual([12]);
    expect(exceptionsFor(["leisure-services"], { waiver: true }).map((e) => e.item)).toEqual([1, 12]);
  });

  it("the items the shop lists replace the sector defaults", () => {
    expect(exceptionsFor(["cosmetics"], { items: [12, 3, 3] }).map((e) => e.article)).toEqual(["L221-28 3°", "L221-28 12°"]);
    expect(exceptionsFor(["cosmetics"], { items: [] })).toEqual([]);
    expect(exceptionsFor(["fashion"], { items: [13, 2] }).map((e) => e.item)).toEqual([2]);
  });
});

describe("normalize: lower case, no accents, straight apostrophes, one space", () => {
  it("folds what a shop types", () => {
    expect(normalize("  L\u2019ÉTÉ\u00A0\u00A0–\n\tdéjà  Sœur ").text).toBe("l'ete - deja sœur ");
    expect(normalize("a`b\u2018c\u00B4d\u2011e\u2014f\u202Fg\u2009h").text).toBe("a'b'c'd-e-f g h");
  });

  it("maps each character back to where it was written", () => {
    const n = normalize(" Éa  b");
    expect(n.text).toBe("ea b");
    expect(n.from).toEqual([1, 2, 3, 5]);
    expect(normalize("").text).toBe("");
  });
});

describe("findSentences: sentences of the free text matching every pattern and none of the others", () => {
  const clause = (text: string) => `customClauses:\n  - title: Note\n    text: "${text}"\n`;
  const config = checkOverride(clause("Bienvenue.  Article reconditionné, zorglub ; Livré zorglub scellé ! Sans  zorglubs ?")).config as Config;
  const at = "customClauses.0.text";

  it("quotes each sentence as written, points at the first pattern's words", () => {
    expect(findSentences(config, { all: [/zorglub/u] })).toEqual([
      { path: at, sentence: "Article reconditionné, zorglub ;", needle: "zorglub" },
      { path: at, sentence: "Livré zorglub scellé !", needle: "zorglub" },
      { path: at, sentence: "Sans  zorglubs ?", needle: "zorglub" },
    ]);
    expect(findSentences(config, { all: [/\bre\w+/u, /zorglub/u] })).toEqual([{ path: at, sentence: "Article reconditionné, zorglub ;", needle: "reconditionné" }]);
  });

  it("every pattern must be in the sentence, and none of the excluded ones", () => {
    expect(findSentences(config, { all: [/zorglub/u, /livre/u] }).map((m) => m.sentence)).toEqual(["Livré zorglub scellé !"]);
    expect(findSentences(config, { all: [/zorglub/u], none: [/sans/u, /scelle/u] }).map((m) => m.sentence)).toEqual(["Article reconditionné, zorglub ;"]);
    expect(findSentences(config, { all: [/bienvenue/u, /zorglub/u] })).toEqual([]);
  });

  it("the last sentence counts without its final point", () => {
    const open = checkOverride(clause("Bienvenue. Article zorglub reconditionné")).config as Config;
    expect(findSentences(open, { all: [/zorglub/u] })).toEqual([{ path: at, sentence: "Article zorglub reconditionné", needle: "zorglub" }]);
  });
});

describe("clauseReport: the quote and where to point", () => {
  const found = (text: string, at: [number, number], sentence: [number, number] = [0, text.length]): FoundClause => ({
    pattern: "p",
    rule: "clause-fees",
    category: "fees",
    article: "L221-24",
    severity: "error",
    sentence: { start: sentence[0], end: sentence[1] },
    at: { start: at[0], end: at[1] },
    rewrite: { fr: "Pas de frais : « ici ».", en: "No fees." },
    path: "notes",
    text,
  });

  it("the trigger words when they first occur there, else the sentence up to them", () => {
    const text = "Des frais ? Oui. Des frais de dossier.";
    expect(clauseReport(found(text, [4, 9], [0, 11]), "found").needle).toBe("frais");
    expect(clauseReport(found(text, [21, 26], [17, 38]), "found").needle).toBe("Des frais");
    expect(clauseReport(found(text, [21, 26], [17, 38]), "found").data?.quote).toBe("Des frais de dossier");
  });

  it("quotes the sentence on one line, without its final point, cut after 87 characters", () => {
    const report = clauseReport(found("Des  frais\nde dossier ;.", [5, 10]), "x");
    expect(report).toEqual({
      messageId: "x",
      path: "notes",
      needle: "frais",
      data: { quote: "Des frais de dossier ", rewriteFr: "Pas de frais\u202F: «\u202Fici\u202F».", rewriteEn: "No fees." },
    });
    const long = `${"a".repeat(90)}.`;
    expect(clauseReport(found(long, [0, 1]), "x").data?.quote).toBe("a".repeat(90));
    const longer = "b".repeat(91);
    expect(clauseReport(found(longer, [0, 1]), "x").data?.quote).toBe(`${"b".repeat(87)}…`);
  });

  it("clauseRule: severity error and message id « found » unless told, the table only when given", () => {
    const spec = { id: "clause-fees", article: "L221-24", summary: { fr: "S.", en: "S." }, message: { fr: "Frais : {quote}.", en: "Fees: {quote}." } };
    const rule = clauseRule(spec);
    expect(rule.severity).toBe("error");
    expect(rule.messages).toEqual({ found: { fr: "Frais : {quote}. {rewriteFr}", en: "Fees: {quote}. {rewriteEn}" } });
    expect("table" in rule).toBe(false);
    const other = clauseRule({ ...spec, severity: "warning", messageId: "other", table: ["RF-001"] });
    expect([other.severity, Object.keys(other.messages), other.table]).toEqual(["warning", ["other"], ["RF-001"]]);
    const config = checkOverride('customClauses:\n  - title: Frais\n    text: "Des frais de traitement de 5 € sont retenus."\n').config as Config;
    expect(rule.check({ config, asOf: "2026-12-01" }).map((r) => [r.messageId, r.path, r.needle])).toEqual([["found", "customClauses.0.text", "frais de traitement"]]);
  });
});
