#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): time by stage (inclusive, by function
// name) and by package (self time).   node bench/profile-summary.mjs <dir-with-cpuprofile>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "bench/out/prof";
const file = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort().pop();
const profile = JSON.parse(readFileSync(join(dir, file), "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  self.set(id, (self.get(id) ?? 0) + dt);
});

const STAGES = ["loadConfig", "validateConfig", "checkLaw", "buildPolicy", "renderMarkdown", "renderHtmlPage", "renderHtmlFragment", "renderPdf", "writeAtomic", "shopSlug"];
const stage = new Map(STAGES.map((s) => [s, 0]));
const pkg = new Map();
for (const [id, dt] of self) {
  const frame = nodes.get(id).callFrame;
  const url = frame.url.replace(/^file:\/\/.*?\/node_modules\//u, "npm:").replace(/^file:\/\/.*?\/dist\//u, "dist/");
  const key = url.startsWith("npm:") ? url.slice(4).split("/").slice(0, url.includes("@") ? 2 : 1).join("/") : url.startsWith("dist/") ? url : `(${frame.functionName || "native"})`;
  pkg.set(key, (pkg.get(key) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = nodes.get(cur).callFrame.functionName;
    if (stage.has(name) && !seen.has(name)) {
      seen.add(name);
      stage.set(name, stage.get(name) + dt);
    }
  }
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %`;
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms (${file})`);
console.log("by stage (inclusive):");
for (const [name, us] of stage) if (us > 0) console.log(`  ${ms(us)}  ${name}`);
console.log("by package or file (self, top 15):");
for (const [name, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(us)}  ${name}`);
