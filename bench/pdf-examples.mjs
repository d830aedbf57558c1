// Time per PDF over the example policies, warm (fonts parsed, words shaped), with tinybench.
//   npm run build && node bench/pdf-examples.mjs [package-root…] -- file.md…
// Several package roots (default: this package) compare builds on the same Markdown, in one
// process; generate it once with `politique-retour generate examples/*.yaml --format md --out DIR`.
// Times are CPU time of the process (user + system), steadier than the clock on a loaded machine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const args = process.argv.slice(2);
const sep = args.indexOf("--");
const roots = sep > 0 ? args.slice(0, sep) : [fileURLToPath(new URL("..", import.meta.url))];
const files = sep >= 0 ? args.slice(sep + 1) : args;

async function renderer(root) {
  try {
    const { renderPdf } = await import(join(root, "dist/render/pdf/index.js"));
    const { notoSansFonts } = await import(join(root, "dist/io/fonts.js"));
    return (md, meta) => renderPdf(md, meta, { fontLoader: notoSansFonts });
  } catch {
    // A build from before src/render/pdf/ (one file that read the fonts itself).
    return (await import(join(root, "dist/render/pdf.js"))).renderPdf;
  }
}

const meta = {
  title: "Politique de retour et de rétractation", shopName: "Boutique", author: "Boutique", subject: "Politique",
  keywords: [], creationDate: new Date("2026-12-01T00:00:00Z"), rulesetVersion: "bench",
};
const docs = files.map((f) => readFileSync(f, "utf8"));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const bench = new Bench({ now: cpuMs, time: 0, iterations: Number(process.env.RUNS ?? 16), warmupIterations: 3 });
for (const root of roots) {
  const render = await renderer(root);
  bench.add(root, async () => {
    for (const d of docs) await render(d, meta);
  });
}
await bench.run();
for (const task of bench.tasks) {
  const { latency } = task.result;
  console.log(JSON.stringify({ root: task.name, documents: docs.length, cpuPerPdfMs: +(latency.mean / docs.length).toFixed(2), p50: +(latency.p50 / docs.length).toFixed(2), runs: latency.samplesCount }));
}
