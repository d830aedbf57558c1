/**
 * `generate` over folders, globs and shards: the first case through the real executable, the
 * others through run() in this process (fewer than 16 configs: no worker thread either way).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inShard, parseShard } from "../src/batch/plan.js";
import { ROOT, runCli, tempDir, tree } from "./helpers.js";
import { runHere } from "./in-process.js";

const CLIENT = readFileSync(join(ROOT, "examples/agence/clients/vert-jardin.yaml"), "utf8");

/** A copy of examples/agence/ plus extra clients (name → YAML text). */
function agency(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, "clients", name), text);
  return dir;
}

/** Another client of the agency, with its own shop name. */
const client = (name: string, more = "") => `${CLIENT.replace("name: Vert Jardin", `name: ${JSON.stringify(name)}`)}${more}`;

interface JsonOut {
  files: { file: string; ok: boolean; findings: { rule: string; line: number; column: number }[]; written: string[] }[];
  skipped: string[];
  summary: { configs: number; rendered: number; failed: number; skipped: number };
}

describe("generate <folder>", () => {
  it("renders every client of a folder, skips the base file, exits 0", async () => {
    const dir = agency();
    const out = tempDir();
    const run = await runCli(["generate", dir, "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["ciel-de-lit", "petits-pas", "vert-jardin"]);
    expect(readdirSync(join(out, "petits-pas")).sort()).toEqual([".politique-retour.json", "politique-retour.fragment.html", "politique-retour.html", "politique-retour.jsonld", "politique-retour.md", "politique-retour.pdf"]);
    expect(run.stderr).toMatch(/3 politique\(s\) générée\(s\).*0 en échec.*1 fichier\(s\) de base ignoré\(s\)/u);
  });

  it("renders the others when one config is broken, names it at file:line:col, exits 1", async () => {
    const dir = agency({ "broken.yaml": client("Cassé", "\nrefunds:\n  days: 30\n") });
    const out = tempDir();
    const run = await runHere(["generate", dir, "--out", out]);
    expect(run.code).toBe(1);
    const lines = CLIENT.split("\n").length + 2; // `days: 30` is the second line added
    expect(run.stderr).toContain(`${join(dir, "clients/broken.yaml")}:${lines}:9  error  refunds.days:`);
    expect(run.stderr).toMatch(/3 politique\(s\) générée\(s\).*1 en échec/u);
    expect(readdirSync(out).sort()).toEqual(["ciel-de-lit", "petits-pas", "vert-jardin"]);
  });

  it("reports base files only when named explicitly", async () => {
    const dir = agency();
    const run = await runHere(["generate", dir, join(dir, "agence-base.yaml"), "--out", tempDir(), "--json"]);
    const report = JSON.parse(run.stdout) as JsonOut;
    expect(report.skipped).toEqual([]);
    const base = report.files.find((f) => f.file.endsWith("agence-base.yaml"));
    expect(base?.ok).toBe(false); // a base alone is not a whole config
  });

  it("accepts quoted globs", async () => {
    const dir = agency();
    // Run from the agency folder: the clients' `extends: ../agence-base.yaml` stays inside it.
    const run = await runHere(["generate", "clients/p*.yaml", "--out", tempDir(), "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonOut).files.map((f) => f.file.split("/").pop())).toEqual(["petits-pas.yaml"]);
  });

  it("prints only the JSON report on stdout with --json", async () => {
    const dir = agency({ "broken.yaml": client("Cassé", "\nrefunds:\n  days: 30\n") });
    const run = await runHere(["generate", dir, "--out", tempDir(), "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonOut; // throws if anything else is on stdout
    expect(report.summary).toMatchObject({ configs: 4, rendered: 3, failed: 1, skipped: 1 });
    expect(report.skipped).toEqual([join(dir, "agence-base.yaml")]);
    const broken = report.files.find((f) => f.file.endsWith("broken.yaml"));
    expect(broken).toMatchObject({ ok: false, written: [] });
    expect(broken?.findings[0]).toMatchObject({ rule: "refund-days", column: 9 });
    const ok = report.files.find((f) => f.file.endsWith("petits-pas.yaml"));
    expect(ok?.written.map((p) => p.split("/").slice(-2).join("/"))).toEqual([
      "petits-pas/politique-retour.md",
      "petits-pas/politique-retour.html",
      "petits-pas/politique-retour.fragment.html",
      "petits-pas/politique-retour.pdf",
      "petits-pas/politique-retour.jsonld",
    ]);
  });

  it("splits the set into disjoint shards that together give all of it", async () => {
    const extra = Object.fromEntries(["Alpha", "Bravo", "Charlie", "Delta", "Echo"].map((n) => [`${n.toLowerCase()}.yaml`, client(n)]));
    const dir = agency(extra);
    const rendered = async (shard?: string) => {
      const run = await runHere(["generate", dir, "--out", tempDir(), "--json", ...(shard ? ["--shard", shard] : [])]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as JsonOut).files.map((f) => f.file);
    };
    const [all, one, two] = await Promise.all([rendered(), rendered("1/2"), rendered("2/2")]);
    expect(all).toHaveLength(8);
    expect(one.length + two.length).toBe(all.length);
    expect([...one, ...two].sort()).toEqual([...all].sort());
    expect(one.filter((f) => two.includes(f))).toEqual([]);
  });

  it("refuses two shops that would share an output folder, naming both files", async () => {
    const dir = agency({ "a.yaml": client("Même Nom"), "b.yaml": client("Même nom !") });
    const out = tempDir();
    const run = await runHere(["generate", dir, "--out", out]);
    expect(run.code).toBe(1);
    const collision = run.stderr.replace(/\u00a0|\u202f/gu, " ").split("\n").filter((l) => l.includes("output/slug-collision"));
    expect(collision).toHaveLength(2);
    expect(collision[0]).toContain(`${join(dir, "clients/a.yaml")}:`);
    expect(collision[0]).toContain("« meme-nom »");
    expect(collision[0]).toContain(join(dir, "clients/b.yaml"));
    expect(collision[1]).toContain(`${join(dir, "clients/b.yaml")}:`);
    expect(readdirSync(out)).not.toContain("meme-nom");
  });

  it("keeps hostile shop names inside --out", async () => {
    const dir = agency({ "hostile.yaml": client("../../etc"), "dots.yaml": client("..") });
    const out = join(tempDir(), "deep", "out");
    const run = await runHere(["generate", dir, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    for (const f of (JSON.parse(run.stdout) as JsonOut).files) for (const p of f.written) expect(p.startsWith(`${out}/`)).toBe(true);
    expect(readdirSync(out)).toContain("etc");
    expect(readdirSync(out)).toContain("boutique");
  });

  it("writes byte-identical files with --jobs 1 and --jobs 2", async () => {
    const extra = Object.fromEntries(["Un", "Deux", "Trois"].map((n) => [`${n.toLowerCase()}.yaml`, client(n)]));
    const dir = agency(extra);
    const [a, b] = [tempDir(), tempDir()];
    const [one, two] = await Promise.all([runHere(["generate", dir, "--out", a, "--jobs", "1"]), runHere(["generate", dir, "--out", b, "--jobs", "2"])]);
    expect([one.code, two.code], one.stderr + two.stderr).toEqual([0, 0]);
    const [treeA, treeB] = [tree(a), tree(b)];
    expect(treeA.size).toBe(36); // 6 shops × (5 formats + the fingerprint)
    expect([...treeB.keys()].sort()).toEqual([...treeA.keys()].sort());
    for (const [path, bytes] of treeA) expect(bytes.equals(treeB.get(path) as Buffer), path).toBe(true);
    // Logs come in discovery order whatever order the workers finish in.
    expect(two.stderr.replace(/Terminé en .*/u, "")).toBe(one.stderr.replace(/Terminé en .*/u, ""));
  });

  it("writes no ANSI escape when not on a terminal, even without NO_COLOR", async () => {
    const dir = agency({ "broken.yaml": client("Cassé", "\nrefunds:\n  days: 30\n") });
    const run = await runHere(["generate", dir, "--out", tempDir()], { env: { NO_COLOR: undefined, CI: undefined } });
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).not.toMatch(/\u001b/u);
  });

  it("speaks English with --lang en", async () => {
    const run = await runHere(["generate", agency(), "--out", tempDir(), "--lang", "en"]);
    expect(run.stderr).toMatch(/Done in .* 3 policy\(ies\) rendered, 0 with warnings, 0 failed, 1 base file\(s\) skipped\./u);
  });

  it("reports a shop folder it cannot write to for that config, and goes on", async () => {
    const out = tempDir();
    writeFileSync(join(out, "petits-pas"), "not a folder");
    const run = await runHere(["generate", agency(), "--out", out, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonOut;
    expect(report.summary).toMatchObject({ configs: 3, rendered: 2, failed: 1 });
    expect(report.files.find((f) => !f.ok)?.findings[0]?.rule).toBe("output/write");
  });

  it.each([
    [["--jobs", "0"]],
    [["--jobs", "two"]],
    [["--shard", "3/2"]],
    [["--shard", "0/2"]],
    [["--format", "doc"]],
  ])("exits 2 on a bad option %j", async (args) => {
    const run = await runHere(["generate", "examples/agence", "--out", tempDir(), ...args]);
    expect(run.code).toBe(2);
  });

  it("exits 2 when a path or glob matches nothing", async () => {
    expect((await runHere(["generate", "nowhere.yaml", "--out", tempDir()])).code).toBe(2);
    expect((await runHere(["generate", "examples/nothing-*.yaml", "--out", tempDir()])).code).toBe(2);
  });
});

describe("shards", () => {
  it("parses I/N with 1 ≤ I ≤ N only", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "1/0", "1", "a/b", "-1/2"]) expect(parseShard(bad)).toBeUndefined();
  });

  it("partitions any list for any N", () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    for (let count = 1; count <= 6; count++) {
      const slices = Array.from({ length: count }, (_, i) => inShard(items, { index: i + 1, count }));
      expect(slices.flat().sort((a, b) => a - b)).toEqual(items);
      expect(Math.max(...slices.map((s) => s.length)) - Math.min(...slices.map((s) => s.length))).toBeLessThanOrEqual(1);
    }
  });
});
