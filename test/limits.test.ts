/**
 * Bounds on what a config may expand to (aliases, `extends` chains, nesting): each a finding at
 * the line that crosses it, in `check` and in `generate`, alone and in a batch with workers.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { loadConfig, MAX_EXPANDED_WEIGHT, MAX_EXTENDS_DEPTH, MAX_NESTING } from "../src/config/load.js";
import { exampleText, memoryReader, ROOT, runCli, tempDir } from "./helpers.js";
import { runBuilt, runHere } from "./in-process.js";

// Each test runs the executable, some several times: a shared 2-core machine needs the room.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

/**
 * The alias amplification of issue 12: one store method holds 1,000 addresses of 480 characters
 * under an anchor, `aliases` more methods repeat them with `*l`. With 47 aliases the file is
 * about 490 KB and would expand to about 23 MB; every value is lawful.
 */
export function amplified(aliases: number, name = "Atelier Lumière"): string {
  const address = (i: number) => `Boutique ${i}, ${"12 rue des Lilas ".repeat(28)}69003 Lyon`.slice(0, 480);
  let methods = "    - type: store\n      locations: &l\n" + Array.from({ length: 1000 }, (_, i) => `        - "${address(i)}"\n`).join("");
  for (let i = 0; i < aliases; i++) methods += "    - type: store\n      locations: *l\n";
  const store = '    - type: store\n      locations: ["Atelier Lumière, 4 place Bellecour, 69002 Lyon"]\n';
  expect(exampleText).toContain(store);
  return exampleText.replace(store, methods).replace("name: Atelier Lumière\n", `name: ${name}\n`);
}

/** Line (1-based) of the `n`-th occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string, n = 1) => {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split("\n").length;
};

describe("expanded size", () => {
  it("the 490 KB alias amplification is a finding at the alias that crosses the bound", () => {
    const text = amplified(47);
    expect(Buffer.byteLength(text)).toBeGreaterThan(480_000);
    expect(Buffer.byteLength(text)).toBeLessThan(500_000);
    const r = checkLoaded(loadConfig("/v/a.yaml", memoryReader({ "/v/a.yaml": text })));
    expect(r.ok).toBe(false);
    // The anchor (≈ 490 Ki) and one alias fit in 1 Mi; the second alias does not.
    expect(r.findings).toMatchObject([{ rule: "yaml/too-large", file: "/v/a.yaml", line: lineOf(text, "locations: *l", 2), column: 18 }]);
    expect(r.findings[0]?.message).toContain("1\u202f048\u202f576");
  });

  it("counts the bases of a config in the same budget, and the finding lands in the file that crosses it", () => {
    const half = `      - "${"x".repeat(480)}"\n`.repeat(1100);
    const files = {
      "/v/base.yaml": `${exampleText}\nnotes: &n\n${half.replace(/^ {6}/gmu, "  ")}`,
      "/v/a.yaml": `extends: ./base.yaml\nshop:\n  tags:\n${half.replace(/^ {6}/gmu, "    ")}`,
    };
    const r = checkLoaded(loadConfig("/v/a.yaml", memoryReader(files)));
    expect(r.findings[0]).toMatchObject({ rule: "yaml/too-large", file: "/v/base.yaml" });
  });

  it("an alias that stands for a node containing it is a finding, not an endless value", () => {
    const r = checkLoaded(loadConfig("/v/a.yaml", memoryReader({ "/v/a.yaml": "shop: &s\n  name: x\n  self: *s\n" })));
    expect(r.findings).toMatchObject([{ rule: "yaml/alias-cycle", line: 3, column: 9 }]);
  });

  it("deep nesting is refused before the YAML parser recurses (ten thousand [ used to abort the process)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "deep.yaml"), `shop: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    const r = await runCli(["check", "deep.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    // `shop:` is one level, so the 256th bracket (column 6 + 256) is one too many.
    expect(r.stderr).toContain(`deep.yaml:1:${MAX_NESTING + 6}  error  Imbrication trop profonde`);
  });

  it("a config of lawful size with aliases still passes", () => {
    const r = checkLoaded(loadConfig("/v/a.yaml", memoryReader({ "/v/a.yaml": amplified(0) })));
    expect(r.ok, JSON.stringify(r.findings.slice(0, 2))).toBe(true);
    expect(MAX_EXPANDED_WEIGHT).toBe(1024 * 1024);
  });
});

describe("extends depth", () => {
  const chain = (length: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let i = 0; i < length; i++) files[`/v/f${i}.yaml`] = `extends: ./f${i + 1}.yaml\n`;
    files[`/v/f${length}.yaml`] = exampleText;
    return files;
  };

  it(`allows ${MAX_EXTENDS_DEPTH} bases, refuses one more at the extends line that goes too far`, () => {
    expect(checkLoaded(loadConfig("/v/f0.yaml", memoryReader(chain(MAX_EXTENDS_DEPTH)))).ok).toBe(true);
    const r = checkLoaded(loadConfig("/v/f0.yaml", memoryReader(chain(MAX_EXTENDS_DEPTH + 1))));
    expect(r.findings).toMatchObject([{ rule: "config/extends", file: `/v/f${MAX_EXTENDS_DEPTH}.yaml`, line: 1, column: 10 }]);
    expect(r.findings[0]?.message).toMatch(new RegExp(`^Trop de fichiers de base en chaîne .*\u202f: ${MAX_EXTENDS_DEPTH} au plus\\.$`, "u"));
  });

  it("a 5,000-file extends chain gets the depth finding, through the process, quickly and with no stack overflow", async () => {
    const dir = tempDir();
    for (const [path, text] of Object.entries(chain(5000))) writeFileSync(join(dir, path.slice(3)), text);
    const r = await runCli(["check", "f0.yaml", "--json"], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { rule: string; file: string; line: number; message: string }[] }[] }).files[0]?.findings;
    expect(findings).toMatchObject([{ rule: "config/extends", file: `f${MAX_EXTENDS_DEPTH}.yaml`, line: 1 }]);
    expect(r.stderr).not.toContain("Maximum call stack");
    rmSync(dir, { recursive: true, force: true }); // 5,000 files: not left to the shared clean-up hook
  });
});

describe("the alias amplification through the command line", () => {
  it("check and generate (alone, in this process through run()) refuse it at the alias line, write nothing", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "amp.yaml"), amplified(47));
    const line = lineOf(amplified(47), "locations: *l", 2);
    for (const args of [["check", "amp.yaml"], ["generate", "amp.yaml", "--out", "out"]]) {
      const r = await runHere(args, { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`amp.yaml:${line}:18  error  Une fois les alias développés`);
    }
    expect(readdirSync(dir)).toEqual(["amp.yaml"]);
  });

  it("in a batch of 17 with workers (the executable): the amplified config gets its finding, the 16 others are written, the summary prints", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "clients"));
    cpSync(join(ROOT, "examples/agence/agence-base.yaml"), join(dir, "agence-base.yaml"));
    const client = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8");
    for (let i = 1; i <= 16; i++) writeFileSync(join(dir, "clients", `c${i}.yaml`), client.replace("name: Petits Pas", `name: Petits Pas ${i}`));
    writeFileSync(join(dir, "clients", "amp.yaml"), amplified(47));
    const r = await runCli(["generate", "clients", "--out", "out", "--jobs", "2", "--format", "md"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`clients/amp.yaml:${lineOf(amplified(47), "locations: *l", 2)}:18  error  Une fois les alias développés`);
    expect(r.stderr).toMatch(/16 politique\(s\) générée\(s\), dont 0 avec avertissements, 1 en échec/u);
    expect(readdirSync(join(dir, "out"))).toHaveLength(16);
  }, 120_000);
});

describe("workers that die", () => {
  /** 16 clients of examples/agence (enough for the worker pool), in a new folder. */
  function sixteenClients(): string {
    const dir = tempDir();
    mkdirSync(join(dir, "clients"));
    cpSync(join(ROOT, "examples/agence/agence-base.yaml"), join(dir, "agence-base.yaml"));
    const client = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8");
    for (let i = 1; i <= 16; i++) writeFileSync(join(dir, "clients", `c${i}.yaml`), client.replace("name: Petits Pas", `name: Petits Pas ${i}`));
    return dir;
  }

  it("a worker out of memory does not fail the batch: its config runs again in the main thread, as it would alone", async () => {
    const dir = sixteenClients();
    // A 16 MB heap: every worker dies of "out of memory" on its first task.
    const batch = await runCli(["generate", "clients", "--out", "out", "--jobs", "2", "--format", "md"], { cwd: dir, env: { POLITIQUE_RETOUR_WORKER_HEAP_MB: "16" } });
    expect(batch.code, batch.stderr).toBe(0);
    expect(batch.stderr).toMatch(/16 politique\(s\) générée\(s\), dont 0 avec avertissements, 0 en échec/u);
    expect(batch.stderr).not.toContain("Erreur interne");
    // The same config alone, through the same build's run() in this process.
    const alone = await runBuilt(["generate", "clients/c7.yaml", "--out", "alone", "--format", "md"], { cwd: dir });
    expect(alone.code).toBe(0);
    const path = "petits-pas-7/politique-retour.md";
    expect(readFileSync(join(dir, "out", path)).equals(readFileSync(join(dir, "alone", path)))).toBe(true);
  }, 180_000);

  it("workers that die before they have a task (a heap too small to start) do not end the run: every config, queued ones too, is rendered in the main thread", async () => {
    const dir = sixteenClients();
    // A 4 MB heap: the first workers die on their first task, their replacements while they
    // start, with no task: piscina then emits 'error' on the pool.
    const batch = await runCli(["generate", "clients", "--out", "out", "--jobs", "2", "--format", "md"], { cwd: dir, env: { POLITIQUE_RETOUR_WORKER_HEAP_MB: "4" } });
    expect(batch.stderr).not.toMatch(/Unhandled 'error'|ERR_WORKER_OUT_OF_MEMORY|Erreur interne/u);
    expect(batch.code, batch.stderr).toBe(0);
    expect(batch.stderr).toMatch(/16 politique\(s\) générée\(s\), dont 0 avec avertissements, 0 en échec/u);
    // The summary names the one thread that did the work, not the two asked for.
    expect(batch.stderr).toMatch(/\(1 fil\(s\)\)/u);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(Array.from({ length: 16 }, (_, i) => `petits-pas-${i + 1}`).sort());
    const alone = await runBuilt(["generate", "clients/c12.yaml", "--out", "alone", "--format", "md"], { cwd: dir });
    expect(alone.code).toBe(0);
    const path = "petits-pas-12/politique-retour.md";
    expect(readFileSync(join(dir, "out", path)).equals(readFileSync(join(dir, "alone", path)))).toBe(true);
  }, 180_000);
});
