/**
 * Issue 12, item 6: one table of the config's strings (src/config/free-text.ts). The wording rules
 * read every free-text field of it; the renderer refuses any string the table does not list; and a
 * walk over the schema's string fields shows every field that reaches an output is in the table.
 * `__proto__`, `constructor` and `prototype` keys are refused in every file, `extends` or not.
 */
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { FREE_TEXT_FIELDS, matchesField, SHAPED_STRING_FIELDS, stringKind } from "../src/config/free-text.js";
import { configSchema, jsonSchema } from "../src/config/schema.js";
import { frRuleset } from "../src/law/fr/index.js";
import { freeTexts } from "../src/law/fr/wording.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { FORMATS, renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { checkOverride } from "./helpers.js";
import { pdfPages } from "./pdf-text.js";

type Key = string | number;

const UNLAWFUL = "Soldes : ni repris ni échangés.";

/** YAML overrides (on top of the example) that put `text` in one free-text field. */
const PLACES: Record<string, (text: string) => string> = {
  "shop.name": (v) => `shop:\n  name: ${JSON.stringify(v)}\n`,
  "shop.legalName": (v) => `shop:\n  legalName: ${JSON.stringify(v)}\n`,
  "shop.rcs": (v) => `shop:\n  rcs: ${JSON.stringify(v)}\n`,
  "shop.phone": (v) => `shop:\n  phone: ${JSON.stringify(v)}\n`,
  "shop.address.street": (v) => `shop:\n  address: { street: ${JSON.stringify(v)}, postalCode: "69003", city: Lyon }\n`,
  "shop.address.city": (v) => `shop:\n  address: { street: 1 rue A, postalCode: "69003", city: ${JSON.stringify(v)} }\n`,
  "withdrawal.onlineFunction.location": (v) => `withdrawal:\n  onlineFunction:\n    location: ${JSON.stringify(v)}\n`,
  "withdrawal.onlineFunction.label": (v) => `withdrawal:\n  onlineFunction:\n    label: ${JSON.stringify(`Renoncer au contrat ici. ${v}`)}\n`,
  "withdrawal.onlineFunction.confirmLabel": (v) => `withdrawal:\n  onlineFunction:\n    confirmLabel: ${JSON.stringify(`Confirmer la rétractation. ${v}`)}\n`,
  "mediator.name": (v) => `mediator:\n  name: ${JSON.stringify(v)}\n`,
  "mediator.address": (v) => `mediator:\n  address: ${JSON.stringify(v)}\n`,
  "returns.methods.0.carrier": (v) => `returns:\n  methods:\n    - type: post\n      carrier: ${JSON.stringify(v)}\n`,
  "returns.methods.0.notes": (v) => `returns:\n  methods:\n    - type: post\n      notes: ${JSON.stringify(v)}\n`,
  "returns.methods.0.locations.0": (v) => `returns:\n  methods:\n    - type: store\n      locations: [${JSON.stringify(v)}]\n`,
  "returns.address.street": (v) => `returns:\n  address: { street: ${JSON.stringify(v)}, postalCode: "69003", city: Lyon }\n`,
  "returns.address.city": (v) => `returns:\n  address: { street: 1 rue A, postalCode: "69003", city: ${JSON.stringify(v)} }\n`,
  "returns.addressName": (v) => `returns:\n  addressName: ${JSON.stringify(v)}\n`,
  "guarantees.commercial.text": (v) => `guarantees:\n  commercial: { months: 24, text: ${JSON.stringify(v)} }\n`,
  "guarantees.commercial.guarantor": (v) => `guarantees:\n  commercial: { months: 24, guarantor: ${JSON.stringify(v)} }\n`,
  "guarantees.commercial.territory": (v) => `guarantees:\n  commercial: { months: 24, territory: ${JSON.stringify(v)} }\n`,
  "support.phone": (v) => `support:\n  phone: ${JSON.stringify(v)}\n`,
  "support.hours": (v) => `support:\n  hours: ${JSON.stringify(v)}\n`,
  "customClauses.0.title": (v) => `customClauses:\n  - title: ${JSON.stringify(v)}\n    text: Merci.\n`,
  "customClauses.0.text": (v) => `customClauses:\n  - title: Soldes\n    text: ${JSON.stringify(v)}\n`,
};

const generic = (path: string) => path.replace(/\.\d+(?=\.|$)/gu, ".*");

describe("the free-text table drives the wording rules", () => {
  it("has a case here for every free-text field of the table, and nothing else", () => {
    expect(new Set(Object.keys(PLACES).map(generic))).toEqual(new Set(FREE_TEXT_FIELDS));
  });

  for (const [path, yamlFor] of Object.entries(PLACES)) {
    it(`an unlawful sentence in ${path} is an error at that field (and is otherwise lawful)`, () => {
      const yaml = yamlFor(UNLAWFUL);
      const r = checkOverride(yaml);
      const found = r.findings.filter((f) => f.path === path && f.severity === "error");
      expect(found.map((f) => f.rule), JSON.stringify(r.findings.map((f) => [f.path, f.rule]))).toContain("clause-sale-items");
      expect(found[0]!.file).toBe("/virtual/case.yaml");
      expect(found[0]!.line).toBeGreaterThan(1);
      // The same field with harmless text passes: the error is the sentence, not the field.
      expect(checkOverride(yamlFor("Mon compte")).findings.filter((f) => f.severity === "error")).toEqual([]);
    });
  }

  it("freeTexts() lists exactly the table's values", () => {
    const config = checkOverride(PLACES["returns.methods.0.carrier"]!("Colissimo")).config!;
    const paths = freeTexts(config).map((f) => generic(f.path));
    for (const p of paths) expect(FREE_TEXT_FIELDS as readonly string[]).toContain(p);
    expect(paths).toContain("returns.methods.*.carrier");
    expect(paths).toContain("shop.legalName");
  });
});

// ——— Every string field of the schema, with a marker in it, rendered in every format. ———

interface JsonNode {
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  anyOf?: JsonNode[];
}

/** Every string field of the JSON Schema, with `*` for list items, and whether it is free-form. */
function schemaStrings(node: JsonNode, at: string[] = [], out = new Map<string, "plain" | "url" | "email" | "fixed">()) {
  if (node.properties) for (const [k, v] of Object.entries(node.properties)) schemaStrings(v, [...at, k], out);
  if (node.items) schemaStrings(node.items, [...at, "*"], out);
  for (const alt of node.anyOf ?? []) schemaStrings(alt, at, out);
  if (node.type === "string" || node.enum || node.const !== undefined) {
    const kind =
      node.enum || node.const !== undefined || node.format === "date"
        ? "fixed"
        : node.format === "email"
          ? "email"
          : node.pattern?.startsWith("^https?")
            ? "url"
            : node.pattern
              ? "fixed"
              : "plain";
    out.set(at.join("."), kind);
  }
  return out;
}

const STRINGS = schemaStrings(jsonSchema() as JsonNode);

/** A config with every string field the schema has set (lists given enough items), each to its own marker. */
function markedConfig() {
  const markers = new Map<string, string>();
  let n = 0;
  const mark = (path: string, kind: string) => {
    const m = `Qz${String(++n).padStart(3, "0")}zQ`;
    markers.set(m, path);
    return kind === "url" ? `https://a.fr/${m}` : kind === "email" ? `${m.toLowerCase()}@a.fr` : m;
  };
  const base = checkOverride("").config!;
  const cfg = structuredClone(base) as unknown as Record<string, unknown>;
  const set = (path: Key[], value: unknown) => {
    let node = cfg as Record<Key, unknown>;
    for (const k of path.slice(0, -1)) {
      node[k] ??= typeof path[path.indexOf(k) + 1] === "number" ? [] : {};
      node = node[k] as Record<Key, unknown>;
    }
    node[path[path.length - 1]!] = value;
  };
  cfg.mediator = { name: "M", website: "https://m.fr" };
  cfg.guarantees = { commercial: { months: 12, text: "G" } };
  cfg.customClauses = [{ title: "T", text: "X" }];
  (cfg.returns as Record<string, unknown>).methods = (["post", "relay", "store", "pickup", "warehouse"] as const).map((type) => ({ type, label: "printable", price: 0 }));
  (cfg.returns as Record<string, unknown>).address = { street: "1 rue A", postalCode: "69003", city: "Lyon", country: "FR" };
  const support = cfg.support as Record<string, unknown>;
  support.phone = "0400000000";
  support.chat = true;
  for (const [field, kind] of STRINGS) {
    if (kind === "fixed" || field === "$schema" || field === "extends") continue;
    const concrete: Key[][] = field.includes("*")
      ? field.startsWith("returns.methods.*")
        ? [0, 1, 2, 3, 4].map((i) => field.split(".").map((p, j) => (p === "*" ? (j === 2 ? i : 0) : p)))
        : [field.split(".").map((p) => (p === "*" ? 0 : p))]
      : [field.split(".")];
    for (const path of concrete) set(path, mark(path.join("."), kind));
  }
  return { config: configSchema.parse(cfg), markers };
}

describe("a string field cannot reach a policy without being in the table", () => {
  it("classifies every string field of the schema (free text or shaped), and lists no field the schema lacks", () => {
    for (const [field, kind] of STRINGS) {
      const kindInTable = stringKind(field.split(".").map((p) => (p === "*" ? 0 : p)));
      expect(kindInTable, field).toBeDefined();
      // `$schema` and `extends` are read by the loader and editors, never printed.
      if (kind === "plain" && field !== "$schema" && field !== "extends") expect(kindInTable, `${field} is free-form: it must be free text`).toBe("free");
    }
    for (const field of FREE_TEXT_FIELDS) expect([...STRINGS.keys()], field).toContain(field);
  });

  it("every field whose marker reaches md, html, fragment, pdf or jsonld is in the table (free text when free-form)", { timeout: 60_000, tags: ["pdf"] }, async () => {
    const { config, markers } = markedConfig();
    const policy = buildPolicy(config, frRuleset.version);
    const files = await renderFiles(policy, FORMATS, { fontLoader: notoSansFonts });
    const outputs = files.map((f) => (typeof f.content === "string" ? f.content : pdfPages(f.content).join("\n"))).join("\n");
    const reached = [...markers].filter(([m]) => outputs.includes(m) || outputs.includes(m.toLowerCase())).map(([, path]) => generic(path));
    // The walk is meaningful: most of the fields do reach the outputs.
    expect(new Set(reached).size).toBeGreaterThanOrEqual(20);
    for (const path of reached) {
      const concrete = path.split(".").map((p) => (p === "*" ? 0 : p));
      const kind = STRINGS.get(path);
      expect(stringKind(concrete), path).toBeDefined();
      if (kind === "plain") expect(FREE_TEXT_FIELDS as readonly string[], path).toContain(path);
    }
    // …and every free-text field the renderer prints is one the wording rules read.
    for (const field of FREE_TEXT_FIELDS) {
      if (reached.includes(field)) expect(freeTexts(config).some((f) => generic(f.path) === field), field).toBe(true);
    }
  });

  it("the renderer refuses a string field the table does not list", () => {
    const policy = buildPolicy(checkOverride("").config!, frRuleset.version);
    const sneaky = { ...policy, shop: { ...policy.shop, slogan: "Ni repris ni échangé" } };
    expect(() => renderMarkdown(sneaky)).toThrow(/shop\.slogan is not in the free-text table/u);
    expect(matchesField("returns.methods.*.carrier", ["returns", "methods", 3, "carrier"])).toBe(true);
    expect(matchesField("returns.methods.*.carrier", ["returns", "methods", "x", "carrier"])).toBe(false);
  });

  it("has no field both free and shaped", () => {
    for (const f of FREE_TEXT_FIELDS) expect(SHAPED_STRING_FIELDS as readonly string[]).not.toContain(f);
  });
});

describe("reserved keys (__proto__, constructor, prototype) are refused in every file", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    for (const [where, yaml] of [
      ["under shop", `shop:\n  ${key}:\n    name: Hidden\n`],
      ["at the top", `${key}:\n  name: Hidden\n`],
      ["in a list item", `returns:\n  methods:\n    - type: post\n      ${key}: { carrier: Hidden }\n`],
    ] as const) {
      it(`${key} ${where}, through extends: a finding at the key, nothing hidden used`, () => {
        const r = checkOverride(yaml);
        expect(r.ok).toBe(false);
        const f = r.findings.find((x) => x.rule === "schema/reserved-key");
        expect(f, JSON.stringify(r.findings)).toMatchObject({ file: "/virtual/case.yaml", severity: "error" });
        expect(f!.message).toContain(`«\u202F${key}\u202F»`);
        expect(f!.line).toBe(yaml.split("\n").findIndex((l) => l.includes(key)) + 2);
      });
    }
    it(`${key} in the base file is refused too, at the base file's line`, () => {
      const base = stringify({ ...checkOverride("").config, shop: { ...checkOverride("").config!.shop } }).replace("shop:\n", `shop:\n  ${key}:\n    name: Hidden\n`);
      const r = checkOverride("", { base });
      expect(r.ok).toBe(false);
      expect(r.findings.find((x) => x.rule === "schema/reserved-key")).toMatchObject({ file: "/virtual/base.yaml" });
    });
  }

  it("the reported repro: shop: {__proto__: {name: Hidden}} with extends no longer names the shop", () => {
    const r = checkOverride("shop: {__proto__: {name: Hidden}}\n");
    expect(r.ok).toBe(false);
    expect(r.config).toBeUndefined();
  });
});
