#!/usr/bin/env node
// The same check + render work (in memory, no pool, no writes) on one worker thread for 1,000
// configs, then on two threads with 500 each: the best speed-up this machine can give the pool.
//   node bench/scaling.mjs
import { readdirSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

if (isMainThread) {
  const dir = new URL("./out/configs-1000/clients/", import.meta.url).pathname;
  const files = readdirSync(dir).sort().map((f) => dir + f);
  const run = (part) => new Promise((done) => new Worker(new URL(import.meta.url), { workerData: part }).on("message", done));
  let t = performance.now();
  await run(files);
  const one = performance.now() - t;
  t = performance.now();
  await Promise.all([run(files.filter((_, i) => i % 2 === 0)), run(files.filter((_, i) => i % 2 === 1))]);
  const two = performance.now() - t;
  console.log(`1 thread x 1000: ${one.toFixed(0)} ms; 2 threads x 500: ${two.toFixed(0)} ms; speed-up ${(one / two).toFixed(2)}x`);
} else {
  const { checkLoaded } = await import("../dist/law/check.js");
  const { readConfigFile } = await import("../dist/io/read-config.js");
  const { loadConfig } = await import("../dist/config/load.js");
  const { buildPolicy } = await import("../dist/policy/model.js");
  const { renderFiles } = await import("../dist/render/policy-files.js");
  const { notoSansFonts } = await import("../dist/io/fonts.js");
  const formats = (process.env.FORMATS ?? "md,html,fragment").split(",");
  for (const file of workerData) {
    const { config } = checkLoaded(loadConfig(file, readConfigFile));
    await renderFiles(buildPolicy(config, "bench"), formats, { fontLoader: notoSansFonts });
  }
  parentPort.postMessage("done");
}
