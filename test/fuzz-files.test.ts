/**
 * Property-based tests for file inputs (issue 12): random symlink trees walked by `discover`,
 * alias-heavy YAML weighed against the expansion bound, random `extends` chains (long, cyclic,
 * escaping the root). Same RUNS as test/fuzz.test.ts.
 */
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { discover } from "../src/batch/discover.js";
import { loadConfig, MAX_EXPANDED_WEIGHT, MAX_EXTENDS_DEPTH } from "../src/config/load.js";
import { isBelow } from "../src/config/paths.js";
import { exampleText, memoryReader, tempDir } from "./helpers.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe("fuzzing: symlink trees", () => {
  // A tree of up to 12 entries: folders, config files, and symlinks to anywhere (inside, to a
  // parent, to the tree itself, to /, dangling).
  const entry = fc.record({
    parent: fc.nat(),
    name: fc.constantFrom("a", "b", "c", "d.yaml", "e.yml", "f.yaml", "g.txt", "loop", "up"),
    kind: fc.constantFrom("dir", "file", "link"),
    target: fc.oneof(fc.nat().map((n) => ({ entry: n })), fc.constantFrom(".", "..", "../..", "/", "/etc", "nowhere", "../outside.yaml")),
  });

  it(`discover: ends, keeps every file once by real path, never returns one whose real path leaves the folder (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 12 }), async (entries) => {
        const base = tempDir();
        writeFileSync(join(base, "outside.yaml"), exampleText);
        const top = join(base, "tree");
        mkdirSync(top);
        const dirs = [top];
        const made: string[] = [];
        for (const e of entries) {
          const parent = dirs[e.parent % dirs.length] as string;
          const path = join(parent, `${e.name}${made.length}`);
          if (e.kind === "dir") {
            mkdirSync(path);
            dirs.push(path);
          } else if (e.kind === "file") writeFileSync(path.replace(/\d+$/u, "") + `${made.length}.yaml`, "schemaVersion: 1\n");
          else {
            const target = typeof e.target === "string" ? e.target : relative(parent, made[e.target.entry % Math.max(1, made.length)] ?? parent) || ".";
            symlinkSync(target, path.endsWith("yaml") || path.endsWith("yml") ? path : `${path}.yaml`);
            symlinkSync(target, `${path}-dir`);
          }
          made.push(path);
        }
        writeFileSync(join(top, "seed.yaml"), "schemaVersion: 1\n"); // never empty
        const result = await discover([top], base);
        if (!("found" in result)) throw new Error("seed.yaml not found");
        const realTop = realpathSync(top);
        const reals = result.found.files.map((f) => realpathSync(f));
        for (const r of reals) expect(isBelow(realTop, r), r).toBe(true);
        expect(new Set(reals).size).toBe(reals.length);
        for (const link of result.found.outside) expect(isBelow(realTop, realpathSync(link))).toBe(false);
      }),
      { numRuns: Math.min(RUNS, 150), seed: 1212 },
    );
  });
});

/** Nodes + scalar characters of a plain JS value, counted the way load.ts weighs YAML. */
function jsWeight(value: unknown, budget = MAX_EXPANDED_WEIGHT * 2): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= budget) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      total += 1;
      stack.push(...v);
    } else if (v !== null && typeof v === "object") {
      total += 1;
      for (const [k, item] of Object.entries(v)) {
        total += 1 + k.length;
        stack.push(item);
      }
    } else total += 1 + String(v).length;
  }
  return total;
}

describe("fuzzing: alias-heavy YAML", () => {
  // Anchored lists built from long strings and aliases to earlier anchors: sizes multiply.
  const doc = fc.array(
    fc.record({ items: fc.array(fc.oneof(fc.integer({ min: 1, max: 5000 }).map((n) => ({ text: n })), fc.nat().map((n) => ({ alias: n }))), { minLength: 1, maxLength: 12 }) }),
    { minLength: 1, maxLength: 10 },
  );

  it(`the loader never throws; what it accepts expands to at most the bound, what it refuses as too large goes beyond it (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(doc, (anchors) => {
        const lines: string[] = [];
        anchors.forEach((a, i) => {
          const items = a.items.map((it) => ("text" in it ? JSON.stringify("x".repeat(it.text)) : i === 0 ? '"y"' : `*a${it.alias % i}`));
          lines.push(`k${i}: &a${i} [${items.join(", ")}]`);
        });
        lines.push(`all: [${anchors.map((_, i) => `*a${i}`).join(", ")}]`);
        const text = `${lines.join("\n")}\n`;
        const loaded = loadConfig("/f/a.yaml", memoryReader({ "/f/a.yaml": text }));
        const rules = loaded.findings.map((f) => f.rule);
        if (loaded.data !== undefined) {
          expect(jsWeight(loaded.data)).toBeLessThanOrEqual(MAX_EXPANDED_WEIGHT + 1);
        } else if (rules.includes("yaml/too-large")) {
          // Expanded independently (aliases share objects in toJS, jsWeight walks them all).
          expect(jsWeight(parse(text, { maxAliasCount: -1 }))).toBeGreaterThan(MAX_EXPANDED_WEIGHT - 1);
          expect(loaded.findings[0]?.line).toBeGreaterThanOrEqual(1);
        } else expect(rules).toEqual(expect.arrayContaining(["yaml/alias-limit"]));
      }),
      { numRuns: RUNS, seed: 4242 },
    );
  });
});

describe("fuzzing: extends chains", () => {
  // A chain f0 → f1 → … → fn; the last is the example, or points back into the chain, or out.
  const chainArb = fc.record({
    length: fc.integer({ min: 0, max: 60 }),
    end: fc.oneof(fc.constant({ kind: "base" as const }), fc.nat().map((n) => ({ kind: "cycle" as const, to: n })), fc.constant({ kind: "escape" as const }), fc.constant({ kind: "missing" as const })),
  });

  it(`never throws, never recurses: depth, cycle, escape and missing base each give their finding at an extends line (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(chainArb, ({ length, end }) => {
        const files: Record<string, string> = {};
        for (let i = 0; i < length; i++) files[`/r/c/f${i}.yaml`] = `extends: ./f${i + 1}.yaml\n`;
        const last = `/r/c/f${length}.yaml`;
        if (end.kind === "base") files[last] = exampleText;
        else if (end.kind === "cycle") files[last] = `extends: ./f${end.to % (length + 1)}.yaml\n`;
        else if (end.kind === "escape") files[last] = "extends: ../../secret.yaml\n";
        else files[last] = "extends: ./nope.yaml\n";
        files["/secret.yaml"] = exampleText;
        const loaded = loadConfig("/r/c/f0.yaml", memoryReader(files), "en", "f0.yaml", { root: { path: "/r", real: "/r" } });
        // f32 is the 32nd base: if it extends anything, that one is one too many.
        if (length > MAX_EXTENDS_DEPTH || (length === MAX_EXTENDS_DEPTH && end.kind !== "base")) {
          expect(loaded.findings).toMatchObject([{ rule: "config/extends", file: `/r/c/f${MAX_EXTENDS_DEPTH}.yaml`, line: 1, column: 10 }]);
          expect(loaded.findings[0]?.message).toContain(`${MAX_EXTENDS_DEPTH} at most`);
          return;
        }
        if (end.kind === "base") {
          expect(loaded.findings).toEqual([]);
          expect(loaded.data?.shop).toBeDefined();
          expect(loaded.sources).toHaveLength(length + 1);
          return;
        }
        expect(loaded.data).toBeUndefined();
        expect(loaded.findings).toHaveLength(1);
        const finding = loaded.findings[0];
        expect(finding).toMatchObject({ rule: "config/extends", file: last, line: 1, column: 10 });
        const word = { cycle: "loop", escape: "out of the allowed folder", missing: "not found" }[end.kind];
        expect(finding?.message).toContain(word);
      }),
      { numRuns: RUNS, seed: 3232 },
    );
  });
});
