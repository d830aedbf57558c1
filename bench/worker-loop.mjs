// CPU per config as one batch worker spends it: one worker thread (resource limits as the
// pool's) runs inspect + render (md, html, pdf) for N configs in turn, through the tasks of the
// build under ROOT; the first 20 warm the caches and are not counted.
//   node bench/worker-loop.mjs ROOT CONFIG_DIR N [youngMb] [oldMb]
// Builds compared with it: run it for each ROOT in turn, a few rounds (the machine's load moves).
import { Worker, isMainThread, workerData, parentPort } from "node:worker_threads";
import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const WARM = 20;
if (isMainThread) {
  const [root, dir, n, young, old] = process.argv.slice(2);
  const resourceLimits = { maxOldGenerationSizeMb: Number(old ?? 128), ...(young && young !== "0" ? { maxYoungGenerationSizeMb: Number(young) } : {}) };
  const worker = new Worker(new URL(import.meta.url), { workerData: { root: resolve(root), dir: resolve(dir), n: Number(n) }, resourceLimits });
  worker.on("message", (m) => console.log(JSON.stringify(m)));
  worker.on("error", (e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  const { root, dir, n } = workerData;
  const { inspect, render } = await import(join(root, "dist/batch/tasks.js"));
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().slice(0, n).map((f) => join(dir, f));
  const out = `/tmp/worker-loop-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  let inspecting = 0;
  let rendering = 0;
  let start = cpu();
  const warm = start;
  for (const [i, file] of files.entries()) {
    if (i === WARM) start = cpu();
    let t = cpu();
    const inspected = inspect({ kind: "inspect", file, lang: "fr" });
    if (i >= WARM) inspecting += cpu() - t;
    t = cpu();
    const rendered = await render({ kind: "render", config: inspected.result.config, outDir: out, formats: ["md", "html", "pdf"] });
    if (!rendered.written) throw new Error(JSON.stringify(rendered));
    if (i >= WARM) rendering += cpu() - t;
  }
  const counted = files.length - WARM;
  rmSync(out, { recursive: true, force: true });
  parentPort.postMessage({
    root, configs: counted, cpuMsPerConfig: +((cpu() - start) / counted).toFixed(2), inspectMs: +(inspecting / counted).toFixed(2),
    renderMs: +(rendering / counted).toFixed(2), firstTwentyMs: Math.round(start - warm), rssMB: Math.round(process.memoryUsage().rss / 1e6),
  });
}
