#!/usr/bin/env node
/**
 * Scores the clause analyser on the public corpus: recall (unlawful clauses found under their
 * rule) and false errors (lawful clauses given any error), per category, for the tuning corpus
 * (test/corpus/clauses.yaml) and the held-out part (test/corpus/held-out.yaml).
 *
 *   npm run corpus              figures only
 *   npm run corpus -- --misses  also lists the tuning clauses it gets wrong (never the held-out ones)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { parse } from "yaml";

const root = new URL("..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "corpus-"));
const out = join(dir, "analyse.mjs");
await build({ entryPoints: [join(root, "src/law/fr/clauses/analyse.ts")], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error" });
const { analyseClauses } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const showMisses = process.argv.includes("--misses");

function score(file) {
  const clauses = parse(readFileSync(join(root, file), "utf8"));
  const cats = new Map();
  const misses = [];
  for (const c of clauses) {
    const found = analyseClauses(c.text);
    const cat = cats.get(c.category) ?? { unlawful: 0, found: 0, lawful: 0, falseErrors: 0, falseWarnings: 0 };
    cats.set(c.category, cat);
    if (c.expect === "clean") {
      cat.lawful++;
      const errs = found.filter((f) => f.severity === "error");
      if (errs.length) {
        cat.falseErrors++;
        misses.push(`false error   [${c.category}] ${c.text}  → ${errs.map((f) => `${f.rule}/${f.pattern}`).join(", ")}`);
      } else if (found.length) {
        cat.falseWarnings++;
        misses.push(`false warning [${c.category}] ${c.text}  → ${found.map((f) => `${f.rule}/${f.pattern}`).join(", ")}`);
      }
    } else {
      cat.unlawful++;
      if (found.some((f) => f.rule === c.rule && f.severity === c.expect)) cat.found++;
      else misses.push(`missed        [${c.category}] ${c.text}  (want ${c.rule}; got ${found.map((f) => `${f.rule}/${f.pattern}`).join(", ") || "nothing"})`);
    }
  }
  return { clauses, cats, misses };
}

const pct = (a, b) => (b === 0 ? "  —  " : `${((100 * a) / b).toFixed(1).padStart(5)} %`);
function table(title, { clauses, cats }) {
  const total = { unlawful: 0, found: 0, lawful: 0, falseErrors: 0, falseWarnings: 0 };
  console.log(`\n${title} (${clauses.length} clauses)`);
  console.log("category           unlawful  found   recall    lawful  false-err  rate     false-warn");
  for (const [name, c] of [...cats].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (const k of Object.keys(total)) total[k] += c[k];
    console.log(`${name.padEnd(18)} ${String(c.unlawful).padStart(8)} ${String(c.found).padStart(6)}  ${pct(c.found, c.unlawful)}  ${String(c.lawful).padStart(6)} ${String(c.falseErrors).padStart(10)}  ${pct(c.falseErrors, c.lawful)}  ${String(c.falseWarnings).padStart(6)}`);
  }
  console.log(`${"overall".padEnd(18)} ${String(total.unlawful).padStart(8)} ${String(total.found).padStart(6)}  ${pct(total.found, total.unlawful)}  ${String(total.lawful).padStart(6)} ${String(total.falseErrors).padStart(10)}  ${pct(total.falseErrors, total.lawful)}  ${String(total.falseWarnings).padStart(6)}`);
  return total;
}

const tuning = score("test/corpus/clauses.yaml");
const held = score("test/corpus/held-out.yaml");
table("Tuning corpus — test/corpus/clauses.yaml", tuning);
table("Held-out corpus — test/corpus/held-out.yaml (never read while tuning)", held);
const all = { clauses: [...tuning.clauses, ...held.clauses], cats: new Map() };
for (const part of [tuning, held]) for (const [k, v] of part.cats) {
  const c = all.cats.get(k) ?? { unlawful: 0, found: 0, lawful: 0, falseErrors: 0, falseWarnings: 0 };
  for (const f of Object.keys(c)) c[f] += v[f];
  all.cats.set(k, c);
}
table("Both together", all);
if (showMisses) {
  console.log("\nTuning corpus, what the analyser gets wrong:");
  for (const m of tuning.misses) console.log(`  ${m}`);
}
