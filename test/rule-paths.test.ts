/**
 * A rule's `paths` (what the wizard re-runs it after, and what `check` knows it reads) are kept by
 * hand: here they are checked against what its `check` really reads. Each rule runs on many
 * configs (the examples, the agency's clients, a hostile config and every config of the rule
 * cases) through a Proxy that records each property read; then
 *   - every read is under a declared path (or checks whether a container of one exists), and
 *   - every declared path is read (it, or something under it) by at least one of those configs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { FREE_TEXT_FIELDS, FREE_TEXT_PATHS } from "../src/config/free-text.js";
import { loadConfig, type ReadFile } from "../src/config/load.js";
import { configSchema, type Config } from "../src/config/schema.js";
import { frRuleset } from "../src/law/fr/index.js";
import { freeTexts } from "../src/law/fr/wording.js";
import type { Rule } from "../src/law/types.js";
import { HOSTILE, hostileConfig } from "./fixtures/hostile.js";
import { ROOT } from "./helpers.js";
import { RULE_CASES } from "./rule-cases.js";
import { runRule } from "./rule-tester.js";

interface Read {
  path: string;
  /** The value read was an object, or missing: reading it checks whether something exists. */
  container: boolean;
}

/** Runs `fn` on a copy of `config` behind a Proxy and returns every path it read. */
function readsOf(config: Config, fn: (config: Config) => unknown): Read[] {
  const reads = new Map<string, boolean>();
  const note = (path: readonly string[], value: unknown) => {
    const key = path.join(".");
    if (key !== "") reads.set(key, (reads.get(key) ?? false) || value === undefined || value === null || typeof value === "object");
  };
  const wrap = (value: unknown, path: readonly string[]): unknown => {
    if (value === null || typeof value !== "object") return value;
    const isList = Array.isArray(value);
    return new Proxy(value as object, {
      get(target, key, receiver) {
        const v: unknown = Reflect.get(target, key, receiver);
        // `length`, `map`, iterators…: the list itself is read (its items are read by index).
        if (typeof key === "symbol" || (isList && !/^\d+$/u.test(key))) {
          note(path, target);
          return v;
        }
        note([...path, key], v);
        return wrap(v, [...path, key]);
      },
      has(target, key) {
        if (typeof key === "string") note([...path, key], (target as Record<string, unknown>)[key]);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === "string") note([...path, key], (target as Record<string, unknown>)[key]);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys(target) {
        note(path, target);
        return Reflect.ownKeys(target);
      },
    });
  };
  fn(wrap(structuredClone(config), []) as Config);
  return [...reads].map(([path, container]) => ({ path, container }));
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);
const generic = (path: string) => path.replace(/\.\d+(?=\.|$)/gu, ".*");

/** Reads that nothing declared covers: not under a declared path, nor a container of one. */
function undeclared(rule: Rule, reads: readonly Read[]): string[] {
  const deepest = reads.filter((r) => !reads.some((o) => o.path.startsWith(`${r.path}.`)));
  return deepest
    .filter((r) => !rule.paths.some((d) => under(r.path, d) || (r.container && d.startsWith(`${r.path}.`))))
    .map((r) => generic(r.path));
}

const fileReader: ReadFile = (path) => (existsSync(path) ? { text: readFileSync(path, "utf8") } : { error: "missing" });

function exampleConfigs(): [string, Config][] {
  const dirs = ["examples", "examples/agence/clients"];
  const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, d, f)));
  return files.map((file) => {
    const result = checkLoaded(loadConfig(file, fileReader));
    if (!result.config) throw new Error(`${file} does not load`);
    return [file, result.config];
  });
}

function caseConfigs(): [string, Config][] {
  return Object.entries(RULE_CASES).flatMap(([id, cases]) => {
    const rule = frRuleset.rules.find((r) => r.id === id)!;
    return [...cases.valid.map((c) => (typeof c === "string" ? { yaml: c } : c)), ...cases.invalid].flatMap((c, i) => {
      const config = runRule(rule, c, "fr").config;
      return config ? [[`${id} case ${i + 1}`, config] as [string, Config]] : [];
    });
  });
}

const CONFIGS: [string, Config][] = [...exampleConfigs(), ["hostile", configSchema.parse(hostileConfig(HOSTILE[0]!))], ...caseConfigs()];

describe("rule paths are what the rule reads", () => {
  it("runs on enough configs", () => {
    expect(CONFIGS.length).toBeGreaterThan(200);
  });

  for (const rule of frRuleset.rules) {
    it(`${rule.id} declares every path it reads, and reads every path it declares`, () => {
      const all = CONFIGS.map(([name, config]) => ({ name, reads: readsOf(config, (c) => rule.check({ config: c, asOf: config.effectiveDate })) }));
      const missing = new Set(all.flatMap(({ reads }) => undeclared(rule, reads)));
      expect([...missing].sort(), "read but not declared").toEqual([]);
      const read = all.flatMap(({ reads }) => reads.map((r) => r.path));
      const unused = rule.paths.filter((d) => !read.some((r) => under(r, d)));
      expect(unused, "declared but never read").toEqual([]);
    });
  }
});

describe("the recording proxy", () => {
  it("sees a read that a rule does not declare", () => {
    const rule = frRuleset.rules.find((r) => r.id === "withdrawal-days")!;
    const sneaky: Rule = { ...rule, check: (ctx) => (ctx.config.refunds.days > 0 ? rule.check(ctx) : []) };
    const reads = readsOf(CONFIGS[0]![1], (c) => sneaky.check({ config: c, asOf: "2026-12-01" }));
    expect(undeclared(sneaky, reads)).toEqual(["refunds.days"]);
    expect(undeclared(rule, readsOf(CONFIGS[0]![1], (c) => rule.check({ config: c, asOf: "2026-12-01" })))).toEqual([]);
  });
});

describe("one free-text table", () => {
  it("the wording rules' paths and freeTexts() both come from FREE_TEXT_FIELDS", () => {
    // Every field of the table is under one of the paths, and every path holds a field.
    for (const field of FREE_TEXT_FIELDS) expect(FREE_TEXT_PATHS.some((p) => under(field, p)), field).toBe(true);
    for (const p of FREE_TEXT_PATHS) expect(FREE_TEXT_FIELDS.some((f) => under(f, p)), p).toBe(true);
    // freeTexts() returns the fields the hostile config fills, each a field of the table.
    const config = configSchema.parse(hostileConfig(HOSTILE[0]!));
    const found = new Set(freeTexts(config).map((f) => generic(f.path)));
    for (const field of found) expect(FREE_TEXT_FIELDS as readonly string[]).toContain(field);
    expect(found.size).toBeGreaterThan(15);
  });

  it("every wording rule declares the whole table", () => {
    const wording = frRuleset.rules.filter((r) => r.id.startsWith("clause-") || r.id === "hostile-wording");
    expect(wording.length).toBeGreaterThan(20);
    for (const rule of wording) for (const p of FREE_TEXT_PATHS) expect(rule.paths, rule.id).toContain(p);
  });
});
