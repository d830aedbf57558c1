/**
 * The command line: exit codes, stdout/stderr split, JSON shape, same bytes twice. The real
 * executable as a process where the process is the point (version and help, generate through
 * the launcher, exit codes reaching the shell); the rest through run() in this process.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleText, ROOT, runCli, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

const NN = "\u202F";

describe("politique-retour CLI", () => {
  it("prints its version and help in French without error", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("vérifie la configuration contre la loi");
    const en = await runCli(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("check the config against the law");
  });

  it("generates Markdown, HTML, fragment, PDF and JSON-LD into out/<slug>/, byte-identical on a second run", async () => {
    const out = tempDir();
    const first = await runCli(["generate", "examples/atelier-lumiere.yaml", "--out", out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`examples/atelier-lumiere.yaml${NN}: conforme\n`);
    expect(first.stderr).not.toMatch(/error|warning/u);
    const files = readdirSync(join(out, "atelier-lumiere")).sort();
    expect(files).toEqual([".politique-retour.json", "politique-retour.fragment.html", "politique-retour.html", "politique-retour.jsonld", "politique-retour.md", "politique-retour.pdf"]);
    const bytes = files.map((f) => readFileSync(join(out, "atelier-lumiere", f)));
    expect((await runCli(["generate", "examples/atelier-lumiere.yaml", "--out", out])).code).toBe(0);
    expect(files.map((f) => readFileSync(join(out, "atelier-lumiere", f)))).toEqual(bytes);
    expect(readdirSync(join(out, "atelier-lumiere")).some((f) => f.includes(".tmp-"))).toBe(false);
  });

  it("check --json: withdrawal.days 10 exits 1 with a finding at the value, article L221-18; JSON alone on stdout", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "shop.yaml"), exampleText.replace("withdrawal:\n  days: 14", "withdrawal:\n  days: 10"));
    const r = await runHere(["check", "--json", "shop.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ruleset).toMatch(/^fr-\d{4}\.\d+$/u);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ file: "shop.yaml", ok: false, asOf: "2026-12-01" });
    const line = exampleText.split("\n").indexOf("withdrawal:") + 2;
    expect(report.files[0].findings).toEqual([
      {
        rule: "withdrawal-days",
        severity: "error",
        path: "withdrawal.days",
        file: "shop.yaml",
        line,
        column: 9,
        // The value « 10 » ends after its two characters: editors and CI annotations underline it.
        endLine: line,
        endColumn: 11,
        messageId: "tooShort",
        message: expect.stringContaining("au moins 14"),
        article: "L221-18",
      },
    ]);
    expect(r.stderr).toContain(`shop.yaml:${line}:9  error  withdrawal.days: Le délai de rétractation doit être d’au moins 14${"\u00A0"}jours`);
    expect(r.stderr).toContain("(L221-18, withdrawal-days)");
  });

  it("through extends, points into the base file", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples/agence"), join(dir, "agence"), { recursive: true });
    const basePath = join(dir, "agence/agence-base.yaml");
    writeFileSync(basePath, readFileSync(basePath, "utf8").replace("withdrawal:\n  days: 14", "withdrawal:\n  days: 10"));
    const r = await runHere(["check", "--json", "agence/clients/vert-jardin.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout).files[0].findings;
    expect(finding).toMatchObject({ file: "agence/agence-base.yaml", path: "withdrawal.days", article: "L221-18", column: 9 });
  });

  it("renders nothing from an unlawful config", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "shop.yaml"), exampleText.replace("  days: 14\n  method", "  days: 30\n  method"));
    const r = await runCli(["generate", "shop.yaml", "--out", "out"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("L221-24");
    expect(readdirSync(dir)).toEqual(["shop.yaml"]);
  });

  it("gives a broken YAML file its line number, and no stack trace", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), "schemaVersion: 1\nshop:\n  name: x\n   bad: [\n");
    const r = await runHere(["check", "bad.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.yaml:3:9 {2}error {2}/mu);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/u);
  });

  it("exits 2 on usage errors: unknown option, missing file, unknown format, bad date", async () => {
    for (const args of [["check", "--bogus", "x.yaml"], ["check", "nope.yaml"], ["generate", "examples/atelier-lumiere.yaml", "--format", "rtf"], ["generate", "examples/atelier-lumiere.yaml", "--fragment-heading", "9"], ["check", "examples/atelier-lumiere.yaml", "--as-of", "demain"]]) {
      const r = await runHere(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/u);
    }
    // Through the executable as well: exit 2 reaches the shell, the message on stderr.
    const shell = await runCli(["check", "nope.yaml"]);
    expect(shell.code).toBe(2);
    expect(shell.stderr).toContain(`Fichier introuvable${NN}: nope.yaml`);
    expect((await runHere(["check", "nope.yaml", "--lang", "en"])).stderr).toContain("File not found: nope.yaml");
  });

  it("check --as-of 2026-06-18 and 2026-06-19 differ exactly on the online withdrawal function", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "shop.yaml"), exampleText.replace(/  onlineFunction:\n(    .*\n)+/u, ""));
    const at = async (date: string) => {
      const r = await runHere(["check", "shop.yaml", "--json", "--as-of", date], { cwd: dir });
      const file = JSON.parse(r.stdout).files[0];
      return { code: r.code, asOf: file.asOf, findings: file.findings.map((f: { rule: string; severity: string; article: string }) => `${f.rule}:${f.severity}:${f.article}`) };
    };
    expect(await at("2026-06-18")).toEqual({ code: 0, asOf: "2026-06-18", findings: ["online-withdrawal-function-soon:warning:L221-21"] });
    expect(await at("2026-06-19")).toEqual({ code: 1, asOf: "2026-06-19", findings: ["online-withdrawal-function:error:L221-21, D221-5, L242-13"] });
  });

  it("prints the JSON Schema", async () => {
    const r = await runHere(["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, "schema.json"), "utf8")));
  });
});
