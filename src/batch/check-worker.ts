/** A worker thread of `check` (src/batch/check-all.ts): checks files until none are left, then answers once. */
import { parentPort, workerData } from "node:worker_threads";
import { drain, type Checked, type CheckJob } from "./check-all.js";

const { job, next } = workerData as { job: CheckJob; next: Int32Array };
const pairs: [number, Checked][] = [];
drain(job, next, (i, result) => pairs.push([i, result]));
parentPort?.postMessage(pairs);
