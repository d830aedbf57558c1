/**
 * Short `generate` runs start from a V8 startup snapshot (src/cli/launch.ts, built by
 * scripts/build-snapshot.mjs in `npm run build`). It must be invisible: the same files byte for
 * byte, the same messages, the same exit codes, and Ctrl-C still cleans up.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { MANIFEST_NAME } from "../src/batch/fingerprint.js";
import { codeHash, dependenciesUnchanged, sha256 } from "../src/io/code-hash.js";
import { snapshotPlan, type Runtime, type SnapshotManifest } from "../src/cli/launch.js";
import { IN_THREAD_BELOW, warmInThreadBelow } from "../src/batch/pool.js";
import { HOSTILE, hostileConfig } from "./fixtures/hostile.js";
import { BIN, EXAMPLE, ROOT, runCli, tempDir, tree, type RunResult } from "./helpers.js";
import { runBuilt } from "./in-process.js";

const DEBUG = { POLITIQUE_RETOUR_DEBUG_START: "1" };
const OFF = { POLITIQUE_RETOUR_SNAPSHOT: "0" };
/** Where dist/cli/launch.js looks (src/cli/launch.ts is imported here, from src/). */
const BUILT = join(ROOT, "dist/snapshot");

/** Output folders differ between the two runs, and the summary says how long it took. */
function comparable(text: string, out: string): string {
  return text.split(out).join("OUT").replace(/\d+,\d+ s/gu, "N s").replace(/"seconds": [\d.]+/gu, '"seconds": N');
}

/**
 * Runs generate from the snapshot (the executable) and without it (the same build's run() in
 * this process: what the normal start runs); both must agree on everything.
 */
async function bothWays(args: string[]): Promise<{ snap: RunResult; plain: RunResult; files: Map<string, Buffer> }> {
  const [a, b] = [tempDir(), tempDir()];
  const snap = await runCli(["generate", ...args, "--out", a], { env: DEBUG });
  const plain = await runBuilt(["generate", ...args, "--out", b], { env: { ...DEBUG, ...OFF } });
  expect(snap.stderr.split("\n")[0]).toMatch(/^start: snapshot .*--snapshot-blob /u);
  expect(plain.stderr).not.toMatch(/^start: snapshot/u);
  expect(snap.code).toBe(plain.code);
  expect(comparable(snap.stdout, a)).toBe(comparable(plain.stdout, b));
  expect(comparable(snap.stderr.split("\n").slice(1).join("\n"), a)).toBe(comparable(plain.stderr, b));
  const [fa, fb] = [tree(a), tree(b)];
  expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
  for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true);
  return { snap, plain, files: fa };
}

describe("the start-up snapshot", { timeout: 120_000 }, () => {
  it("was built by npm run build for this node", () => {
    const manifest = JSON.parse(readFileSync(join(BUILT, "manifest.json"), "utf8")) as SnapshotManifest;
    expect(manifest).toMatchObject({ execPath: process.execPath, node: process.version, v8: process.versions.v8, arch: process.arch, platform: process.platform });
    expect(manifest.code).toBe(codeHash(join(ROOT, "dist")));
    expect(manifest.stamps.map((s) => s.path)).toContain("render/pdf/index.js");
    expect(readFileSync(join(BUILT, manifest.blob)).length).toBeGreaterThan(1_000_000);
  });

  it("gives the same files, messages and exit code for every example", async () => {
    const examples = [
      ...readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml")).map((f) => join(ROOT, "examples", f)),
      ...readdirSync(join(ROOT, "examples/agence/clients")).map((f) => join(ROOT, "examples/agence/clients", f)),
    ];
    const { files } = await bothWays([...examples, "--format", "md,html,fragment,pdf,jsonld"]);
    expect(files.size).toBe(examples.length * 6); // five formats and the fingerprint
  });

  it("gives the same bytes for hostile text, combining marks and other scripts", async () => {
    const dir = tempDir();
    const names = [...HOSTILE.slice(0, 12), "Café ḿ ṃ ǹ e\u0301 देवनागरी े", "Ωmega Кириллица ﬁ ﬂ"];
    const files = names.map((s, i) => {
      const file = join(dir, `shop-${i}.yaml`);
      writeFileSync(file, stringify({ ...hostileConfig(s), shop: { ...hostileConfig(s).shop, name: `Boutique ${i} ${s}` } }));
      return file;
    });
    await bothWays([...files, "--format", "md,html,pdf"]);
  });

  it("reports a broken config and a usage error the same way", async () => {
    const dir = tempDir();
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, readFileSync(EXAMPLE, "utf8").replace("days: 14\n  onlineFunction", "days: 10\n  onlineFunction"));
    const { snap } = await bothWays([EXAMPLE, broken]);
    expect(snap.code).toBe(1);
    expect(snap.stderr).toMatch(/broken\.yaml:\d+:\d+ +error +withdrawal\.days: .*L221-18/u);
    const usage = await bothWays([EXAMPLE, "--format", "rtf"]);
    expect(usage.snap.code).toBe(2);
    const json = await bothWays([EXAMPLE, "--json", "--format", "md"]);
    expect(JSON.parse(json.snap.stdout).summary.rendered).toBe(1);
  });
});

describe("an incremental run over a folder", { timeout: 240_000 }, () => {
  it("starts from the snapshot when fewer shops are left to render than the worker pool takes (--jobs 2): same files, same messages", async () => {
    const configs = tempDir();
    const example = readFileSync(EXAMPLE, "utf8");
    const names = Array.from({ length: 18 }, (_, i) => join(configs, `shop-${String(i).padStart(2, "0")}.yaml`));
    names.forEach((path, i) => writeFileSync(path, example.replace("name: Atelier Lumière", `name: Atelier Lumière ${i}`)));
    const [a, b] = [tempDir(), tempDir()];
    // `--jobs 2`: two threads asked for, so the snapshot's child (one thread) only takes runs with
    // fewer than IN_THREAD_BELOW configs to render, and 18 found configs are not that.
    const args = (out: string) => ["generate", configs, "--out", out, "--format", "md,html,pdf", "--jobs", "2"];
    // The first run renders 18 shops: the normal start (its worker pool). The folder the run
    // without the snapshot starts from is a copy of its result (fingerprints name their sources
    // relative to the shop's folder, and both folders are in the same place).
    const first = await runCli(args(a), { env: DEBUG });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toMatch(/^start: snapshot/mu);
    cpSync(a, b, { recursive: true, preserveTimestamps: true });
    const edited = names[3] as string;
    writeFileSync(edited, readFileSync(edited, "utf8").replace("name: Atelier Lumière 3", "name: Atelier Lumière trois"));
    const snap = await runCli([...args(a), "--json"], { env: DEBUG });
    const plain = await runBuilt([...args(b), "--json"], { env: { ...DEBUG, ...OFF } });
    expect(snap.stderr.split("\n")[0]).toMatch(/^start: snapshot .*--snapshot-blob /u);
    expect(plain.stderr).not.toMatch(/^start: snapshot/mu);
    expect(snap.code).toBe(0);
    expect(plain.code).toBe(0);
    expect(JSON.parse(snap.stdout).summary).toMatchObject({ rendered: 1, unchanged: 17 });
    expect(comparable(snap.stdout, a)).toBe(comparable(plain.stdout, b));
    expect(comparable(snap.stderr.split("\n").slice(1).join("\n"), a)).toBe(comparable(plain.stderr, b));
    const [fa, fb] = [tree(a), tree(b)];
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true);
    // --force asks for every shop: the normal start. The built launcher's decision for that
    // command line (dist/cli/launch.js: its fingerprints are dist/'s), asked here rather than by
    // rendering the 18 shops once more; without --force, the same decision is the one that
    // started the run above from the snapshot.
    const { fewToRender, generateArgs } = (await import(pathToFileURL(join(ROOT, "dist/cli/launch.js")).href)) as typeof import("../src/cli/launch.js");
    const argv = (extra: string[]) => generateArgs(["node", BIN, ...args(a), ...extra])!;
    expect(await fewToRender(argv(["--force"]))).toBe(false);
    expect(await fewToRender(argv([]))).toBe(true);
    // Without --jobs, 18 configs are few enough for the snapshot's thread, current or not.
    const alone = (extra: string[]) => generateArgs(["node", BIN, "generate", configs, "--out", a, ...extra])!;
    expect(await fewToRender(alone(["--force"]))).toBe(true);
  });
});

describe("a batch the snapshot's warm thread renders alone", { timeout: 240_000 }, () => {
  it("is up to 199 configs on two cores or fewer, 99 on more", () => {
    expect([1, 2, 3, 4, 64].map((cores) => warmInThreadBelow(cores))).toEqual([200, 200, 100, 100, 100]);
  });

  it("20 named files start from the snapshot and are rendered in its thread; the normal start (worker pool) writes the same bytes", async () => {
    const dir = tempDir();
    const example = readFileSync(EXAMPLE, "utf8");
    const files = Array.from({ length: 20 }, (_, i) => {
      const path = join(dir, `shop-${String(i).padStart(2, "0")}.yaml`);
      writeFileSync(path, example.replace("name: Atelier Lumière", `name: Atelier Lumière ${i}`));
      return path;
    });
    expect(files.length).toBeGreaterThanOrEqual(IN_THREAD_BELOW); // the normal start's worker pool
    const [a, b] = [tempDir(), tempDir()];
    const args = (out: string) => ["generate", ...files, "--out", out, "--format", "md,pdf"];
    const snap = await runCli(args(a), { env: DEBUG });
    const pool = await runCli(args(b), { env: { ...DEBUG, ...OFF } });
    expect(snap.code, snap.stderr).toBe(0);
    expect(pool.code, pool.stderr).toBe(0);
    expect(snap.stderr.split("\n")[0]).toMatch(/^start: snapshot .*--snapshot-blob /u);
    expect(pool.stderr).not.toMatch(/^start: snapshot/mu);
    expect(snap.stderr).toMatch(/\(1 fil\(s\)\)\s*:\s*20 politique/u);
    const [fa, fb] = [tree(a), tree(b)];
    expect(fa.size).toBe(60); // md, pdf and the fingerprint of each shop
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true);
  });
});

describe("when the snapshot is used", () => {
  const dir = tempDir();
  const manifest: SnapshotManifest = { blob: "x.blob", execPath: "/node", node: "v20.0.0", v8: "11", arch: "x64", platform: "linux", flags: ["--flag"], blobSize: 0, blobMtimeMs: 0, code: "c0de", stamps: [], dependencies: [] };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(dir, "x.blob"), "");
  utimesSync(join(dir, "x.blob"), 0, 0);
  const runtime: Runtime = { execPath: "/node", version: "v20.0.0", v8: "11", arch: "x64", platform: "linux", execArgv: [], code: () => "c0de", dependencies: () => true };
  const configs = tempDir();
  const file = (n: number) => {
    const path = join(configs, `c${n}.yaml`);
    writeFileSync(path, "");
    return path;
  };
  const plan = (args: string[], env: NodeJS.ProcessEnv = {}, rt = runtime, snapDir = dir) => snapshotPlan(["node", "bin", ...args], env, snapDir, rt);

  it("starts short generate runs from it, with its flags and every argument", () => {
    const f = file(1);
    expect(plan(["generate", f, "--out", "o", "-f", "md,pdf", "--json", "--lang=en", "--jobs", "2"])).toEqual({
      execPath: "/node",
      args: ["--flag", "--snapshot-blob", join(dir, "x.blob"), "generate", f, "--out", "o", "-f", "md,pdf", "--json", "--lang=en", "--jobs", "2"],
      code: "c0de",
    });
    expect(plan(["generate", ...Array.from({ length: 15 }, (_, i) => file(i))])).toBeDefined();
    // Up to warmInThreadBelow() - 1 named files: the child renders them in its warm thread.
    expect(plan(["generate", ...Array.from({ length: warmInThreadBelow() - 1 }, (_, i) => file(i))])).toBeDefined();
    expect(plan(["generate", ...Array.from({ length: IN_THREAD_BELOW - 1 }, (_, i) => file(i)), "--jobs", "2"])).toBeDefined();
  });

  it("leaves everything else to the normal start", () => {
    const f = file(1);
    expect(plan(["generate", f], { POLITIQUE_RETOUR_SNAPSHOT: "0" })).toBeUndefined();
    expect(plan(["generate", ...Array.from({ length: warmInThreadBelow() }, (_, i) => file(i))])).toBeUndefined(); // the worker pool's size
    expect(plan(["generate", ...Array.from({ length: IN_THREAD_BELOW }, (_, i) => file(i)), "-j", "2"])).toBeUndefined(); // two threads asked for
    expect(plan(["generate", configs])).toBeUndefined(); // a folder
    expect(plan(["generate", join(configs, "*.yaml")])).toBeUndefined(); // a glob
    expect(plan(["generate", join(configs, "missing.yaml")])).toBeUndefined();
    expect(plan(["generate", f, "--help"])).toBeUndefined();
    expect(plan(["generate", f, "--shard"])).toBeDefined(); // its value is missing: commander says so in the child
    expect(plan(["generate", f, "--unknown"])).toBeUndefined();
    expect(plan(["generate"])).toBeUndefined();
    for (const args of [["check", f], ["--help"], ["--version"], ["init"], ["rules"], []]) expect(plan(args)).toBeUndefined();
    expect(plan(["generate", f], {}, { ...runtime, version: "v22.0.0" })).toBeUndefined(); // another node
    expect(plan(["generate", f], {}, { ...runtime, v8: "12" })).toBeUndefined();
    expect(plan(["generate", f], {}, { ...runtime, execPath: "/other/node" })).toBeUndefined(); // same version, other binary
    expect(plan(["generate", f], {}, { ...runtime, code: () => "c0dd" })).toBeUndefined(); // dist/ compiled again since
    expect(plan(["generate", f], {}, { ...runtime, dependencies: () => false })).toBeUndefined(); // a dependency updated or patched since
    for (const flag of ["--max-old-space-size=4096", "--max-semi-space-size=64", "--expose-gc", "--require ./x.js"]) {
      expect(plan(["generate", f], { NODE_OPTIONS: flag })).toBeUndefined();
      expect(plan(["generate", f], {}, { ...runtime, execArgv: flag.split(" ") })).toBeUndefined();
    }
    expect(plan(["generate", f], { NODE_OPTIONS: "--no-warnings --enable-source-maps" })).toBeDefined();
    expect(plan(["generate", f], {}, runtime, tempDir())).toBeUndefined(); // not built
  });
});

describe("an installed package's postinstall", () => {
  it("says in the user's language, in one line, that the command starts normally when no blob can be built", () => {
    // A package whose bundle is missing: the postinstall ends well and says why, nothing more.
    const pkg = tempDir();
    mkdirSync(join(pkg, "scripts"));
    mkdirSync(join(pkg, "dist/io"), { recursive: true });
    cpSync(join(ROOT, "scripts/snapshot-blob.mjs"), join(pkg, "scripts/snapshot-blob.mjs"));
    cpSync(join(ROOT, "dist/io/code-hash.js"), join(pkg, "dist/io/code-hash.js"));
    const postinstall = (LANG: string) =>
      spawnSync(process.execPath, [join(pkg, "scripts/snapshot-blob.mjs")], { encoding: "utf8", env: { PATH: process.env.PATH, LANG } });
    const fr = postinstall("fr_FR.UTF-8");
    expect(fr.status).toBe(0);
    expect(fr.stderr).toBe("politique-retour\u202F: démarrage rapide non préparé (dist/snapshot-bundle est absent)\u202F; la commande fonctionne normalement, un peu moins vite.\n");
    expect(postinstall("C.UTF-8").stderr).toBe(fr.stderr);
    const en = postinstall("en_GB.UTF-8");
    expect(en.status).toBe(0);
    expect(en.stderr).toBe("politique-retour: start-up snapshot not built (no bundle in dist/snapshot-bundle); the command starts normally, a little slower.\n");
    expect(existsSync(join(pkg, "dist/snapshot"))).toBe(false);
  });
});

describe("the dependency files in the blob", () => {
  // scripts/snapshot-blob.mjs, run by the build and by an installed package's postinstall.
  const blobScript = () => import(pathToFileURL(join(ROOT, "scripts/snapshot-blob.mjs")).href) as Promise<{ dependencyStamps: (root: string, recorded: unknown) => Array<{ path: string; size: number; mtimeMs: number; sha256: string }> | { en: string; fr: string } }>;
  const project = () => {
    // An installed package: its dependencies hoisted into the project's node_modules, above it.
    const dir = tempDir();
    const pkg = join(dir, "node_modules", "politique-retour");
    mkdirSync(join(dir, "node_modules", "pdfkit", "js"), { recursive: true });
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(dir, "node_modules", "pdfkit", "js", "pdfkit.js"), "module.exports = 1;\n");
    return { dir, pkg, file: join(dir, "node_modules", "pdfkit", "js", "pdfkit.js") };
  };
  const bundled = [{ name: "pdfkit", file: "js/pdfkit.js", sha256: sha256("module.exports = 1;\n") }];

  it("are found where the package is installed and stamped; another version or a patch, or a missing file, builds no blob", async () => {
    const { dependencyStamps } = await blobScript();
    const { pkg, file } = project();
    const stamps = dependencyStamps(pkg, bundled);
    expect(stamps).toEqual([{ path: "../pdfkit/js/pdfkit.js", size: 20, mtimeMs: statSync(file).mtimeMs, sha256: bundled[0]!.sha256 }]);
    writeFileSync(file, "module.exports = 2;\n");
    expect(dependencyStamps(pkg, bundled)).toEqual({ en: "pdfkit/js/pdfkit.js is not the file bundled", fr: "pdfkit/js/pdfkit.js n’est pas le fichier du bundle (une autre version, ou modifié)" });
    expect(dependencyStamps(pkg, [{ ...bundled[0], name: "fontkit" }])).toEqual({ en: "fontkit/js/pdfkit.js is missing", fr: "fontkit/js/pdfkit.js est introuvable" });
    expect(dependencyStamps(pkg, undefined)).toMatchObject({ en: expect.stringMatching(/does not list/u) });
  });

  it("make the blob stale once one of them changes, not when it is only touched", async () => {
    const { dependencyStamps } = await blobScript();
    const { pkg, file } = project();
    const stamps = dependencyStamps(pkg, bundled);
    if (!Array.isArray(stamps)) throw new Error(stamps.en);
    expect(dependenciesUnchanged(pkg, stamps)).toBe(true);
    utimesSync(file, new Date("2030-01-01"), new Date("2030-01-01")); // reinstalled, same bytes
    expect(dependenciesUnchanged(pkg, stamps)).toBe(true);
    writeFileSync(file, "module.exports = 3;\n"); // same size, other code: a patch
    expect(dependenciesUnchanged(pkg, stamps)).toBe(false);
    expect(dependenciesUnchanged(pkg, [{ ...stamps[0]!, path: "../pdfkit/js/gone.js" }])).toBe(false);
  });
});

/** Starts generate on `count` shops (from the snapshot), sends `signal` after the first file. */
function interrupt(count: number, signal: NodeJS.Signals, toGroup: boolean): Promise<{ code: number | null; out: string }> {
  const configs = tempDir();
  const example = readFileSync(EXAMPLE, "utf8");
  const files = Array.from({ length: count }, (_, i) => {
    const path = join(configs, `shop-${i}.yaml`);
    writeFileSync(path, example.replace("name: Atelier Lumière", `name: Atelier Lumière ${i}`));
    return path;
  });
  const out = tempDir();
  return new Promise((done) => {
    // A process group of its own, so that a signal to the group reaches the launcher and the
    // child together, as Ctrl-C in a terminal does.
    const child = spawn(process.execPath, [BIN, "generate", ...files, "--out", out], {
      env: { ...process.env, ...DEBUG, CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let sent = false;
    child.stdout.on("data", () => {
      if (sent) return;
      sent = true;
      process.kill(toGroup ? -child.pid! : child.pid!, signal);
    });
    child.on("exit", (code) => {
      expect(stderr).toMatch(/^start: snapshot/u);
      done({ code, out });
    });
  });
}

function leftovers(out: string): string[] {
  return [...tree(out).keys()].filter((p) => p.split("/").pop()!.startsWith(".") && !p.endsWith(`/${MANIFEST_NAME}`));
}

/** Processes still running with `text` in their command line (Linux /proc). */
function running(text: string): number[] {
  return readdirSync("/proc")
    .filter((p) => /^\d+$/u.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("interrupting a run started from the snapshot", () => {
  it("passes a signal sent to the launcher alone on to the child: exit 130, no temp file, no process left", async () => {
    const { code, out } = await interrupt(15, "SIGTERM", false);
    expect(code).toBe(130);
    expect(leftovers(out)).toEqual([]);
    expect(running(out)).toEqual([]);
  });

  it("counts Ctrl-C reaching both processes once: exit 130, no temp file", async () => {
    const { code, out } = await interrupt(15, "SIGINT", true);
    expect(code).toBe(130);
    expect(leftovers(out)).toEqual([]);
    expect(running(out)).toEqual([]);
  });
});
