// Time and memory to render one policy PDF with pdfkit (not a test).
//   npm run build && node --expose-gc bench/pdf.mjs [markdown-file] [runs]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { notoSansFonts } from "../dist/io/fonts.js";
import { renderPdf as renderWith } from "../dist/render/pdf/index.js";

const file = process.argv[2] ?? new URL("../test/fixtures/sample-policy.md", import.meta.url);
const runs = Number(process.argv[3] ?? 200);
const markdown = readFileSync(file, "utf8");
const renderPdf = (md, m, options = { fontLoader: notoSansFonts }) => renderWith(md, m, options);
const meta = {
  title: "Politique de retour et de rétractation",
  shopName: "Maison Œillet",
  author: "Maison Œillet SARL",
  subject: "Politique de retour et de rétractation",
  keywords: ["retour", "rétractation"],
  creationDate: new Date("2026-12-01T00:00:00Z"),
  rulesetVersion: "fr-2026.11",
};
const gc = globalThis.gc ?? (() => undefined);
const mb = (n) => (n / 1024 / 1024).toFixed(1);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, median: at(0.5), p95: at(0.95), min: s[0] };
};

const rssStart = process.memoryUsage().rss;
let t = performance.now();
const first = await renderPdf(markdown, meta);
const cold = performance.now() - t;

// Warm: fonts parsed and word shapes cached, as in a batch run.
for (let i = 0; i < 10; i++) await renderPdf(markdown, meta);
gc();
const heapBefore = process.memoryUsage().heapUsed;
const times = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  await renderPdf(markdown, meta);
  times.push(performance.now() - t);
}
const warm = stats(times);
gc();
const heapAfter = process.memoryUsage().heapUsed;

// What a naive script pays: every document parses the fonts again (a new loader defeats
// the cache) — this is the cost the per-process font cache removes.
const naive = [];
for (let i = 0; i < 20; i++) {
  const loader = (face) => notoSansFonts(face);
  t = performance.now();
  await renderPdf(markdown, meta, { fontLoader: loader });
  naive.push(performance.now() - t);
}
const naiveStats = stats(naive);

mkdirSync(new URL("./out/", import.meta.url), { recursive: true });
writeFileSync(new URL("./out/pdfkit.pdf", import.meta.url), first);
const mem = process.memoryUsage();
console.log(JSON.stringify({
  node: process.version,
  document: { bytes: first.length, markdownChars: markdown.length },
  coldFirstDocumentMs: +cold.toFixed(1),
  warmPerDocumentMs: Object.fromEntries(Object.entries(warm).map(([k, v]) => [k, +v.toFixed(2)])),
  documentsPerSecond: +(1000 / warm.mean).toFixed(1),
  naiveFontsParsedPerDocumentMs: +naiveStats.mean.toFixed(2),
  memory: {
    rssMB: mb(mem.rss),
    rssGrowthMB: mb(mem.rss - rssStart),
    heapUsedMB: mb(mem.heapUsed),
    heapGrowthOverRunsMB: mb(heapAfter - heapBefore),
  },
  runs,
}, null, 2));
