/**
 * `check` over folders and globs, base findings once, `--out` usage errors, `--quiet`, wall time.
 * Through run() in this process; the wall time through the executable and its launcher.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCheckJobs } from "../src/batch/check-all.js";
import { ROOT, runCli, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

/** examples/agence/ with a base that breaks the law (10 days) and 12 more clients. */
function brokenAgency(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
  const base = join(dir, "agence-base.yaml");
  writeFileSync(base, readFileSync(base, "utf8").replace("withdrawal:\n  days: 14", "withdrawal:\n  days: 10"));
  const client = readFileSync(join(dir, "clients/vert-jardin.yaml"), "utf8");
  for (let i = 1; i <= 12; i++) writeFileSync(join(dir, "clients", `c${i}.yaml`), client.replace("name: Vert Jardin", `name: Vert Jardin ${i}`));
  return dir;
}

const ERROR_LINE = /agence-base\.yaml:9:9 {2}error {2}withdrawal\.days: /u;

describe("check <folder|glob>", () => {
  it("accepts a folder like generate: a base's finding printed once, with the clients that inherit it", async () => {
    const dir = brokenAgency();
    const run = await runHere(["check", dir]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n");
    expect(lines.filter((l) => ERROR_LINE.test(l))).toHaveLength(1);
    const inherited = lines[lines.findIndex((l) => ERROR_LINE.test(l)) + 1] as string;
    // Petits Pas states its own 30 days: only the 14 others inherit the 10 days.
    expect(inherited).toMatch(/^ {2}↳ repris par 14 configurations.: .*clients\/c1\.yaml, .* et 4 autre\(s\)$/u);
    expect(lines.filter((l) => / : 1 erreur\(s\)/u.test(l.replace(/\u202f/gu, " ")))).toHaveLength(14);
    expect(run.stderr).not.toMatch(/agence-base\.yaml.: /u); // the base alone is not reported as a shop
  });

  it("over many files, on every core: the same report, byte for byte, as on one thread", async () => {
    const dir = brokenAgency();
    const client = readFileSync(join(dir, "clients/vert-jardin.yaml"), "utf8");
    // 40 more: enough for the other threads to start (CHECK_THREADS_FROM), some broken on their own.
    for (let i = 1; i <= 40; i++) {
      const text = client.replace("name: Vert Jardin", `name: Vert Jardin bis ${i}`);
      writeFileSync(join(dir, "clients", `d${i}.yaml`), i % 7 === 0 ? `${text}
refunds:
  days: 40
` : text);
    }
    const [one, many, three] = await Promise.all([
      runCli(["check", dir, "--json", "--jobs", "1"]),
      runCli(["check", dir, "--json"]),
      runCli(["check", dir, "--json", "--jobs", "3"]),
    ]);
    expect(one.code).toBe(1);
    for (const run of [many, three]) {
      expect(run.code).toBe(one.code);
      expect(run.stdout).toBe(one.stdout);
      expect(run.stderr).toBe(one.stderr);
    }
    expect(JSON.parse(one.stdout).files).toHaveLength(55);
    expect((await runCli(["check", dir, "--jobs", "0"])).code).toBe(2);
  });

  it("by default, other threads only from 32 files and only on idle cores", () => {
    expect(defaultCheckJobs(31, 2, 0)).toBe(1);
    expect(defaultCheckJobs(40, 2, 0)).toBe(2);
    expect(defaultCheckJobs(40, 8, 0)).toBe(2); // one thread per 16 files at most
    expect(defaultCheckJobs(300, 8, 0)).toBe(8);
    expect(defaultCheckJobs(300, 2, 0.4)).toBe(2);
    expect(defaultCheckJobs(300, 2, 1.9)).toBe(1); // the other core is busy
    expect(defaultCheckJobs(300, 2, 20)).toBe(1);
    expect(defaultCheckJobs(300, 8, 5)).toBe(3);
  });

  it("accepts a quoted glob, and reports the same as over the folder", async () => {
    const dir = brokenAgency();
    const [folder, glob] = await Promise.all([runHere(["check", dir]), runHere(["check", join(dir, "**/*.yaml")])]);
    expect(glob.code).toBe(1);
    expect(glob.stderr).toBe(folder.stderr);
  });

  it("a folder without configs, a glob matching nothing, a missing file: one line, exit 2", async () => {
    const empty = tempDir();
    for (const [arg, text] of [
      [empty, "Aucun fichier de configuration (*.yaml, *.yml) dans le dossier"],
      [join(empty, "*.yaml"), "Aucun fichier de configuration trouvé"],
      [join(empty, "nope.yaml"), "Fichier introuvable"],
    ] as const) {
      const run = await runHere(["check", arg]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(text);
      expect(run.stderr).not.toMatch(/:1:1/u);
    }
  });

  it("--quiet: only problems and their summary lines", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples"), dir, { recursive: true });
    const run = await runHere(["check", dir, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/ : conforme\n/u);
    for (const line of run.stderr.trim().split("\n")) expect(line).toMatch(/ {2}warning {2}|conforme, \d+ avertissement/u);
  });
});

describe("generate: usage and output", () => {
  it("--out naming a file (or a path through one): one line, exit 2, nothing written", async () => {
    const dir = tempDir();
    const file = join(dir, "un-fichier");
    writeFileSync(file, "x");
    for (const out of [file, join(file, "sous-dossier")]) {
      for (const command of ["generate", "status"]) {
        const run = await runHere([command, join(ROOT, "examples/agence"), "--out", out]);
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
        expect(run.stderr).toMatch(/^--out doit être un dossier.: \S*un-fichier est un fichier/u);
        expect(run.stderr).not.toMatch(/:1:1/u);
      }
    }
    expect(readFileSync(file, "utf8")).toBe("x");
  });

  it("--quiet: no phases, no written paths, no « conforme » line; the summary", async () => {
    const run = await runHere(["generate", join(ROOT, "examples/agence"), "--out", tempDir(), "--format", "md", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Terminé en \d+,\d\d s \(1 fil\(s\)\).: 3 politique\(s\) générée\(s\)/u);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the summary counts the time since the command started, the launcher's start when started from the snapshot", async () => {
    const args = ["generate", join(ROOT, "examples/atelier-lumiere.yaml"), "--out", tempDir(), "--format", "md", "--json"];
    // What the launcher passes on to the child it starts from the snapshot.
    const launched = await runHere(args, { env: { POLITIQUE_RETOUR_STARTED_AT: String(Date.now() - 5_000) } });
    expect(JSON.parse(launched.stdout).summary.seconds).toBeGreaterThanOrEqual(5);
    // From the snapshot, through the real launcher: the launcher's start counts too.
    const snap = await runCli(args, { env: { POLITIQUE_RETOUR_DEBUG_START: "1" } });
    expect(snap.stderr).toMatch(/^start: snapshot/u);
    expect(JSON.parse(snap.stdout).summary.seconds).toBeGreaterThan(0);
    // A value that cannot be a start time is ignored.
    const bogus = await runCli(args, { env: { POLITIQUE_RETOUR_SNAPSHOT: "0", POLITIQUE_RETOUR_STARTED_AT: "1" } });
    expect(JSON.parse(bogus.stdout).summary.seconds).toBeLessThan(60);
  });
});

describe("output.slug", () => {
  it("names the shop's folder: two shops of the same name no longer collide, the legal text unchanged", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
    const client = readFileSync(join(dir, "clients/petits-pas.yaml"), "utf8");
    writeFileSync(join(dir, "clients/toulouse.yaml"), `${client}\noutput:\n  slug: petits-pas-toulouse\n`);
    const out = tempDir();
    const run = await runHere(["generate", dir, "--out", out, "--format", "md"]);
    expect(run.code, run.stderr).toBe(0);
    const [own, named] = [join(out, "petits-pas/politique-retour.md"), join(out, "petits-pas-toulouse/politique-retour.md")].map((f) => readFileSync(f, "utf8"));
    expect(named).toBe(own);
  });

  it("without it, the collision message says output.slug is the way out", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
    writeFileSync(join(dir, "clients/toulouse.yaml"), readFileSync(join(dir, "clients/petits-pas.yaml"), "utf8"));
    const run = await runHere(["generate", dir, "--out", tempDir(), "--format", "md"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/output\/slug-collision/u);
    expect(run.stderr).toContain("donnez à l’une un output.slug pour choisir son dossier");
  });

  it("two shops given the same output.slug: the collision points at output.slug, not at the shop's name", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
    const clients = ["petits-pas", "vert-jardin"].map((name) => join(dir, "clients", `${name}.yaml`));
    for (const file of clients) writeFileSync(file, `${readFileSync(file, "utf8")}\noutput:\n  slug: meme-dossier\n`);
    const run = await runCli(["generate", dir, "--out", tempDir(), "--format", "md", "--json"]);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout).files as { file: string; findings: { rule: string; path: string; line: number; column: number }[] }[];
    for (const file of clients) {
      const lines = readFileSync(file, "utf8").split("\n");
      const collision = files.find((f) => f.file.endsWith(`/${basename(file)}`))?.findings.find((f) => f.rule === "output/slug-collision");
      expect(collision, file).toMatchObject({ path: "output.slug", line: lines.indexOf("  slug: meme-dossier") + 1, column: 9 });
    }
  });

  it("a folder name that could leave --out or is not a plain name: an error at its line", async () => {
    const dir = tempDir();
    cpSync(join(ROOT, "examples/agence"), dir, { recursive: true });
    const client = readFileSync(join(dir, "clients/petits-pas.yaml"), "utf8");
    const line = client.split("\n").length + 2;
    for (const slug of ["../dehors", "Petits Pas", "-x", "a/b", "é"]) {
      writeFileSync(join(dir, "clients/petits-pas.yaml"), `${client}\noutput:\n  slug: ${JSON.stringify(slug)}\n`);
      const run = await runHere(["check", join(dir, "clients/petits-pas.yaml"), "--root", dir]);
      expect(run.code, slug).toBe(1);
      expect(run.stderr).toContain(`petits-pas.yaml:${line}:9  error  output.slug: Nom de dossier invalide`);
    }
  });
});
