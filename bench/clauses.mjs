#!/usr/bin/env node
/**
 * Speed of the clause analyser (tinybench): the 299 corpus clauses analysed afresh (a counter
 * makes each text new, so the per-text memo does not answer), and one example policy audited.
 * Run after `npm run build`:  node bench/clauses.mjs
 */
import { readFileSync } from "node:fs";
import { Bench } from "tinybench";
import { parse } from "yaml";
import { analyseClauses } from "../dist/law/fr/clauses/analyse.js";
import { auditPolicy } from "../dist/audit/audit.js";
import { plainText } from "../dist/audit/extract.js";

const root = new URL("..", import.meta.url);
const clauses = ["clauses.yaml", "held-out.yaml"].flatMap((f) => parse(readFileSync(new URL(`test/corpus/${f}`, root), "utf8")).map((c) => c.text));
const policy = readFileSync(new URL("test/golden/atelier-lumiere/politique-retour.md", root), "utf8");
let n = 0;
const bench = new Bench({ time: 2000 });
bench.add(`${clauses.length} corpus clauses, each new`, () => {
  n++;
  for (const c of clauses) analyseClauses(`${c} ${n}`);
});
bench.add("audit of a generated policy (Markdown, ~200 lines)", () => {
  n++;
  auditPolicy(plainText(`${policy}\n${n}`, "md"), { asOf: "2026-12-01" });
});
await bench.run();
console.table(bench.table());
