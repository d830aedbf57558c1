/**
 * The start-up snapshot never stands in the way: whatever makes it unusable (heap flags in
 * NODE_OPTIONS, a damaged or foreign blob, dist/ compiled again), `generate` writes the same
 * bytes and says the same things as the normal start. Run as real processes.
 */
import { execFileSync } from "node:child_process";
import { closeSync, cpSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeHash } from "../src/io/code-hash.js";
import type { SnapshotManifest } from "../src/cli/launch.js";
import { EXAMPLE, ROOT, runCli, tempDir, tree, type RunResult } from "./helpers.js";
import { runBuilt } from "./in-process.js";

const DEBUG = { POLITIQUE_RETOUR_DEBUG_START: "1" };

/** The folders differ between runs, and the summary says how long it took. */
const comparable = (text: string, out: string) => text.split(out).join("OUT").replace(/\d+,\d+ s/gu, "N s");

/** A copy of the built package (bin, dist, package.json; node_modules linked) that a test may damage. */
function packageCopy(): string {
  const dir = tempDir();
  for (const name of ["bin", "dist", "package.json"]) cpSync(join(ROOT, name), join(dir, name), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  restamp(dir);
  return dir;
}

/** A copied file keeps its mtime to the microsecond only: the manifest is told the copy's. */
function restamp(pkg: string): void {
  const manifest = manifestOf(pkg);
  const { size, mtimeMs } = statSync(join(pkg, "dist/snapshot", manifest.blob));
  writeFileSync(join(pkg, "dist/snapshot/manifest.json"), JSON.stringify({ ...manifest, blobSize: size, blobMtimeMs: mtimeMs }));
}

async function runFrom(pkg: string, out: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  // runCli starts ROOT's bin: this one starts the copy's.
  const { execFile } = await import("node:child_process");
  return new Promise((done) => {
    execFile(process.execPath, [join(pkg, "bin/politique-retour.js"), "generate", EXAMPLE, "--out", out, "--format", "md,html,pdf"], { cwd: ROOT, env: { ...process.env, LANG: "fr_FR.UTF-8", NO_COLOR: "1", ...env } }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The normal start's run, once per build: ROOT's, or a copy's whose dist/ differs from ROOT's (a
 * copy that only damaged its blob runs the same code, so its normal run is ROOT's).
 */
const normals = new Map<string, Promise<{ run: RunResult; out: string }>>();
function normalRun(pkg?: string): Promise<{ run: RunResult; out: string }> {
  const key = pkg !== undefined && codeHash(join(pkg, "dist")) !== codeHash(join(ROOT, "dist")) ? pkg : ROOT;
  if (!normals.has(key)) {
    const out = tempDir();
    const off = { POLITIQUE_RETOUR_SNAPSHOT: "0" };
    // ROOT's: its built run() in this process (what the executable's normal start runs, as
    // test/snapshot.test.ts compares); a copy's other code: its own executable.
    normals.set(key, (key === ROOT ? runBuilt(["generate", EXAMPLE, "--out", out, "--format", "md,html,pdf"], { env: off }) : runFrom(key, out, off)).then((run) => ({ run, out })));
  }
  return normals.get(key)!;
}

/** The run under test against a normal start: same exit code, stdout, stderr and bytes. */
async function expectSameAsNormal(run: (out: string) => Promise<RunResult>, pkg?: string): Promise<RunResult> {
  const a = tempDir();
  const tested = await run(a);
  const { run: normal, out: b } = await normalRun(pkg);
  expect(tested.code, tested.stderr).toBe(0);
  expect(normal.code).toBe(0);
  expect(comparable(tested.stdout, a)).toBe(comparable(normal.stdout, b));
  // Nothing node said about a blob it could not load reaches the user.
  const stderr = tested.stderr.split("\n").filter((l) => !l.startsWith("start: ")).join("\n");
  expect(comparable(stderr, a)).toBe(comparable(normal.stderr, b));
  const [fa, fb] = [tree(a), tree(b)];
  expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
  for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true);
  return tested;
}

const manifestOf = (pkg: string) => JSON.parse(readFileSync(join(pkg, "dist/snapshot/manifest.json"), "utf8")) as SnapshotManifest;

describe("the snapshot falls back to the normal start", { timeout: 180_000 }, () => {
  for (const flags of ["--max-old-space-size=4096", "--max-semi-space-size=64", "--expose-gc", "--no-warnings --max-old-space-size=4096"]) {
    it(`NODE_OPTIONS=${flags}: not used, same output`, async () => {
      const run = await expectSameAsNormal((out) => runCli(["generate", EXAMPLE, "--out", out, "--format", "md,html,pdf"], { env: { ...DEBUG, NODE_OPTIONS: flags } }));
      expect(run.stderr).not.toMatch(/^start: snapshot/mu);
    });
  }

  it("NODE_OPTIONS=--no-warnings: still used, same output", async () => {
    const run = await expectSameAsNormal((out) => runCli(["generate", EXAMPLE, "--out", out, "--format", "md,html,pdf"], { env: { ...DEBUG, NODE_OPTIONS: "--no-warnings" } }));
    expect(run.stderr).toMatch(/^start: snapshot /u);
  });

  it("a truncated blob: not used, same output", async () => {
    const pkg = packageCopy();
    const blob = join(pkg, "dist/snapshot", manifestOf(pkg).blob);
    writeFileSync(blob, readFileSync(blob).subarray(0, 1_000_000));
    const run = await expectSameAsNormal((out) => runFrom(pkg, out, DEBUG), pkg);
    expect(run.stderr).not.toMatch(/^start: snapshot/mu);
  });

  it("a blob damaged in place (same size and mtime): the child fails to load it, the command runs normally, same output", async () => {
    const pkg = packageCopy();
    const blob = join(pkg, "dist/snapshot", manifestOf(pkg).blob);
    const fd = openSync(blob, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(statSync(blob).size / 2));
    closeSync(fd);
    restamp(pkg); // as if its mtime had been kept: only loading it shows the damage
    const run = await expectSameAsNormal((out) => runFrom(pkg, out, DEBUG), pkg);
    expect(run.stderr).toMatch(/^start: snapshot /u);
    expect(run.stderr).toMatch(/^start: snapshot failed \(exit \S+\), normal start$/mu);
  });

  it("a foreign blob (another program's, passing every check): the command runs normally, same output", async () => {
    const pkg = packageCopy();
    const dir = tempDir();
    const foreign = join(dir, "foreign.blob");
    writeFileSync(join(dir, "main.cjs"), 'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => {});\n');
    execFileSync(process.execPath, ["--snapshot-blob", foreign, "--build-snapshot", join(dir, "main.cjs")], { cwd: dir, stdio: "ignore" });
    const manifest = manifestOf(pkg);
    const blob = join(pkg, "dist/snapshot", manifest.blob);
    cpSync(foreign, blob);
    restamp(pkg);
    const run = await expectSameAsNormal((out) => runFrom(pkg, out, DEBUG), pkg);
    expect(run.stderr).toMatch(/^start: snapshot failed \(exit \S+\), normal start$/mu);
  });

  it("a dependency in the blob changed since it was built (an update, a patch) makes it stale; reinstalled with the same content, it does not", async () => {
    const pkg = packageCopy();
    const manifest = manifestOf(pkg);
    const at = manifest.dependencies.findIndex((d) => d.path.endsWith(".js"));
    expect(at).toBeGreaterThanOrEqual(0);
    const write = (change: Partial<SnapshotManifest["dependencies"][number]>) => {
      const dependencies = manifest.dependencies.map((d, i) => (i === at ? { ...d, ...change } : d));
      writeFileSync(join(pkg, "dist/snapshot/manifest.json"), JSON.stringify({ ...manifest, dependencies }));
    };
    // node_modules is shared with the tree: the manifest is told other stamps instead.
    write({ mtimeMs: 1 }); // another mtime, the same bytes
    const same = await runFrom(pkg, tempDir(), DEBUG);
    expect(same.stderr).toMatch(/^start: snapshot /u);
    write({ mtimeMs: 1, sha256: "0".repeat(64) }); // the blob was built from other bytes
    const run = await expectSameAsNormal((out) => runFrom(pkg, out, DEBUG), pkg);
    expect(run.stderr).not.toMatch(/^start: snapshot/mu);
  });

  it("one file of dist/ compiled again with other content makes the blob stale; touched with the same content, it does not", async () => {
    const pkg = packageCopy();
    const pdf = join(pkg, "dist/render/pdf/index.js");
    const text = readFileSync(pdf, "utf8");
    writeFileSync(pdf, text); // new mtime, same bytes
    const same = await runFrom(pkg, tempDir(), DEBUG);
    expect(same.stderr).toMatch(/^start: snapshot /u);
    writeFileSync(pdf, `${text}\n// compiled again\n`);
    const run = await expectSameAsNormal((out) => runFrom(pkg, out, DEBUG), pkg);
    expect(run.stderr).not.toMatch(/^start: snapshot/mu);
  });
});
