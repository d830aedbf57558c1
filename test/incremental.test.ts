/**
 * Incremental generation and `status`: each shop's fingerprint (src/batch/fingerprint.ts) lets
 * `generate` leave current shops untouched and `status` say which published files are not current.
 * Through run() in this process: fewer than 16 configs, so no worker thread, as in a process.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentIdentity, MANIFEST_NAME, OUTPUT_ENTRIES, OUTPUT_SKIP } from "../src/batch/fingerprint.js";
import { generateCommand } from "../src/cli/commands/generate.js";
import { statusCommand } from "../src/cli/commands/status.js";
import { ExitError } from "../src/cli/errors.js";
import { CODE_ROOT, codeStamps, combineStamps, reachableStamps, relativeImports, type FileStamp } from "../src/io/code-hash.js";
import { EXAMPLE, ROOT, tempDir, tree } from "./helpers.js";
import { runHere } from "./in-process.js";

const CLIENT = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8");

/** examples/agence/ with three more clients, and one shop of its own (no base). */
function agency(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
  for (const n of ["Un", "Deux", "Trois"]) writeFileSync(join(dir, "clients", `${n.toLowerCase()}.yaml`), CLIENT.replace("name: Petits Pas", `name: Petits Pas ${n}`));
  cpSync(EXAMPLE, join(dir, "atelier-lumiere.yaml"));
  return dir;
}

const SHOPS = ["atelier-lumiere", "ciel-de-lit", "petits-pas", "petits-pas-deux", "petits-pas-trois", "petits-pas-un", "vert-jardin"];

/** Every file under `out` with its bytes and mtime. */
function snapshot(out: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  return new Map([...tree(out)].map(([path, bytes]) => [path, { bytes, mtimeMs: statSync(join(out, path)).mtimeMs }]));
}

/** The shops (first path segment) whose files changed in bytes or mtime, or appeared, or went. */
function touched(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>): string[] {
  const shops = new Set<string>();
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(path), after.get(path)];
    if (!a || !b || a.mtimeMs !== b.mtimeMs || !a.bytes.equals(b.bytes)) shops.add(path.split("/")[0] as string);
  }
  return [...shops].sort();
}

/** Same paths, same bytes: an incremental run ends where a full run into an empty folder ends. */
function expectSameBytes(a: string, b: string): void {
  const [ta, tb] = [tree(a), tree(b)];
  expect([...ta.keys()].sort()).toEqual([...tb.keys()].sort());
  for (const [path, bytes] of ta) expect(bytes.equals(tb.get(path) as Buffer), path).toBe(true);
}

/** Lets the clock move, so that a rewritten file cannot keep its mtime by chance. */
const tick = () => new Promise((r) => setTimeout(r, 30));

/** The identity recorded by the CLI run (read back from what it wrote, not assumed). */
function written(out: string, shop: string): { tool: string; ruleset: string } {
  const { tool, ruleset } = JSON.parse(readFileSync(join(out, shop, MANIFEST_NAME), "utf8"));
  return { tool, ruleset };
}

async function generate(dir: string, out: string, ...more: string[]) {
  const run = await runHere(["generate", dir, "--out", out, "--format", "md,html,jsonld", ...more]);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe("generate: only what changed", async () => {
  it("first run renders every shop and writes a fingerprint beside its files", async () => {
    const out = tempDir();
    const run = await generate(agency(), out);
    expect(run.stderr).toMatch(/7 politique\(s\) générée\(s\)/u);
    for (const shop of SHOPS) {
      const manifest = JSON.parse(readFileSync(join(out, shop, MANIFEST_NAME), "utf8"));
      expect(manifest.ruleset).toBe(currentIdentity().ruleset);
      expect(manifest.outputs.map((o: { name: string }) => o.name)).toEqual(["politique-retour.html", "politique-retour.jsonld", "politique-retour.md"]);
    }
  });

  it("one config changed among many: only that shop's files change (bytes and mtimes), same bytes as a full run", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const before = snapshot(out);
    await tick();
    const file = join(dir, "clients/deux.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('"05 61 00 00 00"', '"05 61 00 00 02"'));
    const again = await generate(dir, out);
    expect(touched(before, snapshot(out))).toEqual(["petits-pas-deux"]);
    expect(again.stderr).toMatch(/1 politique\(s\) générée\(s\).*6 déjà à jour \(fichiers non modifiés\)/u);
    expect(again.stdout.trim().split("\n")).toHaveLength(3); // the three files of that shop
    const full = tempDir();
    await generate(dir, full);
    expectSameBytes(out, full);
  });

  it("a second run with nothing changed touches no file", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const before = snapshot(out);
    await tick();
    const again = await generate(dir, out, "--json");
    expect(touched(before, snapshot(out))).toEqual([]);
    const report = JSON.parse(again.stdout);
    expect(report.summary).toMatchObject({ rendered: 0, unchanged: 7, skipped: 1 });
    expect(report.unchanged).toHaveLength(7);
  });

  it("a base changed: every client of it is redone, the shop of its own is not", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const before = snapshot(out);
    await tick();
    const base = join(dir, "agence-base.yaml");
    writeFileSync(base, readFileSync(base, "utf8").replace("effectiveDate: 2026-12-01", "effectiveDate: 2026-12-15"));
    await generate(dir, out);
    expect(touched(before, snapshot(out))).toEqual(SHOPS.filter((s) => s !== "atelier-lumiere"));
    const full = tempDir();
    await generate(dir, full);
    expectSameBytes(out, full);
  });

  it("a deleted or edited output file: that shop is redone", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    unlinkSync(join(out, "vert-jardin/politique-retour.html"));
    const md = join(out, "ciel-de-lit/politique-retour.md");
    await tick();
    writeFileSync(md, `${readFileSync(md, "utf8")}\nAjouté à la main.\n`);
    const before = snapshot(out);
    await tick();
    await generate(dir, out);
    expect(touched(before, snapshot(out))).toEqual(["ciel-de-lit", "vert-jardin"]);
    const full = tempDir();
    await generate(dir, full);
    expectSameBytes(out, full);
  });

  it("a file rewritten with the same bytes (newer mtime) is still intact", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    await tick();
    const md = join(out, "ciel-de-lit/politique-retour.md");
    writeFileSync(md, readFileSync(md));
    const again = await generate(dir, out, "--json");
    expect(JSON.parse(again.stdout).summary.unchanged).toBe(7);
  });

  it("other formats asked for: redone", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const run = await runHere(["generate", dir, "--out", out, "--format", "md,html", "--json"]);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ rendered: 7, unchanged: 0 });
  });

  it("--force redoes every shop, with the same bytes", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const before = snapshot(out);
    await tick();
    const again = await generate(dir, out, "--force");
    expect(again.stderr).toMatch(/7 politique\(s\) générée\(s\)/u);
    const after = snapshot(out);
    expect(touched(before, after)).toEqual(SHOPS);
    for (const [path, { bytes }] of before) expect(bytes.equals(after.get(path)!.bytes), path).toBe(true);
  });

  it("a damaged fingerprint counts as none: the shop is redone", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    writeFileSync(join(out, "petits-pas", MANIFEST_NAME), "{ not json");
    const run = await runHere(["generate", dir, "--out", out, "--format", "md,html,jsonld", "--json"]);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ rendered: 1, unchanged: 6 });
    expect(JSON.parse(readFileSync(join(out, "petits-pas", MANIFEST_NAME), "utf8")).version).toBe(1);
  });

  it("a changed config now claiming a current shop's folder: both reported where their names are", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const file = join(dir, "clients/un.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: Petits Pas Un", "name: Petits Pas Deux"));
    const run = await runHere(["generate", dir, "--out", out, "--format", "md,html,jsonld"]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.includes("output/slug-collision"));
    expect(lines).toHaveLength(2);
    const nameLine = CLIENT.split("\n").findIndex((l) => l.includes("name: Petits Pas")) + 1;
    expect(lines.some((l) => l.startsWith(`${join(dir, "clients/deux.yaml")}:${nameLine}:`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`${join(dir, "clients/un.yaml")}:${nameLine}:`))).toBe(true);
  });

  it("the fingerprint is written with the shop's files, in one group: a manifest that cannot be replaced leaves every file as it was", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const file = join(dir, "clients/deux.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('"05 61 00 00 00"', '"05 61 00 00 02"'));
    // A folder where the shop's manifest goes: the group fails before any file is replaced.
    rmSync(join(out, "petits-pas-deux", MANIFEST_NAME));
    mkdirSync(join(out, "petits-pas-deux", MANIFEST_NAME));
    const before = snapshot(out);
    await tick();
    const run = await runHere(["generate", dir, "--out", out, "--format", "md,html,jsonld"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(MANIFEST_NAME);
    expect(run.stderr).toContain("Aucun fichier de cette boutique n'a été remplacé ni ajouté".replace(/'/gu, "’"));
    expect(touched(before, snapshot(out))).toEqual([]);
  });

  it("a newer ruleset (test build): every shop is redone", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const bumped = { ...written(out, "vert-jardin"), ruleset: "fr-2099.01" };
    const lines: string[] = [];
    const io = { out: (s: string) => void lines.push(s), err: (s: string) => void lines.push(s) };
    await generateCommand([dir], { out, format: "md,html,jsonld", json: true }, "fr", io, { CI: "true" }, bumped);
    const report = JSON.parse(lines.find((l) => l.startsWith("{")) as string);
    expect(report.summary).toMatchObject({ rendered: 7, unchanged: 0 });
    expect(JSON.parse(readFileSync(join(out, "vert-jardin", MANIFEST_NAME), "utf8")).ruleset).toBe("fr-2099.01");
  });
});

/** Runs `status` in this process with another identity; returns stdout and the exit code. */
async function statusWith(identity: ReturnType<typeof currentIdentity>, args: string[], out: string): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const io = { out: (s: string) => void (stdout += s), err: () => {} };
  try {
    await statusCommand(args, { out, json: true }, "fr", io, identity);
    return { code: 0, stdout };
  } catch (e) {
    if (e instanceof ExitError) return { code: e.exitCode, stdout };
    throw e;
  }
}

interface StatusJson {
  shops: { state: string; config: string; folder: string | null; reason: string | null; file?: string; was?: string; now?: string; message: string }[];
  summary: { current: number; stale: number; missing: number; orphaned: number };
}

describe("status", async () => {
  it("all current: one summary line, exit 0", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const run = await runHere(["status", dir, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("7 à jour, 0 périmée(s), 0 manquante(s), 0 orpheline(s).\n");
  });

  it("names what is missing, stale or orphaned with the reason, exit 1; --json says the same", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
    edit(join(dir, "clients/deux.yaml"), '"05 61 00 00 00"', '"05 61 00 00 02"'); // config changed
    rmSync(join(dir, "clients/trois.yaml")); // config gone
    unlinkSync(join(out, "vert-jardin/politique-retour.md")); // published file deleted
    writeFileSync(join(dir, "clients/quatre.yaml"), CLIENT.replace("name: Petits Pas", "name: Petits Pas Quatre")); // never generated
    const run = await runHere(["status", dir, "--out", out]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-1)).toBe("4 à jour, 1 périmée(s), 2 manquante(s), 1 orpheline(s).");
    const line = (text: string) => lines.find((l) => l.includes(text)) ?? "";
    expect(line("deux.yaml")).toMatch(/^périmée +\S+petits-pas-deux +\S+deux\.yaml +la configuration a changé depuis la génération$/u);
    expect(line("trois.yaml")).toMatch(/^orpheline +\S+petits-pas-trois +\S+trois\.yaml +la configuration \S+trois\.yaml n’existe plus$/u);
    expect(line("vert-jardin.yaml")).toMatch(/^manquante +\S+vert-jardin +\S+ +fichier publié absent.: \S+politique-retour\.md$/u);
    expect(line("quatre.yaml")).toMatch(/^manquante +— +\S+quatre\.yaml +jamais générée.: lancez generate$/u);
    expect(run.stdout).not.toContain("agence-base.yaml"); // a base is not a shop

    const json = JSON.parse((await runHere(["status", dir, "--out", out, "--json"])).stdout) as StatusJson;
    expect(json.summary).toEqual({ current: 4, stale: 1, missing: 2, orphaned: 1 });
    const byConfig = (name: string) => json.shops.find((s) => s.config.endsWith(name));
    expect(byConfig("deux.yaml")).toMatchObject({ state: "stale", reason: "config-changed" });
    expect(byConfig("trois.yaml")).toMatchObject({ state: "orphaned", reason: "config-gone" });
    expect(byConfig("vert-jardin.yaml")).toMatchObject({ state: "missing", reason: "output-missing" });
    expect(byConfig("quatre.yaml")).toMatchObject({ state: "missing", reason: "never-generated", folder: null });
    expect(byConfig("ciel-de-lit.yaml")).toMatchObject({ state: "current", reason: null });
  });

  it("a base changed: its clients are stale and the base is named", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const base = join(dir, "agence-base.yaml");
    writeFileSync(base, `${readFileSync(base, "utf8")}\n# commentaire\n`);
    const json = JSON.parse((await runHere(["status", dir, "--out", out, "--json", "--lang", "en"])).stdout) as StatusJson;
    expect(json.summary).toEqual({ current: 1, stale: 6, missing: 0, orphaned: 0 });
    for (const s of json.shops.filter((s) => s.state === "stale")) {
      expect(s).toMatchObject({ reason: "base-changed" });
      expect(s.file).toMatch(/agence-base\.yaml$/u);
      expect(s.message).toMatch(/^the base file \S+agence-base\.yaml changed since it was rendered$/u);
    }
  });

  it("a renamed shop: after generate, its old folder is orphaned", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const file = join(dir, "clients/un.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("name: Petits Pas Un", "name: Petits Pas Cinq"));
    await generate(dir, out);
    const json = JSON.parse((await runHere(["status", dir, "--out", out, "--json"])).stdout) as StatusJson;
    const mine = json.shops.filter((s) => s.config.endsWith("clients/un.yaml"));
    expect(mine.map((s) => [s.state, s.folder?.split("/").pop()]).sort()).toEqual([["current", "petits-pas-cinq"], ["orphaned", "petits-pas-un"]]);
  });

  it("a newer ruleset or another build (test identity): every shop stale, with both versions", async () => {
    const dir = agency();
    const out = tempDir();
    await generate(dir, out);
    const now = written(out, "vert-jardin");
    const ruleset = await statusWith({ ...now, ruleset: "fr-2099.01" }, [dir], out);
    expect(ruleset.code).toBe(1);
    const json = JSON.parse(ruleset.stdout) as StatusJson;
    expect(json.summary).toEqual({ current: 0, stale: 7, missing: 0, orphaned: 0 });
    expect(json.shops.every((s) => s.reason === "ruleset" && s.was === now.ruleset && s.now === "fr-2099.01")).toBe(true);
    const tool = JSON.parse((await statusWith({ ...now, tool: "9.9.9+000000000000" }, [dir], out)).stdout) as StatusJson;
    expect(tool.shops.every((s) => s.reason === "tool" && s.now === "9.9.9+000000000000")).toBe(true);
    expect((await statusWith(now, [dir], out)).code).toBe(0);
  });

  it("a usage error (no such file) exits 2", async () => {
    const run = await runHere(["status", "nulle-part.yaml", "--out", tempDir()]);
    expect(run.code).toBe(2);
  });
});

describe("the tool's fingerprint: the code that makes a shop's files", () => {
  const stamp = (path: string, imports: string[] = []): FileStamp => ({ path, size: 1, mtimeMs: 1, sha256: path, imports });

  it("follows static, re-exported and dynamic imports from the entry, not the rest, and not through the skipped module", () => {
    const text = `import { a } from "./a.js";\nexport * from "../b.js";\nconst c = await import("./c.js");\nimport "./d.js";\nimport x from "yaml";\n`;
    expect(relativeImports(text)).toEqual(["../b.js", "./a.js", "./c.js", "./d.js"]);
    const stamps = [
      stamp("batch/tasks.js", ["./fingerprint.js", "../render/files.js"]),
      stamp("batch/fingerprint.js", ["../cli/status.js"]),
      stamp("render/files.js", ["./pdf.js"]),
      stamp("render/pdf.js"),
      stamp("cli/status.js"),
      stamp("launch.js", ["./batch/tasks.js"]),
    ];
    const paths = (list: FileStamp[]) => list.map((s) => s.path);
    expect(paths(reachableStamps(stamps, ["batch/tasks.js"], ["batch/fingerprint.js"]))).toEqual(["batch/tasks.js", "render/files.js", "render/pdf.js"]);
    // An entry that is not there, or a stamp without its imports: all the code counts.
    expect(reachableStamps(stamps, ["batch/gone.js"])).toHaveLength(stamps.length);
    expect(reachableStamps([...stamps.slice(0, 2), { ...stamp("render/files.js"), imports: undefined } as FileStamp], ["batch/tasks.js"])).toHaveLength(3);
  });

  it("in this tree: the checker, the renderers (PDF and Word loaded on demand) and the writes count; commands, status and the launcher do not", () => {
    const reached = reachableStamps(codeStamps(CODE_ROOT), OUTPUT_ENTRIES, OUTPUT_SKIP).map((s) => s.path.replace(/\.ts$/u, ""));
    for (const module of ["batch/tasks", "law/check", "config/load", "config/schema", "law/fr/index", "policy/model", "render/markdown", "render/html", "render/pdf/index", "render/pdf/layout", "render/docx", "io/write", "generated/assets"]) {
      expect(reached, module).toContain(module);
    }
    for (const module of ["batch/fingerprint", "batch/status", "batch/run", "cli/commands/status", "cli/main", "cli/launch", "wizard/driver"]) {
      expect(reached, module).not.toContain(module);
    }
  });

  it("a change outside that code leaves shops current; a change inside makes them stale", async () => {
    const root = tempDir();
    cpSync(join(ROOT, "dist"), root, { recursive: true, filter: (src) => !src.includes(`${join("dist", "snapshot")}`) });
    const hash = () => combineStamps(reachableStamps(codeStamps(root), OUTPUT_ENTRIES, OUTPUT_SKIP));
    const before = hash();
    const edit = (file: string) => writeFileSync(join(root, file), `${readFileSync(join(root, file), "utf8")}\n// changed\n`);
    edit("cli/commands/status.js");
    edit("batch/fingerprint.js");
    expect(hash()).toBe(before);
    edit("render/pdf/layout.js");
    expect(hash()).not.toBe(before);
  });
});
