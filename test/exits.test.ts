/**
 * Issue 12, item 8 (command-line part): wrong exits and silent losses. Empty format lists, dates
 * that do not exist, a missing file among others with --json, a closed pipe on stdout; and in
 * the config: NUL and non-UTF-8 bytes, amounts beyond the cent, numbers that are not decimals.
 * Exit codes and messages through run() in this process; the closed pipe with the executable.
 */
import { spawn } from "node:child_process";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../src/config/dates.js";
import { loadConfig } from "../src/config/load.js";
import { checkLoaded } from "../src/law/check.js";
import { buildPolicy } from "../src/policy/model.js";
import { frRuleset } from "../src/law/fr/index.js";
import { renderFiles } from "../src/render/policy-files.js";
import { BIN, checkOverride, EXAMPLE, exampleText, memoryReader, ROOT, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

const lines = (s: string) => s.split("\n").filter((l) => l.trim() !== "");

describe("--format with nothing in it is a usage error", () => {
  for (const value of ["", ",,,", " , "]) {
    it(`--format ${JSON.stringify(value)}: exit 2, one line, nothing written`, async () => {
      const out = tempDir();
      const r = await runHere(["generate", EXAMPLE, "--out", out, "--format", value]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/Aucun format demandé/u);
      expect(readdirSync(out)).toEqual([]);
    });
  }
});

describe("dates are real calendar dates", () => {
  it("isCalendarDate knows month lengths, leap years and the range", () => {
    for (const ok of ["2026-02-28", "2028-02-29", "2000-02-29", "2026-12-31", "2099-12-31"]) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ["2026-02-29", "2100-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0000-01-01", "1999-12-31", "2100-01-01", "2026-1-01"]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  for (const value of ["2026-02-30", "0000-01-01", "2026-13-01"]) {
    it(`effectiveDate ${value} (quoted or not) is a finding at its line`, () => {
      for (const written of [value, `'${value}'`]) {
        const r = checkOverride(`effectiveDate: ${written}\n`);
        expect(r.ok).toBe(false);
        const f = r.findings.find((x) => x.path === "effectiveDate");
        expect(f).toMatchObject({ line: 2, severity: "error" });
        expect(f!.message).toMatch(/n’existe pas dans le calendrier/u);
      }
    });
  }

  it("check --as-of 2026-02-30 and --as-of 0000-01-01 are usage errors (exit 2, one line)", async () => {
    for (const date of ["2026-02-30", "0000-01-01"]) {
      const r = await runHere(["check", EXAMPLE, "--as-of", date]);
      expect(r.code, date).toBe(2);
      expect(lines(r.stderr), date).toHaveLength(1);
      expect(r.stderr).toContain(`« ${date} »`.replace(/ /gu, "\u202F"));
    }
    expect((await runHere(["check", EXAMPLE, "--as-of", "2028-02-29"])).code).toBe(0);
  });
});

describe("check with a missing file among others", () => {
  it("check a.yaml missing.yaml --json: the JSON is printed, the missing file a finding in it, exit 2", async () => {
    const r = await runHere(["check", EXAMPLE, "missing.yaml", "--json"]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { files: { file: string; ok: boolean; findings: { rule: string; message: string }[] }[] };
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({ ok: true });
    expect(report.files[1]).toMatchObject({ file: "missing.yaml", ok: false });
    expect(report.files[1]!.findings[0]).toMatchObject({ rule: "config/read" });
    expect(report.files[1]!.findings[0]!.message).toMatch(/introuvable/u);
    // Without --json: the valid file's result, then the missing one, exit 2.
    const human = await runHere(["check", "missing.yaml", EXAMPLE]);
    expect(human.code).toBe(2);
    // The missing file is named in one line, with no made-up line and column (issue 18).
    expect(human.stderr).toMatch(/introuvable.*missing\.yaml/u);
    expect(human.stderr).not.toMatch(/:1:1/u);
    expect(human.stderr).toMatch(/atelier-lumiere\.yaml\s:\sconforme/u);
  });
});

/** Runs the executable with its stdout closed before it writes anything (a reader that went away). */
function runClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, LANG: "fr_FR.UTF-8", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("a closed stdout (… | head -1) ends quietly and the work is done", () => {
  it("generate on five shops: no EPIPE, no stack trace, every policy written, exit 0", async () => {
    const dir = tempDir();
    const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml"));
    for (const f of examples) copyFileSync(join(ROOT, "examples", f), join(dir, f));
    const r = await runClosedStdout(["generate", ...examples, "--out", "out", "--format", "md,jsonld"], dir);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/u);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toHaveLength(examples.length);
    // Each shop: its two files, and the manifest of incremental generation beside them.
    for (const shop of readdirSync(join(dir, "out"))) expect(readdirSync(join(dir, "out", shop)).sort()).toEqual([".politique-retour.json", "politique-retour.jsonld", "politique-retour.md"]);
  });

  it("rules and check --json: no EPIPE, no stack trace, the usual exit code", async () => {
    for (const [args, code] of [
      [["rules"], 0],
      [["rules", "--json"], 0],
      [["check", EXAMPLE, "--json"], 0],
      [["schema"], 0],
    ] as const) {
      const r = await runClosedStdout([...args], ROOT);
      expect(r.stderr, args.join(" ")).not.toMatch(/EPIPE|Error|at .*\.js:\d+/u);
      expect(r.code, args.join(" ")).toBe(code);
    }
  });
});

describe("bytes that are not text", () => {
  const check = (text: string) => checkLoaded(loadConfig("/v/shop.yaml", memoryReader({ "/v/shop.yaml": text })));

  it("a NUL byte is a finding at its place, and never reaches an output", () => {
    const text = exampleText.replace("name: Atelier Lumière", "name: Atelier\u0000Lumière");
    const r = check(text);
    expect(r.ok).toBe(false);
    const line = text.split("\n").findIndex((l) => l.includes("\u0000")) + 1;
    expect(r.findings[0]).toMatchObject({ rule: "config/encoding", line, column: "  name: Atelier".length + 1 });
    expect(r.findings[0]!.message).toMatch(/octet nul/u);
  });

  it("non-UTF-8 bytes (read as U+FFFD) are a finding, not U+FFFD in the policy", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "latin1.yaml"), Buffer.from(exampleText.replace("Atelier Lumière\n", "Atelier Lumi\u00e9re\n"), "latin1"));
    const r = await runHere(["check", "latin1.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/latin1\.yaml:\d+:\d+ {2}error {2}Ce fichier n’est pas encodé en UTF-8/u);
  });

  it('a control character typed as a YAML escape ("\\0", "\\x01") in free text is a finding', () => {
    for (const esc of ["\\0", "\\x01", "\\e", "\\x85"]) {
      const r = checkOverride(`shop:\n  name: "Atelier${esc}Lumière"\n`);
      expect(r.ok, esc).toBe(false);
      expect(r.findings.find((f) => f.path === "shop.name")?.message, esc).toMatch(/caractère de contrôle invisible \(U\+00/u);
    }
    // Tabs and line breaks in a clause stay allowed.
    expect(checkOverride(`customClauses:\n  - title: Soldes\n    text: "Ligne 1\\n\\tLigne 2"\n`).ok).toBe(true);
  });
});

describe("amounts to the cent, numbers as decimals", () => {
  it("cap: 5.955 is a finding asking for 2 decimals at most; 5.95 and 5.9 pass", () => {
    const bad = checkOverride("returns:\n  costs:\n    payer: capped\n    cap: 5.955\n");
    expect(bad.ok).toBe(false);
    expect(bad.findings.find((f) => f.path === "returns.costs.cap")).toMatchObject({ line: 5 });
    expect(bad.findings.find((f) => f.path === "returns.costs.cap")!.message).toMatch(/2\sdécimales au plus/u);
    for (const ok of ["5.95", "5.9", "5", "0.1", "19.99"]) expect(checkOverride(`returns:\n  costs:\n    payer: capped\n    cap: ${ok}\n`).ok, ok).toBe(true);
    for (const field of ["returns.methods.0.price", "returns.costs.bulkyEstimate", "refunds.restockingFee"]) {
      const yaml =
        field === "returns.methods.0.price"
          ? "returns:\n  methods:\n    - type: post\n      price: 1.005\n"
          : field === "refunds.restockingFee"
            ? "refunds:\n  restockingFee: 0.001\n"
            : "returns:\n  costs:\n    payer: capped\n    cap: 5\n    bulkyEstimate: 49.999\n";
      expect(checkOverride(yaml).findings.some((f) => f.path === field && /décimales/u.test(f.message)), field).toBe(true);
    }
  });

  it("the amount is the same in Markdown and JSON-LD when it passes", async () => {
    const r = checkOverride("returns:\n  costs:\n    payer: capped\n    cap: 4.5\n");
    const [md, ld] = await renderFiles(buildPolicy(r.config!, frRuleset.version), ["md", "jsonld"]);
    expect(String(md!.content)).toContain("4,50\u00A0€");
    expect(JSON.parse(String(ld!.content)).returnShippingFeesAmount.value).toBe(4.5);
  });

  for (const [written, decimal] of [
    ["0x10", "16"],
    ["0o17", "15"],
    ["1e1", "10"],
    ["1.4e1", "14"],
    [".inf", "14"],
    ["-.inf", "14"],
  ] as const) {
    it(`${written} is refused with a hint (${decimal}), at its line`, () => {
      const r = checkOverride(`withdrawal:\n  days: ${written}\n`);
      expect(r.ok).toBe(false);
      const f = r.findings.find((x) => x.rule === "schema/number-form");
      expect(f, JSON.stringify(r.findings)).toMatchObject({ path: "withdrawal.days", line: 3, column: 9 });
      expect(f!.message).toContain(`par exemple ${decimal}`);
      expect(f!.message).toContain(written);
    });
  }

  it("a number in a list is located too; plain decimals (14, 5.95, -1, +2) are not this finding", () => {
    const r = checkOverride("returns:\n  methods:\n    - type: post\n      price: 0x1\n");
    expect(r.findings.find((x) => x.rule === "schema/number-form")).toMatchObject({ path: "returns.methods.0.price", line: 5 });
    for (const n of ["14", "5.95", "-1", "+2", "014"]) {
      expect(checkOverride(`withdrawal:\n  days: ${n}\n`).findings.some((x) => x.rule === "schema/number-form"), n).toBe(false);
    }
  });
});
