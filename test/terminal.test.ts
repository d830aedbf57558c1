/**
 * Issue 12, item 7: what a config holds (keys, values, file names) never reaches a terminal or a
 * CI log as a control character. Through run() in this process, which writes every line through
 * the io it is given; `generate` also through the executable (its launcher passes the child's
 * stderr on): the lines are the ones a CI runner reads.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initCommand } from "../src/cli/commands/init.js";
import { terminalLine } from "../src/report/terminal.js";
import { EXAMPLE, runCli, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";
import { REQUIRED, scripted } from "./wizard-scripted.js";

const EVIL_KEY = "x\n::error file=README.md,line=1::Build compromised\n";
const ANSI_KEY = "y\u001b[2K\r\u001b[32mexemple.yaml : conforme\u001b[0m";
const BIDI = "z\u202egnp.exe\u2028\u0085";

/** No line may start a CI command, and nothing may be a raw control character but the line ends. */
function expectInert(text: string, label: string) {
  for (const line of text.split("\n")) {
    expect(line, label).not.toMatch(/^\s*::/u);
    expect(line, label).not.toMatch(/^##\[/u);
  }
  expect(text, label).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
}

describe("control characters in messages", () => {
  const dir = tempDir();
  copyFileSync(EXAMPLE, join(dir, "base.yaml"));
  const yaml = `extends: ./base.yaml\n${JSON.stringify(EVIL_KEY)}: 1\n${JSON.stringify(ANSI_KEY)}: 2\nshop:\n  name: ${JSON.stringify(`Nom${BIDI}`)}\n  ${JSON.stringify(BIDI)}: 3\nreturns:\n  costs:\n    payer: ${JSON.stringify(`capp\u001b[1Ad`)}\n`;
  writeFileSync(join(dir, "shop.yaml"), yaml);
  writeFileSync(join(dir, "::error file=README.md,line=1::Build compromised.yaml"), yaml);

  it("check: the keys and values are shown escaped, one line each, exit 1", async () => {
    const r = await runHere(["check", "shop.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expectInert(r.stderr, "stderr");
    expect(r.stderr).toContain("x\\n::error file=README.md,line=1::Build compromised\\n");
    expect(r.stderr).toContain("y\\x1b[2K\\r\\x1b[32m");
    expect(r.stderr).toContain("\\u202e");
    // One finding a line, nothing split: three unknown keys, the payer value, the C1 control
    // character in the name.
    expect(r.stderr.trim().split("\n").filter((l) => l.startsWith("shop.yaml:"))).toHaveLength(5);
  });

  it("check --json: stays JSON, with the raw key escaped by JSON itself", async () => {
    const r = await runHere(["check", "shop.yaml", "--json", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(1);
    expectInert(r.stdout, "stdout");
    const report = JSON.parse(r.stdout) as { files: { findings: { path: string; message: string }[] }[] };
    expect(report.files[0]!.findings.map((f) => f.path)).toContain(EVIL_KEY);
    expect(report.files[0]!.findings.some((f) => f.message.includes(EVIL_KEY))).toBe(true);
  });

  it("a file named like a CI command is shown as ./… so no line starts with ::", async () => {
    const name = "::error file=README.md,line=1::Build compromised.yaml";
    for (const args of [["check", name], ["generate", name, "--out", "out", "--format", "md"], ["check", "nope\n::error::x.yaml"]]) {
      const r = await runHere(args, { cwd: dir });
      expectInert(r.stderr, args.join(" "));
      expectInert(r.stdout, args.join(" "));
    }
    const r = await runHere(["check", name], { cwd: dir });
    expect(r.stderr).toContain(`./${name}:`);
  });

  it("generate: findings, summary and written paths are inert too", async () => {
    const r = await runCli(["generate", "shop.yaml", "--out", "out", "--format", "md"], { cwd: dir, env: { CI: "1" } });
    expect(r.code).toBe(1);
    expectInert(r.stderr, "stderr");
    expectInert(r.stdout, "stdout");
  });

  it("a usage error quoting the argument is inert", async () => {
    const r = await runHere(["check", "--as-of", "2026\n::error::x", "shop.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expectInert(r.stderr, "stderr");
    const u = await runHere(["check", "--bad\u001b[31m", "shop.yaml"], { cwd: dir });
    expect(u.code).toBe(2);
    expectInert(u.stderr, "stderr");
  });

  it("init: a file name with a line break is quoted escaped in the wizard's messages", async () => {
    const wdir = tempDir();
    const file = join(wdir, "x\n::error file=README.md,line=1::Build compromised.yaml");
    const s = scripted({ ...REQUIRED, render: [true], formats: [["md"]] });
    let out = "";
    let err = "";
    const cwd = process.cwd();
    process.chdir(wdir);
    try {
      await initCommand(file, { out: join(wdir, "out") }, "fr", { out: (t) => (out += t), err: (t) => (err += t) }, { prompts: s.prompts, isTTY: true, today: "2026-12-01" });
    } finally {
      process.chdir(cwd);
    }
    expect(out).toContain("x\\n::error");
    expectInert(out.replace(/\n\n/gu, "\n"), "wizard out");
    expectInert(err, "wizard err");
  });

  it("terminalLine escapes every control character and nothing else", () => {
    expect(terminalLine("a\nb\r\tc\u001b[0m\u007f\u0085\u2028\u202e é « » ’")).toBe("a\\nb\\r\\tc\\x1b[0m\\x7f\\x85\\u2028\\u202e é « » ’");
  });
});
