/**
 * How the `politique-retour` command starts.
 *
 * A short `generate` (a few config files) spends nearly all of a cold start loading modules,
 * parsing fonts and running the PDF layout for the first time. `npm run build` saves a V8
 * startup snapshot of a process that has done all that once (scripts/build-snapshot.mjs), and
 * such runs start a `node --snapshot-blob` child from it instead. Everything else (help, check,
 * the wizard, batches big enough for the worker pool) runs in this process as before. Same code,
 * same output: test/snapshot.test.ts runs both and compares every byte.
 *
 * This module only loads node: built-ins and a constant of src/batch/pool.ts: deciding costs
 * next to nothing.
 */
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IN_THREAD_BELOW } from "./batch/pool.js";

/** Written next to the blob by scripts/build-snapshot.mjs: a blob only loads in the node that made it. */
export interface SnapshotManifest {
  blob: string;
  /** The node executable that built it: another binary of the same version may be built differently. */
  execPath: string;
  node: string;
  v8: string;
  arch: string;
  platform: string;
  /** V8 flags the blob was built with; the child must run with the same ones. */
  flags: string[];
  /** mtime of dist/cli/main.js when the blob was made: a later tsc run makes the blob stale. */
  distStamp: number;
}

export const SNAPSHOT_DIR = fileURLToPath(new URL("./snapshot/", import.meta.url));
const COMPILED_MAIN = fileURLToPath(new URL("./cli/main.js", import.meta.url));

/** Options of `generate` that take a value (the next argument, unless written `--opt=value`). */
const VALUE_OPTIONS = new Set(["-o", "--out", "-f", "--format", "-j", "--jobs", "--shard", "--lang"]);
const FLAG_OPTIONS = new Set(["--json", "--force"]);

/** What the blob must match: this node, and the compiled code it was made from. */
export interface Runtime {
  execPath: string;
  version: string;
  v8: string;
  arch: string;
  platform: string;
  distStamp: () => number | undefined;
}

export interface StartPlan {
  execPath: string;
  args: string[];
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
  runtime: Runtime = {
    execPath: process.execPath,
    version: process.version,
    v8: process.versions.v8,
    arch: process.arch,
    platform: process.platform,
    distStamp: () => statSync(COMPILED_MAIN, { throwIfNoEntry: false })?.mtimeMs,
  },
): StartPlan | undefined {
  if (env.POLITIQUE_RETOUR_SNAPSHOT === "0") return undefined;
  const [, , command, ...rest] = argv;
  if (command !== "generate") return undefined;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--") return undefined;
    if (arg.startsWith("-")) {
      const name = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
      if (VALUE_OPTIONS.has(name)) {
        if (!arg.includes("=")) i++;
      } else if (!FLAG_OPTIONS.has(arg)) return undefined;
      continue;
    }
    inputs.push(arg);
  }
  if (inputs.length === 0 || inputs.length >= IN_THREAD_BELOW) return undefined;
  if (!inputs.every(isFile)) return undefined;

  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as SnapshotManifest;
  } catch {
    return undefined;
  }
  const sameNode =
    manifest.execPath === runtime.execPath && manifest.node === runtime.version && manifest.v8 === runtime.v8 &&
    manifest.arch === runtime.arch && manifest.platform === runtime.platform;
  const blob = join(dir, manifest.blob);
  if (!sameNode || manifest.distStamp !== runtime.distStamp() || !isFile(blob)) return undefined;
  return { execPath: runtime.execPath, args: [...manifest.flags, "--snapshot-blob", blob, ...argv.slice(2)] };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** How long two deliveries of one signal count as one: a Ctrl-C reaches both processes. */
export const SIGNAL_ECHO_MS = 250;

/**
 * Runs the child with this process's terminal and environment, and ends as it ended. A Ctrl-C
 * in a terminal reaches both processes; a signal sent to this process alone (CI timeouts) is
 * passed on, so the child always gets the chance to remove its temporary files.
 */
function runChild(plan: StartPlan): void {
  const child = spawn(plan.execPath, plan.args, { stdio: "inherit", env: process.env });
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of signals) process.on(signal, forward);
  child.on("error", (e) => {
    process.stderr.write(`politique-retour: ${e.message}\n`);
    process.exitCode = 2;
  });
  child.on("exit", (code, signal) => {
    for (const s of signals) process.removeListener(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 2;
  });
}

/** Entry point of bin/politique-retour.js. */
export async function start(argv: readonly string[]): Promise<void> {
  const plan = snapshotPlan(argv, process.env);
  if (plan) {
    if (process.env.POLITIQUE_RETOUR_DEBUG_START === "1") process.stderr.write(`start: snapshot ${plan.args.join(" ")}\n`);
    runChild(plan);
    return;
  }
  const { main } = await import("./cli/main.js");
  await main(argv);
}
