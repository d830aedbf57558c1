/**
 * Where tasks run: a piscina pool of `jobs` worker threads, or this thread when one job is
 * enough (no worker start-up for a single config, and the same code path for `--jobs 1`).
 */
import { availableParallelism } from "node:os";
import type { Inspected, InspectTask, Rendered, RenderTask, Task } from "./tasks.js";

export interface Runner {
  inspect(task: InspectTask): Promise<Inspected>;
  render(task: RenderTask): Promise<Rendered>;
  close(): Promise<void>;
  /**
   * Tasks to keep in flight: one in this thread (a render never waits on the event loop), two per
   * worker (one running, one queued), so that no worker waits for this thread to hand it the next.
   */
  inFlight: number;
  /** Threads the tasks ran in, for the summary: this one alone once the pool was given up. */
  threads(): number;
}

/**
 * Old-generation heap of one worker. A worker holds about 55 MB once warm (compiled code and
 * module sources about 20 MB, fonts, caches) and 47–77 MB after a full collection with two
 * policies in flight. 112 MB kept two jobs under 400 MB at 1,000 configs (393–395 MB, against
 * 401–419 MB with 128) for the same CPU time; 96–104 MB made collections 10–50 % more costly
 * (bench/RESULTS.md, section M). POLITIQUE_RETOUR_WORKER_HEAP_MB changes it (tests use a tiny
 * one to make workers die).
 */
const WORKER_HEAP_MB = Number(process.env.POLITIQUE_RETOUR_WORKER_HEAP_MB) || 112;

/**
 * Young generation of a worker (V8's nursery: two semi-spaces and new large objects), set to
 * what V8 picks for this heap, 48 MB (16 MB semi-spaces). A policy allocates about 9 MB, much of
 * it alive until its PDF is written. 64 MB (32 MB semi-spaces) made 40 % fewer scavenges in one
 * thread, yet a whole batch on one worker took the same time (wall and CPU 1.00×, 200 configs)
 * and two workers went over the 400 MB a batch may take (430 MB at 200 configs, 490 MB at
 * 1,000); 16 MB doubles the scavenges (bench/young-gen.sh, bench/RESULTS.md).
 * POLITIQUE_RETOUR_WORKER_YOUNG_MB sets it (the bench compares sizes).
 */
const WORKER_YOUNG_MB = Number(process.env.POLITIQUE_RETOUR_WORKER_YOUNG_MB) || 48;

/** A worker that ran out of its capped heap: V8 stopped it; the task can run again elsewhere. */
export const isWorkerOutOfMemory = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY";

/** Below this many configs a worker's start-up (about 0.4 s) costs more than it saves. */
export const IN_THREAD_BELOW = 16;

/**
 * The same bound in a process started from the start-up snapshot (src/cli/launch.ts), whose own
 * thread already holds the code compiled, the fonts read and the templates ready, while a worker
 * starts cold: its first policy comes about 1.5 s after the batch starts. Measured on two vCPUs
 * (bench/RESULTS.md, section N), this thread alone rendered md+html+pdf for 16, 32, 48, 99 and
 * 200 configs in 1.8, 2.3, 2.5, 4.3–4.7 and 6.4–7.5 s, the pool of two workers in 2.7, 3.7, 4.2,
 * 5.3–6.6 and 7.3–7.6 s, with 240–255 MB against 307–334 MB. With two cores or fewer the pool
 * only catches up around 200 configs; with more, sooner (about 100 with four cores, by the same
 * figures), hence 100 there.
 */
export function warmInThreadBelow(cores: number = availableParallelism()): number {
  return cores <= 2 ? 200 : 100;
}

let inThreadBelow = IN_THREAD_BELOW;

/** Said by scripts/snapshot-entry.mjs when the process starts from the snapshot (cores counted then, not when it was built). */
export function startedWarm(): void {
  inThreadBelow = warmInThreadBelow();
}

export async function makeRunner(jobs: number, configs: number): Promise<Runner> {
  // Small runs stay in this thread; larger ones use workers even for --jobs 1, so that the
  // worker heap cap keeps memory flat however many configs there are.
  if (configs < inThreadBelow) {
    const { inspect, render } = await import("./tasks.js");
    return { inspect: async (task) => inspect(task), render, close: async () => {}, inFlight: 1, threads: () => 1 };
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina<Task, Inspected | Rendered>({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // V8 lets an idle-looking heap grow far before collecting; a cap keeps a worker's memory flat
    // over thousands of documents at no measurable cost in time (bench/RESULTS.md).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // A worker that dies with no task (out of memory while it starts, a heap too small to load
  // the code) is reported by piscina as an 'error' event on the pool, which would end the
  // process; and piscina starts no more workers after one failed to start, so queued tasks
  // would wait for ever. The pool is then given up: its queued and running tasks are rejected
  // (destroy) and, like every later one, run in this thread.
  let givenUp = false;
  pool.on("error", () => {
    if (givenUp) return;
    givenUp = true;
    void pool.destroy();
  });
  // A config too big for a worker's capped heap runs again in this thread, as it would alone:
  // what renders alone renders in a batch (the size bounds of src/config/load.ts keep this
  // thread's share small). Any other failure is the caller's to report.
  const here = () => import("./tasks.js");
  const inPool = <T>(task: Task, alone: (tasks: typeof import("./tasks.js")) => T | Promise<T>): Promise<T> =>
    givenUp
      ? here().then(alone)
      : (pool.run(task) as Promise<T>).catch(async (e: unknown) => (isWorkerOutOfMemory(e) || givenUp ? alone(await here()) : Promise.reject(e)));
  return {
    inspect: (task) => inPool(task, (tasks) => tasks.inspect(task)),
    render: (task) => inPool(task, (tasks) => tasks.render(task)),
    close: () => pool.destroy(),
    inFlight: 2 * jobs,
    threads: () => (givenUp ? 1 : jobs),
  };
}
