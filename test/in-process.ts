/**
 * The CLI run in this process through `run()` (src/cli/main.ts), as the executable runs it but
 * without starting node: the same exit code, stdout, stderr and files as `runCli`, in
 * milliseconds. For what a process adds nothing to; the executable itself (bin, start-up
 * snapshot, signals, closed pipes, worker threads, a fresh process) stays tested with `runCli`.
 *
 * The working folder is the process's: `cwd` is entered with process.chdir for the run (vitest's
 * `forks` pool allows it, see vitest.config.ts), and runs are taken one at a time so that two
 * runs started together never share it. stdout and stderr are not terminals, as under execFile.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { run } from "../src/cli/main.js";
import { BIN, ROOT, type RunResult } from "./helpers.js";

type Run = typeof run;
let queue: Promise<unknown> = Promise.resolve();

/** `politique-retour <args>` in this process; `env` is added to this process's, as runCli does. */
export function runHere(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const result = queue.then(() => once(run, args, options));
  queue = result.catch(() => undefined);
  return result;
}

/**
 * The same with the built code (dist/cli/main.js, what the executable's normal start runs): to
 * compare with a run of the executable on the same build, e.g. one started from the snapshot.
 */
export function runBuilt(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const result = queue.then(async () => {
    const built = (await import(pathToFileURL(join(ROOT, "dist/cli/main.js")).href)) as { run: Run };
    return once(built.run, args, options);
  });
  queue = result.catch(() => undefined);
  return result;
}

async function once(run: Run, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io = { out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s) };
  // What execFile gives the child (runCli): this process's environment, French, no colour. The
  // start time is this run's, as the launcher passes its own to a child (src/launch.ts): the
  // summary's « Terminé en … s » counts this command, not the test process.
  const merged: NodeJS.ProcessEnv = { ...process.env, LANG: "fr_FR.UTF-8", NO_COLOR: "1", POLITIQUE_RETOUR_STARTED_AT: String(performance.timeOrigin + performance.now()), ...options.env };
  const env = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const here = process.cwd();
  const tty = [process.stdout, process.stderr].map((s) => [s, Object.getOwnPropertyDescriptor(s, "isTTY")] as const);
  for (const [stream] of tty) Object.defineProperty(stream, "isTTY", { value: false, configurable: true, writable: true });
  process.chdir(options.cwd ?? ROOT);
  try {
    const code = await run([process.execPath, BIN, ...args], io, env);
    return { code, stdout, stderr };
  } finally {
    process.chdir(here);
    for (const [stream, descriptor] of tty) {
      if (descriptor) Object.defineProperty(stream, "isTTY", descriptor);
      else delete (stream as { isTTY?: boolean }).isTTY;
    }
  }
}
