/**
 * Where tasks run: a piscina pool of `jobs` worker threads, or this thread when one job is
 * enough (no worker start-up for a single config, and the same code path for `--jobs 1`).
 */
import type { Inspected, InspectTask, Rendered, RenderTask, Task } from "./tasks.js";

export interface Runner {
  inspect(task: InspectTask): Promise<Inspected>;
  render(task: RenderTask): Promise<Rendered>;
  close(): Promise<void>;
}

export async function makeRunner(jobs: number): Promise<Runner> {
  if (jobs <= 1) {
    const { inspect, render } = await import("./tasks.js");
    return { inspect: async (task) => inspect(task), render, close: async () => {} };
  }
  const { Piscina } = await import("piscina");
  const pool = new Piscina<Task, Inspected | Rendered>({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
  });
  return {
    inspect: (task) => pool.run(task) as Promise<Inspected>,
    render: (task) => pool.run(task) as Promise<Rendered>,
    close: () => pool.destroy(),
  };
}
