/**
 * Property-based tests: configs generated from the schema (valid and broken) and random text as
 * YAML never crash the tool, never hang, and every finding has a position.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYaml, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { loadConfig } from "../src/config/load.js";
import { METHOD_TYPES, PAYERS, SECTORS, LABEL_KINDS, PACKAGING, REFUND_METHODS } from "../src/config/schema.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { FORMATS, renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { expectNoActiveContent, hostileModel } from "./fixtures/active-content.js";
import { exampleText, memoryReader, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

/** Number of generated cases per property: the closing note states the total. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const base = parseYaml(exampleText) as Record<string, unknown>;

/** A value that is usually right for its field and sometimes of the wrong type or out of range. */
const sometimesWrong = <T,>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string(), { maxLength: 2 })) });

const configArb = fc.record({
  effectiveDate: sometimesWrong(fc.date({ min: new Date("2025-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  sectors: sometimesWrong(fc.uniqueArray(fc.constantFrom(...SECTORS), { minLength: 1, maxLength: 4 })),
  withdrawalDays: sometimesWrong(fc.integer({ min: 0, max: 60 })),
  payer: sometimesWrong(fc.constantFrom(...PAYERS)),
  cap: fc.option(sometimesWrong(fc.double({ min: 0, max: 30, noNaN: true })), { nil: undefined }),
  methods: fc.array(
    fc.record({ type: fc.constantFrom(...METHOD_TYPES), label: fc.option(fc.constantFrom(...LABEL_KINDS), { nil: undefined }), price: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined }) }),
    { minLength: 0, maxLength: 3 },
  ),
  packaging: sometimesWrong(fc.constantFrom(...PACKAGING)),
  refundDays: sometimesWrong(fc.integer({ min: 0, max: 45 })),
  refundMethod: sometimesWrong(fc.constantFrom(...REFUND_METHODS)),
  clause: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  extraKey: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
  dropKey: fc.option(fc.constantFrom("shop", "sectors", "withdrawal", "returns", "support", "mediator", "schemaVersion"), { nil: undefined }),
});

type Generated = typeof configArb extends fc.Arbitrary<infer T> ? T : never;

function toYaml(c: Generated): string {
  const doc: Record<string, unknown> = structuredClone(base);
  doc.effectiveDate = c.effectiveDate;
  doc.sectors = c.sectors;
  (doc.withdrawal as Record<string, unknown>).days = c.withdrawalDays;
  const returns = doc.returns as Record<string, unknown>;
  returns.costs = { payer: c.payer, ...(c.cap === undefined ? {} : { cap: c.cap }) };
  returns.methods = c.methods.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)));
  returns.originalPackaging = c.packaging;
  doc.refunds = { days: c.refundDays, method: c.refundMethod };
  if (c.clause !== undefined) doc.customClauses = [{ title: "Clause", text: c.clause }];
  if (c.extraKey !== undefined) doc[c.extraKey] = 1;
  if (c.dropKey !== undefined) delete doc[c.dropKey];
  return stringify(doc);
}

function checkText(text: string) {
  return checkLoaded(loadConfig("/fuzz/shop.yaml", memoryReader({ "/fuzz/shop.yaml": text })));
}

function expectPositioned(findings: ReturnType<typeof checkText>["findings"]) {
  for (const f of findings) {
    expect(f.line, f.message).toBeGreaterThanOrEqual(1);
    expect(f.column, f.message).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

describe("fuzzing", () => {
  it(`configs generated from the schema: checked without a throw, positioned, rendered when lawful (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(configArb, async (c) => {
        const result = checkText(toYaml(c));
        expectPositioned(result.findings);
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === "error"));
        if (result.ok) {
          const files = await renderFiles(buildPolicy(result.config!, frRuleset.version), FORMATS, { fontLoader: notoSansFonts });
          expect(files.every((f) => f.content.length > 0)).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: 20261123 },
    );
  });

  it(`random text as YAML: never a throw, every finding positioned (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("latin1"))), (text) => {
        const result = checkText(text);
        expect(result.ok).toBe(false);
        expectPositioned(result.findings);
      }),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it(`random YAML documents: never a throw, every finding positioned (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = checkText(stringify({ ...base, shop: value }));
        expectPositioned(result.findings);
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });
});

// ——— URLs with control characters and Markdown syntax (issue 12): never an active link or image. ———

const URL_PIECES = [
  "https://", "http://", "HTTPS://", "javascript:", "JaVaScRiPt:", "data:text/html,", "mailto:", "//", "a.fr", "tracker.example",
  "/", "?", "#", "@", ":", "%0A", "%00", "&#x6a;", "&amp;", "[", "]", "(", ")", "![x]", "](", "<", ">", "\"", "'", "`", "*", "_", "|", "\\",
  "\u0000", "\u0001", "\u0009", "\n", "\r", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u200b", "\u2028", "\u202e", " ", "é", "alert(1)", "p.gif",
];
/** Mostly a plausible address with hostile bits spliced in; sometimes pure noise. */
const urlArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom("https://", "http://"), fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 8 }), fc.constantFrom("", "a.fr/", "a.fr")).map(([a, b, c]) => a + c + b.join("")) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...URL_PIECES), { minLength: 1, maxLength: 10 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((x) => `https://a.fr/${x}`) },
);
const URL_FIELDS = ["mediator.website", "withdrawal.onlineFunction.url", "withdrawal.onlineForm", "support.contactForm", "shop.website", "shop.policyUrl"] as const;

function withUrl(field: (typeof URL_FIELDS)[number], url: string): string {
  const doc: Record<string, unknown> = structuredClone(base);
  const [head, ...rest] = field.split(".") as [string, ...string[]];
  let node = (doc[head] ??= {}) as Record<string, unknown>;
  for (const k of rest.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[rest[rest.length - 1]!] = url;
  return stringify(doc);
}

describe("fuzzing addresses", () => {
  it(`URLs with control characters and Markdown syntax in every address field: refused with a positioned finding, or rendered with no active link or image (${RUNS} cases)`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...URL_FIELDS), urlArb, async (field, url) => {
        const result = checkText(withUrl(field, url));
        expectPositioned(result.findings);
        if (!result.ok) {
          expect(result.findings.some((f) => f.path === field), JSON.stringify(url)).toBe(true);
          return;
        }
        rendered++;
        await expectNoActiveContent(buildPolicy(result.config!, frRuleset.version), JSON.stringify(url), { slow: rendered % 10 === 1 });
      }),
      { numRuns: RUNS, seed: 1212 },
    );
    // The generator reaches both sides: some addresses pass (and are rendered), most do not.
    expect(rendered).toBeGreaterThan(0);
  }, 180_000);

  it(`the same strings straight into the model (past the schema), in every address, e-mail and text field: no active link or image (${Math.ceil(RUNS / 3)} cases)`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(urlArb, async (url) => {
        n++;
        await expectNoActiveContent(hostileModel(url), JSON.stringify(url), { slow: n % 10 === 1 });
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 2121 },
    );
  }, 180_000);
});

// Through run() in this process: the same code as the executable's, which catches what the
// command throws; anything that escaped it would fail the test here as a stack trace would there.
describe("the command line on hostile files", () => {
  const dir = tempDir();
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");
  mkdirSync(join(dir, "folder.yaml"));

  const cases: [string, string[], number, RegExp][] = [
    ["an alias bomb", ["check", file("bomb.yaml", `${aliasBomb}\n`)], 1, /alias/u],
    ["a very large file", ["check", file("big.yaml", `shop:\n  name: "${"x".repeat(5_000_000)}"\n`)], 1, /trop volumineux/u],
    ["extends to a missing file", ["check", file("missing.yaml", "extends: ./nope.yaml\n")], 1, /missing\.yaml:1:10 {2}error .*Fichier introuvable/u],
    ["extends to a folder", ["check", file("dir.yaml", "extends: ./folder.yaml\n")], 1, /dir\.yaml:1:10 {2}error .*dossier/u],
    ["extends to a URL", ["check", file("url.yaml", "extends: https://example.invalid/base.yaml\n")], 1, /url\.yaml:1:10 {2}error .*chemin relatif/u],
    ["extends to itself", ["check", file("self.yaml", "extends: ./self.yaml\n")], 1, /self\.yaml:1:10 {2}error .*boucle.*self\.yaml → self\.yaml/u],
    ["a folder as config", ["check", "folder.yaml"], 2, /dossier/u],
    ["binary bytes", ["check", file("bin.yaml", "\u0000\u0001\u00ff\ufffe{[")], 1, /bin\.yaml:\d+:\d+ {2}error/u],
  ];
  for (const [name, args, code, message] of cases) {
    it(`handles ${name} with a clear message and exit ${code}`, async () => {
      const r = await runHere(args, { cwd: dir });
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
    });
  }

  it("random configs through the command line: exit 0, 1 or 2 only, never a stack trace (25 cases)", async () => {
    const samples = fc.sample(configArb, { numRuns: 25, seed: 99 });
    for (const [i, c] of samples.entries()) {
      const r = await runHere(["check", file(`r${i}.yaml`, toYaml(c))], { cwd: dir });
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
      if (r.code === 1) expect(r.stderr).toMatch(/:\d+:\d+ {2}error /u);
    }
  });
});
