// The legal numbers StrykerJS does not mutate (it changes `<` to `<=`, never 14 to 11): each line
// below moves one threshold of the law in a copy of the project, runs the mutation test set
// (vitest.mutation.config.ts) and names the tests that fail. A threshold no test notices is an
// error. Run: node scripts/threshold-mutants.mjs [id…]   (npm run mutation:thresholds)
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** id, file, the exact text, what it becomes (the text must occur once in the file). */
const MUTANTS = [
  ["withdrawal-14-to-11", "src/law/fr/rules/withdrawal-days.ts", "config.withdrawal.days < 14", "config.withdrawal.days < 11"],
  ["ship-back-14-to-8", "src/law/fr/rules/ship-back-days.ts", "config.returns.shipBackDays < 14", "config.returns.shipBackDays < 8"],
  ["cap-15-to-40", "src/law/fr/rules/cap-amount.ts", "TYPICAL_CARRIER_MAX = 15", "TYPICAL_CARRIER_MAX = 40"],
  ["refund-14-to-30", "src/law/fr/rules/refund-days.ts", "config.refunds.days > 14", "config.refunds.days > 30"],
  ["online-function-date", "src/law/fr/rules/online-withdrawal-function.ts", 'ONLINE_FUNCTION_DATE = "2026-06-19"', 'ONLINE_FUNCTION_DATE = "2026-07-19"'],
  ["guarantee-24-to-12", "src/law/fr/rules/commercial-guarantee.ts", "g.months <= 24", "g.months <= 12"],
  ["merchant-price-0-to-1", "src/law/fr/rules/return-cost-consistency.ts", 'payer === "merchant" && price > 0', 'payer === "merchant" && price > 1'],
  ["restocking-0-to-5", "src/law/fr/rules/restocking-fee.ts", "config.refunds.restockingFee > 0", "config.refunds.restockingFee > 5"],
  ["extended-14-to-21", "src/policy/model.ts", "extended: config.withdrawal.days > 14", "extended: config.withdrawal.days > 21"],
  ["within-legal-24-to-12", "src/policy/model.ts", "withinLegal: commercial.months <= 24", "withinLegal: commercial.months <= 12"],
];

const only = process.argv.slice(2);
const chosen = only.length ? MUTANTS.filter(([id]) => only.includes(id)) : MUTANTS;
const COPY = ["src", "test", "examples", "templates", "locales", "scripts", "schema.json", "package.json", "tsconfig.json", "vitest.config.ts", "vitest.mutation.config.ts"];

let failed = 0;
for (const [id, file, from, to] of chosen) {
  const dir = mkdtempSync(join(tmpdir(), `threshold-${id}-`));
  try {
    for (const entry of COPY) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    if (text.split(from).length !== 2) throw new Error(`${id}: « ${from} » is not once in ${file}`);
    writeFileSync(path, text.replace(from, to));
    const out = join(dir, "result.json");
    const started = Date.now();
    spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "-c", "vitest.mutation.config.ts", "--reporter=json", `--outputFile=${out}`], { cwd: dir, stdio: "ignore" });
    const result = JSON.parse(readFileSync(out, "utf8"));
    const killers = result.testResults.flatMap((f) =>
      f.assertionResults.filter((a) => a.status === "failed").map((a) => `${f.name.slice(dir.length + 1)} › ${a.fullName}`),
    );
    const seconds = Math.round((Date.now() - started) / 1000);
    if (killers.length === 0) failed++;
    console.log(`${killers.length ? "killed  " : "SURVIVED"} ${id} (${file}: ${from} → ${to}, ${seconds} s)`);
    for (const k of killers) console.log(`  ${k}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exitCode = failed ? 1 : 0;
