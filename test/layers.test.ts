/**
 * The rooms of src/ import one way, top to bottom (.dependency-cruiser.mjs names the rooms and
 * who may import whom), with no import cycle between files and no I/O in the pure rooms. Runs
 * dependency-cruiser over src/ through its API, as `npm run lint:deps` does from the shell.
 */
import { cruise, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/** One violation a line: `rule: from → to` (and the cycle, when there is one). */
function describeViolation(v: IViolation): string {
  const cycle = v.cycle?.length ? `  (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(" → ")})` : "";
  return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
}

let result: ICruiseResult;

beforeAll(async () => {
  const options = await extractDepcruiseOptions(join(root, ".dependency-cruiser.mjs"));
  const tsConfig = extractTSConfig(join(root, "tsconfig.build.json"));
  // Paths in the result (and in the rules' patterns) are relative to baseDir: "src/…".
  const out = await cruise(["src"], { ...options, baseDir: root }, {}, { tsConfig });
  result = out.output as ICruiseResult;
}, 60_000);

describe("layers of src/", () => {
  it("has no import that goes up or sideways, no cycle, no I/O in the pure rooms", () => {
    const violations = result.summary.violations.map(describeViolation);
    expect(violations, `\n${violations.join("\n")}\n`).toEqual([]);
  });

  it("checked the real graph: every source file, imports resolved through their .js names", () => {
    // Every .ts file of src/ is a module of the graph (the cruise did not stop early or skip a folder).
    const files = (readdirSync(join(root, "src"), { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `src/${f.split(sep).join("/")}`)
      .sort();
    const modules = result.modules.map((m) => m.source).filter((s) => s.startsWith("src/")).sort();
    expect(files.length).toBeGreaterThan(100);
    expect(modules).toEqual(files);
    const deps = (file: string) => result.modules.find((m) => m.source === file)?.dependencies.map((d) => d.resolved) ?? [];
    // A few edges known to exist, each down one or more rooms: had resolution failed, none would be seen.
    expect(deps("src/cli/main.ts")).toContain("src/text/messages.ts");
    expect(deps("src/text/i18n.ts")).toContain("src/generated/locales.ts");
    expect(deps("src/batch/plan.ts")).toContain("src/report/report.ts");
    expect(deps("src/law/fr/rules/withdrawal-start.ts")).toContain("src/config/sectors.ts");
    // Type-only imports count too.
    expect(deps("src/report/report.ts")).toContain("src/law/check.ts");
  });
});
