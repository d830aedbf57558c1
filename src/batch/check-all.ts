/**
 * `check` over many files: this thread and `jobs - 1` worker threads take the files one at a
 * time from a shared counter, so a thread still starting takes fewer and none waits for another.
 * Results land by index: the report is the same whatever thread checked which file. Below
 * CHECK_THREADS_FROM files (or with one job) everything runs here, as a worker's start (loading
 * the checker, about a tenth of a second) would cost more than it saves.
 */
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import type { CheckResult } from "../law/check.js";
import { checkFileOrUnreadable } from "../io/check-file.js";
import type { Lang } from "../text/findings.js";

export interface CheckItem {
  file: string;
  /** The path as shown in messages. */
  shownAs?: string;
  /** The folder given on the command line where the file was found. */
  walkedFrom?: string;
}

export interface CheckJob {
  items: CheckItem[];
  lang: Lang;
  asOf?: string;
  /** `--root` as given. */
  root?: string;
}

/** A file's result without its config (the report never needs it, and it would cross threads). */
export type Checked = CheckResult & { unreadable: boolean; bases: string[] };

/** From this many files, the other cores help by default. */
export const CHECK_THREADS_FROM = 32;

/**
 * By default one thread per idle core, once there are enough files to pay for starting them.
 * A worker costs more CPU than it saves time when no core is free: loading the checker and
 * warming it up again is a third of checking 300 files (bench/RESULTS.md, issue 18), so on a
 * machine already busy (load average at or above the cores) this thread works alone.
 */
export function defaultCheckJobs(files: number, cores: number = availableParallelism(), load: number = loadavg()[0] ?? 0): number {
  if (files < CHECK_THREADS_FROM) return 1;
  const idle = Math.max(1, Math.round(cores - load));
  return Math.max(1, Math.min(idle, Math.floor(files / (CHECK_THREADS_FROM / 2))));
}

export function checkItem(job: CheckJob, i: number): Checked {
  const item = job.items[i] as CheckItem;
  const result = checkFileOrUnreadable(item.file, job.lang, job.asOf, job.root, item.shownAs ?? item.file, item.walkedFrom);
  return { ...result, config: undefined };
}

/** Takes indexes from `next` until none are left; returns what it checked. */
export function drain(job: CheckJob, next: Int32Array, done: (i: number, result: Checked) => void): void {
  for (let i = Atomics.add(next, 0, 1); i < job.items.length; i = Atomics.add(next, 0, 1)) done(i, checkItem(job, i));
}

/** Worker threads need the compiled worker (dist/); under vitest (src/*.ts) all runs here. */
const WORKER = new URL("./check-worker.js", import.meta.url);
const canStartWorkers = WORKER.pathname.endsWith(".js") && !import.meta.url.endsWith(".ts");

export async function checkAll(job: CheckJob, jobs: number): Promise<Checked[]> {
  const results: (Checked | undefined)[] = new Array(job.items.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const helpers = canStartWorkers ? Math.max(0, Math.min(jobs, job.items.length) - 1) : 0;
  const workers = Array.from({ length: helpers }, () => new Worker(WORKER, { workerData: { job, next } }));
  // A worker's results, or nothing when it failed (its files are then checked here).
  const answers = workers.map(
    (worker) =>
      new Promise<[number, Checked][]>((resolve) => {
        worker.once("message", (pairs: [number, Checked][]) => resolve(pairs));
        worker.once("error", () => resolve([]));
        worker.once("exit", () => resolve([]));
      }),
  );
  let mine = 0;
  drain(job, next, (i, result) => {
    results[i] = result;
    mine++;
  });
  if (mine === job.items.length) {
    // This thread checked everything before any worker took a file: no need to wait for them.
    for (const worker of workers) void worker.terminate();
  } else {
    for (const pairs of await Promise.all(answers)) for (const [i, result] of pairs) results[i] = result;
  }
  return results.map((result, i) => result ?? checkItem(job, i));
}
