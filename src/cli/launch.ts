/**
 * How the `politique-retour` command starts.
 *
 * A short `generate` (a few config files) spends nearly all of a cold start loading modules,
 * parsing fonts and running the PDF layout for the first time. `npm run build` saves a V8
 * startup snapshot of a process that has done all that once (scripts/build-snapshot.mjs), and
 * a `generate` with fewer than warmInThreadBelow() configs to render (200 on two cores, 100 on
 * more; named files, or folders and globs once the current shops are left out) starts a
 * `node --snapshot-blob` child from it instead, which renders them in its own, warm thread
 * (src/batch/pool.ts). Everything else (help, check, the wizard, bigger batches, `--jobs` 2 or
 * more from IN_THREAD_BELOW configs) runs in this process as before. Same code, same output:
 * test/snapshot.test.ts runs both and compares every byte.
 *
 * This module only loads node: built-ins, the two bounds of src/batch/pool.ts and src/io/code-hash.ts
 * (stats of dist/, files re-read only when their size or mtime changed): deciding costs little.
 * Only a batch loads discovery and the shops' fingerprints, to count what is left to render.
 */
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { IN_THREAD_BELOW, warmInThreadBelow } from "../batch/pool.js";
import { codeHashSince, dependenciesUnchanged, type FileStamp } from "../io/code-hash.js";

/** Written next to the blob by scripts/build-snapshot.mjs: a blob only loads in the node that made it. */
export interface SnapshotManifest {
  blob: string;
  /** Size and mtime of the blob when it was written: a blob changed since (damaged, copied over) is not used. */
  blobSize: number;
  blobMtimeMs: number;
  /** The node executable that built it: another binary of the same version may be built differently. */
  execPath: string;
  node: string;
  v8: string;
  arch: string;
  platform: string;
  /** V8 flags the blob was built with; the child must run with the same ones. */
  flags: string[];
  /** Hash of the compiled code (all of dist/) the blob was made from, and each file's stamp. */
  code: string;
  stamps: FileStamp[];
  /**
   * The dependency files in the blob (bundled modules, parsed fonts), relative to the package
   * root: a blob whose dependencies changed since (an update, a patch) would run other code
   * than the normal start.
   */
  dependencies: FileStamp[];
}

export const SNAPSHOT_DIR = fileURLToPath(new URL("../snapshot/", import.meta.url));

/** Options of `generate` that take a value (the next argument, unless written `--opt=value`). */
const VALUE_OPTIONS = new Set(["-o", "--out", "-f", "--format", "-j", "--jobs", "--shard", "--lang", "--root"]);
const FLAG_OPTIONS = new Set(["--json", "--force", "-q", "--quiet"]);

/** What the blob must match: this node, its flags, and the compiled code it was made from. */
export interface Runtime {
  execPath: string;
  version: string;
  v8: string;
  arch: string;
  platform: string;
  /** Flags given to this node (`process.execArgv`). */
  execArgv: readonly string[];
  /**
   * Hash of the compiled code now; files whose size and mtime match `recorded` are not read again
   * (and when all match, `recordedHash` is the answer: nothing is hashed).
   */
  code: (recorded: readonly FileStamp[], recordedHash: string) => string;
  /** The dependency files recorded with the blob are still there with the same content. */
  dependencies: (recorded: readonly FileStamp[]) => boolean;
}

/**
 * Node options that leave V8's heap as the blob expects. Any other (heap sizes, --expose-gc,
 * --require…) either makes the blob fail to load or changes what runs: the normal start then.
 */
const HARMLESS_FLAGS = /^--(?:no-warnings|no-deprecation|trace-warnings|trace-deprecation|enable-source-maps|disable-warning=.+|title=.+|unhandled-rejections=.+|use-openssl-ca|use-bundled-ca|dns-result-order=.+)$/u;

/** Every flag in NODE_OPTIONS and on node's command line is one the snapshot can run with. */
export function harmlessFlags(nodeOptions: string | undefined, execArgv: readonly string[]): boolean {
  const flags = [...(nodeOptions ?? "").split(/\s+/u).filter(Boolean), ...execArgv];
  return flags.every((f) => HARMLESS_FLAGS.test(f));
}

export interface StartPlan {
  execPath: string;
  args: string[];
  /** Hash of dist/ as the blob was made from it, checked against dist/ now (passed on to the child). */
  code: string;
}

/**
 * The child to start from the snapshot, or undefined to run in this process. Only plain
 * `generate` runs on fewer files than the worker pool takes qualify; anything unusual (a
 * folder, a glob, an option this does not know, help) is left to the normal path.
 */
export function snapshotPlan(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  dir: string = SNAPSHOT_DIR,
  runtime: Runtime = THIS_RUNTIME,
  /** Any inputs (folders, globs, many files): the caller knows few shops will be rendered. */
  anyInputs = false,
): StartPlan | undefined {
  const pending = blobPlan(argv, env, dir, runtime, anyInputs);
  return pending && sameCode(pending.manifest, runtime) ? pending.plan : undefined;
}

/** This node, and the code under dist/ now. */
const THIS_RUNTIME: Runtime = {
  execPath: process.execPath,
  version: process.version,
  v8: process.versions.v8,
  arch: process.arch,
  platform: process.platform,
  execArgv: process.execArgv,
  code: (recorded, recordedHash) => codeHashSince(fileURLToPath(new URL("..", import.meta.url)), recorded, recordedHash),
  dependencies: (recorded) => dependenciesUnchanged(fileURLToPath(new URL("../..", import.meta.url)), recorded),
};

/**
 * snapshotPlan without its last check, the code's (the stamps of every file of dist/: the
 * longest, so the launcher starts the child first and makes it while the child loads the blob).
 */
export function blobPlan(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  dir: string = SNAPSHOT_DIR,
  runtime: Runtime = THIS_RUNTIME,
  anyInputs = false,
): { plan: StartPlan; manifest: SnapshotManifest } | undefined {
  if (env.POLITIQUE_RETOUR_SNAPSHOT === "0") return undefined;
  if (!harmlessFlags(env.NODE_OPTIONS, runtime.execArgv)) return undefined;
  const args = generateArgs(argv);
  if (!args) return undefined;
  const { inputs } = args;
  if (!anyInputs && (inputs.length >= renderedAlone(args) || !inputs.every(isFile))) return undefined;

  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
  } catch {
    return undefined;
  }
  const sameNode =
    manifest.execPath === runtime.execPath && manifest.node === runtime.version && manifest.v8 === runtime.v8 &&
    manifest.arch === runtime.arch && manifest.platform === runtime.platform;
  if (!sameNode) return undefined;
  const blob = join(dir, manifest.blob);
  const stat = statSync(blob, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size !== manifest.blobSize || stat.mtimeMs !== manifest.blobMtimeMs) return undefined;
  if (!Array.isArray(manifest.flags) || typeof manifest.code !== "string") return undefined;
  return { plan: { execPath: runtime.execPath, args: [...manifest.flags, "--snapshot-blob", blob, ...argv.slice(2)], code: manifest.code }, manifest };
}

/**
 * dist/ and the dependencies are the code the blob was made from (a file compiled again, a
 * dependency updated or patched since makes it stale).
 */
export function sameCode(manifest: SnapshotManifest, runtime: Runtime = THIS_RUNTIME): boolean {
  try {
    return (
      Array.isArray(manifest.stamps) && Array.isArray(manifest.dependencies) &&
      runtime.code(manifest.stamps, manifest.code) === manifest.code && runtime.dependencies(manifest.dependencies)
    );
  } catch {
    return false;
  }
}

/** What the launcher needs of a `generate` command line, or undefined for anything else (help, an unknown option…). */
export interface GenerateArgs {
  inputs: string[];
  out: string;
  formats: string[];
  force: boolean;
  /** `--jobs` as given (a number, or NaN: commander refuses it in the child). */
  jobs?: number;
}

/**
 * Below how many configs to render the snapshot's child is the faster start: warmInThreadBelow(),
 * unless `--jobs` asks for two threads or more, which the worker pool gives from IN_THREAD_BELOW.
 */
export function renderedAlone(args: GenerateArgs): number {
  return args.jobs !== undefined && args.jobs > 1 ? IN_THREAD_BELOW : warmInThreadBelow();
}

/** Defaults of `generate` (src/cli/main.ts). */
const DEFAULT_OUT = "out";
const DEFAULT_FORMATS = "md,html,fragment,pdf,jsonld";

export function generateArgs(argv: readonly string[]): GenerateArgs | undefined {
  const [, , command, ...rest] = argv;
  if (command !== "generate") return undefined;
  const inputs: string[] = [];
  let out = DEFAULT_OUT;
  let formats = DEFAULT_FORMATS;
  let force = false;
  let jobs: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--") return undefined;
    if (arg.startsWith("-")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (VALUE_OPTIONS.has(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
        if (value !== undefined && (name === "-o" || name === "--out")) out = value;
        if (value !== undefined && (name === "-f" || name === "--format")) formats = value;
        if (value !== undefined && (name === "-j" || name === "--jobs")) jobs = Number(value);
      } else if (FLAG_OPTIONS.has(arg)) {
        if (arg === "--force") force = true;
      } else return undefined;
      continue;
    }
    inputs.push(arg);
  }
  if (inputs.length === 0) return undefined;
  const list = [...new Set(formats.split(",").map((f) => f.trim()).filter(Boolean))].sort();
  return { inputs, out, formats: list, force, ...(jobs !== undefined ? { jobs } : {}) };
}

/** Above this many configs, finding the few to render twice (here, then in the child) costs more than the snapshot saves. */
export const FEW_TO_RENDER_MAX_FILES = 2000;

/**
 * A `generate` over folders, globs or many files with fewer than renderedAlone() configs to
 * check and render: few found, or nearly all current (src/batch/fingerprint.ts: an agency's
 * commit that changed one config). Such a run starts from the snapshot too.
 */
export async function fewToRender(args: GenerateArgs): Promise<boolean> {
  const { discover } = await import("../batch/discover.js");
  const discovered = await discover(args.inputs);
  if ("problem" in discovered) return false;
  const { files } = discovered.found;
  const alone = renderedAlone(args);
  if (files.length < alone) return true;
  if (args.force || files.length > FEW_TO_RENDER_MAX_FILES) return false;
  const { currentIdentity, currentShops } = await import("../batch/fingerprint.js");
  const current = currentShops(files, resolve(args.out), args.formats, currentIdentity());
  return files.length - current.size < alone;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * glibc's malloc asked to back its large blocks with transparent huge pages (glibc 2.35 and
 * later, kernels whose THP setting is `madvise`). The child reads the 23 MB blob into malloc'd
 * buffers: in 4 KB pages that is ~12,000 page faults before V8 deserializes anything, a third of
 * the child's start on a virtual machine where each fault is slow (bench/RESULTS.md, section C).
 * A libc that is not glibc, or a glibc that does not know this tunable, ignores it.
 */
export const HUGE_MALLOC = "glibc.malloc.hugetlb=1";

/**
 * GLIBC_TUNABLES for the child: the user's own list (colon-separated), with HUGE_MALLOC added
 * unless it already says how malloc should use huge pages.
 */
export function childTunables(existing: string | undefined): string {
  const list = (existing ?? "").split(":").filter(Boolean);
  if (list.some((t) => t.startsWith("glibc.malloc.hugetlb="))) return list.join(":");
  return [...list, HUGE_MALLOC].join(":");
}

/**
 * The child's environment: this process's, with the launcher's start time, the code hash it
 * checked (the child then need not hash dist/ again for the shops' fingerprints:
 * scripts/snapshot-entry.mjs) and GLIBC_TUNABLES.
 */
export function childEnv(env: NodeJS.ProcessEnv, startedAt: number, code: string): NodeJS.ProcessEnv {
  return {
    ...env,
    // The summary counts the time since this process started, not the child.
    POLITIQUE_RETOUR_STARTED_AT: String(startedAt),
    POLITIQUE_RETOUR_SNAPSHOT_CODE: code,
    GLIBC_TUNABLES: childTunables(env.GLIBC_TUNABLES),
  };
}

/**
 * The child writes "1" on this descriptor once its code runs, and "done N\n" when the command
 * is over, just before it exits with N (scripts/snapshot-entry.mjs).
 */
export const STARTED_FD = 3;
/**
 * The child reads one byte on this descriptor before its code runs: "1" once the launcher has
 * found dist/ to be the code the blob was made from. Anything else (the launcher found it stale,
 * or ended) and the child ends without doing anything.
 */
export const GO_FD = 5;

/** A child started from the snapshot, told to go on (or killed) once the last check is made. */
export interface Child {
  /** Runs the command (true) or kills the child before its code ran (false: the caller starts normally). */
  go: (ok: boolean) => void;
  /**
   * Settles once the child has ended: true when it ran the command and ended with an exit code,
   * now this process's; false when it was killed by a signal, vetoed, or `fallback` ran.
   */
  ended: Promise<boolean>;
}

/**
 * Runs the child with this process's terminal and environment, and ends as it ended. A Ctrl-C
 * in a terminal reaches both processes; a signal sent to this process alone (CI timeouts) is
 * passed on, so the child always gets the chance to remove its temporary files.
 *
 * A child that ends before its code ran (the blob did not load: exit 14, a V8 check, a crash)
 * has written nothing: `fallback` then runs the command in this process, as without a snapshot.
 */
export function runChild(plan: StartPlan, fallback: (why: string) => void): Child {
  // Descriptor 2 of the child is a pipe: what node prints there before our code runs (a blob
  // that fails to load: a message, even a native stack) is dropped. Our code writes to the real
  // stderr, given as descriptor 4 (scripts/snapshot-entry.mjs).
  const env = childEnv(process.env, performance.timeOrigin, plan.code);
  let ended: (ran: boolean) => void = () => {};
  const end = new Promise<boolean>((resolve) => (ended = resolve));
  const child = spawn(plan.execPath, plan.args, { stdio: ["inherit", "inherit", "pipe", "pipe", process.stderr, "pipe"], env });
  let started = false;
  let signalled = false;
  let vetoed = false;
  const early: Buffer[] = [];
  let said = "";
  child.stdio[STARTED_FD]?.on("data", (chunk: Buffer) => {
    started = true;
    for (const c of early.splice(0)) process.stderr.write(c);
    // "1" once its code runs; "done N" once the command is over, every file and message written,
    // just before it exits with N: this process ends then, without waiting for the kernel to
    // free the child's memory (30–70 ms here).
    said += chunk.toString("latin1");
    const done = /done (\d+)\n/u.exec(said);
    if (done && !vetoed && !signalled) {
      process.exitCode = Number(done[1]);
      ended(true);
    }
  });
  // After the start, only node itself writes there (an uncaught error): passed on.
  child.stderr?.on("data", (chunk: Buffer) => (started ? process.stderr.write(chunk) : early.push(chunk)));
  const goPipe = (child.stdio as unknown as (Writable | null | undefined)[])[GO_FD];
  // A child killed before it read its "go" (vetoed): its end of the pipe is gone, and that is no error.
  goPipe?.on("error", () => {});
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal: NodeJS.Signals) => {
    signalled = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  const done = () => {
    for (const s of signals) process.removeListener(s, forward);
  };
  child.on("error", (e) => {
    // The node executable could not be started: nothing ran.
    done();
    if (!vetoed) fallback(e.message);
    ended(false);
  });
  child.on("close", (code, signal) => {
    done();
    if (vetoed) return ended(false);
    if (!started && !signalled) {
      fallback(`exit ${code ?? signal}`);
      return ended(false);
    }
    for (const chunk of early.splice(0)) process.stderr.write(chunk);
    if (signal) {
      process.kill(process.pid, signal);
      return ended(false);
    }
    process.exitCode = code ?? 2;
    ended(true);
  });
  const go = (ok: boolean) => {
    if (ok) {
      goPipe?.end("1");
      return;
    }
    vetoed = true;
    done();
    child.kill("SIGKILL");
    goPipe?.end();
  };
  return { go, ended: end };
}

/** Entry point of bin/politique-retour.js. */
export async function start(argv: readonly string[]): Promise<void> {
  const debug = process.env.POLITIQUE_RETOUR_DEBUG_START === "1";
  const normal = async () => {
    const { main } = await import("./main.js");
    await main(argv);
  };
  const fallback = (why: string) => {
    if (debug) process.stderr.write(`start: snapshot failed (${why}), normal start\n`);
    void normal();
  };
  const started = (plan: StartPlan) => {
    if (debug) process.stderr.write(`start: snapshot ${plan.args.join(" ")}\n`);
  };
  // A few files: the child is started as soon as the blob is known to be this node's, and told
  // to go on once dist/ is found unchanged (its stamps: the longest check), so that the check
  // is made while the child loads the blob.
  let pending: ReturnType<typeof blobPlan>;
  try {
    pending = blobPlan(argv, process.env);
  } catch {
    pending = undefined;
  }
  if (pending) {
    const child = runChild(pending.plan, fallback);
    const fresh = sameCode(pending.manifest);
    if (fresh) started(pending.plan);
    child.go(fresh);
    if (!fresh) await normal();
    else void child.ended.then(endWithChild);
    return;
  }
  let plan: StartPlan | undefined;
  try {
    // Folders, globs, many files: from the snapshot too when only a few shops need rendering.
    const wide = snapshotPlan(argv, process.env, SNAPSHOT_DIR, undefined, true);
    const args = wide && generateArgs(argv);
    if (args && (await fewToRender(args))) plan = wide;
  } catch {
    plan = undefined;
  }
  if (plan) {
    started(plan);
    const child = runChild(plan, fallback);
    child.go(true);
    void child.ended.then(endWithChild);
    return;
  }
  await normal();
}

/**
 * Once the child ran the command and ended, this process ends at once with its exit code, when
 * nothing is left to write on stderr (the only stream it writes: the child has the terminal's
 * stdout itself; on Linux stderr is written synchronously, so nothing is). Left to end by
 * itself, node freed its heap page by page first (bench/RESULTS.md, section C).
 */
function endWithChild(ran: boolean): void {
  if (ran && process.stderr.writableLength === 0) process.exit();
}
