import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { deepMerge, loadConfig, type ParseCache, type ParsedText } from "../src/config/load.js";
import { jsonSchema } from "../src/config/schema.js";
import { siretValid, suggest } from "../src/config/validate.js";
import { checkOverride, exampleText, memoryReader, ROOT } from "./helpers.js";

const check = (files: Record<string, string>, entry = "/v/a.yaml") => checkLoaded(loadConfig(entry, memoryReader(files)));

describe("YAML loading with positions", () => {
  it("points a schema error at the value's line and column", () => {
    const r = checkOverride("refunds:\n  days: douze\n");
    expect(r.findings).toMatchObject([{ code: "SCHEMA", path: "refunds.days", line: 3, column: 9, file: "/virtual/case.yaml" }]);
    expect(r.findings[0]!.message).toBe("Valeur attendue\u202F: un nombre.");
  });

  it("reports an unknown key at the key, with a suggestion", () => {
    const r = checkOverride("refunds:\n  dayz: 14\n");
    expect(r.findings).toMatchObject([{ path: "refunds.dayz", line: 3, column: 3, rule: "schema/unknown-key" }]);
    expect(r.findings[0]!.message).toContain("Vouliez-vous dire «\u202Fdays\u202F»");
  });

  it("suggests the close enum value", () => {
    const r = checkOverride("sectors: [fashon]\n");
    expect(r.findings[0]).toMatchObject({ path: "sectors.0", line: 2, column: 11 });
    expect(r.findings[0]!.message).toContain("«\u202Ffashion\u202F»");
  });

  it("gives a YAML syntax error its line and column, never a throw", () => {
    const r = check({ "/v/a.yaml": "schemaVersion: 1\nshop:\n  name: x\n   bad: [\n" });
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: "YAML_SYNTAX", file: "/v/a.yaml", line: 3, column: 9 });
  });

  it("refuses duplicate keys at their line", () => {
    const r = check({ "/v/a.yaml": "schemaVersion: 1\nschemaVersion: 1\n" });
    expect(r.findings[0]).toMatchObject({ code: "YAML_SYNTAX", line: 2, column: 1 });
  });

  it("refuses an alias bomb", () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const r = check({ "/v/a.yaml": bomb });
    expect(r.findings[0]).toMatchObject({ rule: "yaml/alias-limit" });
  });

  it("says what is missing, at the parent key", () => {
    const r = check({ "/v/a.yaml": exampleText.replace("  email: bonjour@atelier-lumiere.fr\n", "") });
    expect(r.findings).toMatchObject([{ path: "shop.email", line: 8, column: 1, message: "Champ obligatoire manquant." }]);
  });

  it("checks the SIRET key digit", () => {
    expect(siretValid("123 456 789 00015")).toBe(true);
    expect(siretValid("123 456 789 00012")).toBe(false);
    const r = checkOverride('shop:\n  siret: "123 456 789 00012"\n');
    expect(r.findings).toMatchObject([{ path: "shop.siret", line: 3, column: 10 }]);
  });

  it("only suggests words that are close", () => {
    expect(suggest("refund", ["refunds", "returns"])).toBe("refunds");
    expect(suggest("zzzzzz", ["refunds", "returns"])).toBeUndefined();
  });
});

describe("extends", () => {
  it("merges objects deeply and replaces lists", () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: 3 }, l: [9] })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
  });

  it("reports a value that came from the base file at its place in the base file", () => {
    const r = checkOverride("", { base: exampleText.replace("  days: 14\n  method", "  days: 30\n  method") });
    expect(r.findings).toMatchObject([{ rule: "refund-days", file: "/virtual/base.yaml", path: "refunds.days", article: "L221-24, L242-4" }]);
    expect(r.findings[0]!.line).toBe(exampleText.split("\n").findIndex((l) => l.startsWith("refunds:")) + 2);
  });

  it("points at the child when the child overrides the base", () => {
    const r = checkOverride("refunds:\n  days: 20\n", { base: exampleText });
    expect(r.findings).toMatchObject([{ rule: "refund-days", file: "/virtual/case.yaml", line: 3, column: 9 }]);
  });

  it("detects cycles and shows the chain", () => {
    const r = check({ "/v/a.yaml": "extends: ./b.yaml\n", "/v/b.yaml": "extends: ./a.yaml\n" });
    expect(r.findings).toMatchObject([{ code: "EXTENDS", file: "/v/b.yaml", line: 1, column: 10 }]);
    expect(r.findings[0]!.message).toContain("a.yaml → b.yaml → a.yaml");
  });

  it("reports a missing base at the extends line", () => {
    const r = check({ "/v/a.yaml": "schemaVersion: 1\nextends: ./nope.yaml\n" });
    expect(r.findings).toMatchObject([{ code: "EXTENDS", file: "/v/a.yaml", line: 2, column: 10, message: "Fichier introuvable\u202F: ./nope.yaml" }]);
  });

  it("refuses URLs and absolute paths", () => {
    for (const ref of ["https://example.com/base.yaml", "/etc/passwd"]) {
      const r = check({ "/v/a.yaml": `extends: ${ref}\n` });
      expect(r.findings).toMatchObject([{ code: "EXTENDS", path: "extends", line: 1, column: 10 }]);
    }
  });

  it("parses a base shared by several clients once when given a cache, with the same results, and again once its text changed", () => {
    const base = exampleText.replace("  days: 14\n  method", "  days: 30\n  method");
    const files: Record<string, string> = {
      "/v/base.yaml": base,
      "/v/one.yaml": "extends: ./base.yaml\nshop:\n  name: Une\n",
      "/v/two.yaml": "extends: ./base.yaml\nshop:\n  name: Deux\n",
    };
    const kept = new Map<string, ParsedText>();
    let parsed = 0;
    const bases: ParseCache = { get: (text) => kept.get(text), set: (text, doc) => (parsed++, kept.set(text, doc)) };
    const load = (file: string, cache?: ParseCache) => checkLoaded(loadConfig(file, memoryReader(files), "fr", file, cache ? { bases: cache } : {}), { lang: "fr" });
    for (const file of ["/v/one.yaml", "/v/two.yaml", "/v/one.yaml"]) {
      const r = load(file, bases);
      expect(r).toEqual(load(file));
      expect(r.findings.find((f) => f.rule === "refund-days")).toMatchObject({ file: "/v/base.yaml", path: "refunds.days" });
    }
    // Only the base is kept: each client is read once per run.
    expect(parsed).toBe(1);
    expect([...kept.keys()]).toEqual([base]);
    files["/v/base.yaml"] = exampleText;
    expect(load("/v/two.yaml", bases).findings.find((f) => f.rule === "refund-days")).toBeUndefined();
    expect(parsed).toBe(2);
  });

  it("loads a chain of three files", () => {
    // Each file of the chain sets something of its own; the nearest file wins, findings point into the file that set the value.
    const files = {
      "/v/a.yaml": `extends: ./b.yaml\nrefunds:\n  days: 10\n`,
      "/v/b.yaml": `extends: ./c.yaml\nrefunds:\n  days: 12\nwithdrawal:\n  days: 21\nreturns:\n  shipBackDays: 13\n`,
      "/v/c.yaml": exampleText,
    };
    const r = check(files);
    expect(r.config?.refunds.days).toBe(10);
    expect(r.config?.withdrawal.days).toBe(21);
    expect(r.config?.shop.name).toBe("Atelier Lumière");
    expect(r.findings).toMatchObject([{ rule: "ship-back-days", file: "/v/b.yaml", path: "returns.shipBackDays", line: 7 }]);
    expect(r.findings).toHaveLength(1);
  });
});

describe("returns, for shops that deliver nothing", () => {
  const digital = readFileSync(join(ROOT, "examples", "partitions-pixel.yaml"), "utf8");
  const only = (sectors: string) => check({ "/v/a.yaml": digital.replace(/^sectors: .*$/mu, `sectors: [${sectors}]`) });

  it("digital content or leisure services alone: no returns block needed, none printed", () => {
    expect(digital).not.toMatch(/^returns:/mu);
    for (const sectors of ["digital-content", "leisure-services", "digital-content, leisure-services"]) {
      const r = only(sectors);
      expect(r.findings.filter((f) => f.severity === "error"), sectors).toEqual([]);
      expect(r.config!.returns).toMatchObject({ costs: { payer: "merchant" }, methods: [{ type: "post" }] });
    }
  });

  it("as soon as one sector delivers goods (software: boxed copies too), returns is required at its place", () => {
    for (const sectors of ["fashion", "digital-content, books-media", "software"]) {
      const r = only(sectors);
      expect(r.config, sectors).toBeUndefined();
      expect(r.findings, sectors).toContainEqual(expect.objectContaining({ code: "SCHEMA", path: "returns", severity: "error", message: expect.stringContaining("dès qu’un des secteurs livre des biens") }));
    }
  });

  it("the JSON Schema asks editors for returns only when a sector delivers goods", () => {
    const schema = jsonSchema() as { required: string[]; allOf: { if: { properties: { sectors: { contains: { enum: string[] } } } }; then: { required: string[] } }[] };
    expect(schema.required).not.toContain("returns");
    const rule = schema.allOf[0]!;
    expect(rule.then.required).toEqual(["returns"]);
    expect(rule.if.properties.sectors.contains.enum).toContain("software");
    expect(rule.if.properties.sectors.contains.enum).not.toContain("digital-content");
    expect(rule.if.properties.sectors.contains.enum).not.toContain("leisure-services");
  });
});

describe("JSON Schema", () => {
  it("is the committed schema.json, generated from the one definition", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "schema.json"), "utf8"));
    expect(committed).toEqual(jsonSchema());
  });

  it("describes every top-level key and forbids unknown ones", () => {
    const schema = jsonSchema() as { properties: Record<string, { description?: string }>; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    for (const [key, prop] of Object.entries(schema.properties)) {
      if (key === "$schema") continue;
      expect(prop.description, key).toBeTruthy();
    }
  });
});
