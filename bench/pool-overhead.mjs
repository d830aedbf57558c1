#!/usr/bin/env node
// What the piscina pool itself costs per task: 2,000 tasks that do nothing, on two threads,
// two tasks in flight per worker as src/batch/run.ts does.   node bench/pool-overhead.mjs
import { isMainThread } from "node:worker_threads";
import { Piscina } from "piscina";

export default (task) => task;

if (isMainThread) {
  const pool = new Piscina({ filename: import.meta.url, minThreads: 2, maxThreads: 2 });
  await Promise.all([pool.run(0), pool.run(0)]);
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < 2000) await pool.run({ i: next++, payload: "x".repeat(2000) });
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  const ms = performance.now() - start;
  console.log(`2000 empty tasks: ${ms.toFixed(0)} ms, ${((ms * 1000) / 2000).toFixed(0)} µs per task`);
  await pool.destroy();
}
