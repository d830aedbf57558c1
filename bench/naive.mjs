#!/usr/bin/env node
// The naive baseline of issue 7, to see what this machine gives: per document, parse the YAML,
// compile a Handlebars template, turn Markdown into HTML with marked, and lay out a PDF with
// pdfkit and one font read from its file (pdfkit parses it for every document), with pdfkit's
// own line wrapping. One thread, then the same work split over two worker threads.
//   node bench/naive.mjs [count=200]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { createRequire } from "node:module";
import Handlebars from "handlebars";
import { marked } from "marked";
import PDFDocument from "pdfkit";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const FONT = require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf");
const TEMPLATE = readFileSync(new URL("../templates/fr/policy.md.hbs", import.meta.url), "utf8").replace(/\{\{>[^}]*\}\}/gu, "");
const SECTIONS = readdirSync(new URL("../templates/fr/sections/", import.meta.url)).map((f) =>
  readFileSync(new URL(`../templates/fr/sections/${f}`, import.meta.url), "utf8").replace(/\{\{>[^}]*\}\}/gu, ""),
);

// The real helpers format values; here every helper prints its first argument.
Handlebars.registerHelper("helperMissing", (...args) => (args.length > 1 ? String(args[0]) : ""));

async function one(file) {
  const config = parse(readFileSync(file, "utf8"));
  const md = Handlebars.compile([TEMPLATE, ...SECTIONS].join("\n"), { noEscape: true })(config);
  const html = marked.parse(md);
  const doc = new PDFDocument({ size: "A4" });
  const chunks = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise((r) => doc.on("end", r));
  doc.font(FONT).fontSize(10).text(md.replace(/[#*`>|]/gu, ""), { width: 460 });
  doc.end();
  await done;
  return html.length + chunks.length;
}

async function run(files) {
  for (const f of files) await one(f);
}

if (!isMainThread) {
  await run(workerData);
  parentPort.postMessage("done");
} else {
  const count = Number(process.argv[2] ?? 200);
  const dir = join(import.meta.dirname, "out/configs-1000/clients");
  const files = readdirSync(dir).sort().slice(0, count).map((f) => join(dir, f));
  const inWorkers = (parts) =>
    Promise.all(parts.map((part) => new Promise((ok, ko) => new Worker(new URL(import.meta.url), { workerData: part }).once("message", ok).once("error", ko))));
  let t = performance.now();
  await inWorkers([files]);
  const oneThread = (performance.now() - t) / 1000;
  t = performance.now();
  await inWorkers([files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)]);
  const twoThreads = (performance.now() - t) / 1000;
  const rate = (s) => (count / s).toFixed(1);
  console.log(`naive: 1 worker ${rate(oneThread)} documents/s, 2 workers ${rate(twoThreads)} documents/s, speed-up ${(oneThread / twoThreads).toFixed(2)}x`);
}
