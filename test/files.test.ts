/**
 * Inputs a config can point at that are not plain files, run as the real executable where the
 * bug was process-level (a FIFO blocked the main thread for ever, /dev/zero filled memory) or a
 * run could hang (a walk following a link to /); the other path cases through run() in this
 * process.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { MAX_CONFIG_BYTES } from "../src/config/load.js";
import { readConfigFile } from "../src/io/read-config.js";
import { BIN, EXAMPLE, exampleText, ROOT, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

// Each test runs the executable, some several times: a shared 2-core machine needs the room.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the executable; `onStdout` may send it a signal. A run still going after `limitMs` is
 * killed and reported with signal SIGKILL, so a hang fails the test instead of stalling it.
 */
export function runUntil(args: string[], options: { cwd?: string; limitMs?: number; onStdout?: (child: ReturnType<typeof spawn>, text: string) => void } = {}): Promise<Ended> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, LANG: "fr_FR.UTF-8", NO_COLOR: "1", CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      options.onStdout?.(child, stdout);
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.limitMs ?? 15_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
  });
}

const mkfifo = (path: string) => execFileSync("mkfifo", [path]);

/** `../` enough times to reach / from `dir`, then `target` (e.g. dev/zero). */
const upTo = (dir: string, target: string) => `${"../".repeat(dir.split("/").length + 2)}${target}`;

describe("special files as configs", () => {
  it("a FIFO given as a config ends at once with a clear message (exit 2), and nothing blocks", async () => {
    const dir = tempDir();
    mkfifo(join(dir, "tube.yaml"));
    const r = await runUntil(["check", "tube.yaml"], { cwd: dir, limitMs: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    // One line naming the file, with no made-up line and column (like every file that cannot be read).
    expect(r.stderr).toMatch(/pas un fichier ordinaire \(tube, périphérique ou socket\).*tube\.yaml/u);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  });

  it("a FIFO among the configs of a batch fails that file only, and SIGTERM still stops the run", async () => {
    const dir = tempDir();
    const client = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8").replace("../agence-base.yaml", "./agence-base.yaml");
    cpSync(join(ROOT, "examples/agence/agence-base.yaml"), join(dir, "agence-base.yaml"));
    for (let i = 1; i <= 30; i++) writeFileSync(join(dir, `client-${i}.yaml`), client.replace("name: Petits Pas", `name: Petits Pas ${i}`));
    mkfifo(join(dir, "a-tube.yaml")); // found by the folder walk, first in the order
    let sent = false;
    const r = await runUntil(["generate", dir, "--out", join(dir, "out"), "--jobs", "2"], {
      limitMs: 30_000,
      onStdout: (child) => {
        if (!sent) {
          sent = true;
          child.kill("SIGTERM");
        }
      },
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/a-tube\.yaml:1:1 {2}error .*pas un fichier ordinaire/u);
  }, 40_000);

  it("a FIFO as a config ends with a finding even when nobody ever writes to it (generate)", async () => {
    const dir = tempDir();
    mkfifo(join(dir, "tube.yaml"));
    const r = await runUntil(["generate", "tube.yaml", "--out", "out"], { cwd: dir, limitMs: 10_000 });
    expect([r.signal, r.code]).toEqual([null, 1]);
    expect(r.stderr).toMatch(/tube\.yaml:1:1 {2}error .*pas un fichier ordinaire/u);
  });

  for (const device of ["dev/zero", "dev/urandom"]) {
    it(`extends: <relative path to /${device}> ends quickly with a finding at the extends line`, async () => {
      const dir = tempDir();
      writeFileSync(join(dir, "shop.yaml"), `schemaVersion: 1\nextends: ${upTo(dir, device)}\n`);
      const r = await runUntil(["check", "shop.yaml", "--root", "/"], { cwd: dir, limitMs: 10_000 });
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/shop\.yaml:2:10 {2}error {2}extends: .*pas un fichier ordinaire/u);
      expect(r.ms).toBeLessThan(10_000);
    });
  }

  it("a socket, through extends, is a finding at the extends line", async () => {
    const dir = tempDir();
    const server = createServer();
    await new Promise<void>((ready) => server.listen(join(dir, "base.yaml"), ready));
    try {
      writeFileSync(join(dir, "shop.yaml"), "schemaVersion: 1\nextends: ./base.yaml\n");
      const r = await runUntil(["check", "shop.yaml"], { cwd: dir, limitMs: 10_000 });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/shop\.yaml:2:10 {2}error {2}extends: .*pas un fichier ordinaire/u);
    } finally {
      server.close();
    }
  });
});

describe("readConfigFile", () => {
  it("reads a file of exactly the cap, refuses one byte more", () => {
    const dir = tempDir();
    const pad = (size: number) => `${exampleText}#${"x".repeat(size - Buffer.byteLength(exampleText) - 2)}\n`;
    writeFileSync(join(dir, "at-cap.yaml"), pad(MAX_CONFIG_BYTES));
    writeFileSync(join(dir, "over.yaml"), pad(MAX_CONFIG_BYTES + 1));
    const ok = readConfigFile(join(dir, "at-cap.yaml"));
    expect("text" in ok && Buffer.byteLength(ok.text)).toBe(MAX_CONFIG_BYTES);
    expect(readConfigFile(join(dir, "over.yaml"))).toEqual({ error: "too-large" });
  });

  it("tells a folder, a device and a missing file apart, and gives the real path of a file", () => {
    expect(readConfigFile(tempDir())).toEqual({ error: "directory" });
    expect(readConfigFile("/dev/zero")).toEqual({ error: "special" });
    expect(readConfigFile(join(tempDir(), "nope.yaml"))).toEqual({ error: "missing" });
    const read = readConfigFile(EXAMPLE);
    expect("real" in read && relative(ROOT, read.real ?? "")).toBe("examples/atelier-lumiere.yaml");
  });
});

/** An agency tree: agence/agence-base.yaml, agence/clients/<name>.yaml for each shop name. */
function agencyTree(names: string[]): string {
  const dir = tempDir();
  mkdirSync(join(dir, "agence", "clients"), { recursive: true });
  cpSync(join(ROOT, "examples/agence/agence-base.yaml"), join(dir, "agence", "agence-base.yaml"));
  const client = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8");
  for (const name of names) writeFileSync(join(dir, "agence", "clients", `${name.toLowerCase().replace(/ /gu, "-")}.yaml`), client.replace("name: Petits Pas", `name: ${name}`));
  return dir;
}

interface Report {
  files: { file: string; ok: boolean; findings: { rule: string; file: string; line: number; column: number; message: string }[]; written: string[] }[];
  skipped: string[];
}

describe("paths and symlinks", () => {
  it("a folder walk does not follow symlinks out of the folder given (../other, /), and says so", async () => {
    const dir = agencyTree(["Un"]);
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "secret.yaml"), exampleText);
    symlinkSync("../../other", join(dir, "agence", "clients", "ext"));
    symlinkSync("/", join(dir, "agence", "clients", "root"));
    symlinkSync("../../other/secret.yaml", join(dir, "agence", "clients", "lien.yaml"));
    const r = await runUntil(["generate", "agence", "--out", "out", "--json"], { cwd: dir, limitMs: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(["agence/clients/un.yaml"]);
    expect(readdirSync(join(dir, "out"))).toEqual(["un"]);
    for (const link of ["ext", "lien.yaml", "root"]) expect(r.stderr).toContain(`Lien symbolique ignoré, il mène hors du dossier parcouru\u202f: agence/clients/${link}`);
  });

  it("follows a symlink that stays inside the folder, and a loop or a second name never makes a config collide with itself", async () => {
    const dir = agencyTree(["Un", "Deux"]);
    symlinkSync(".", join(dir, "agence", "clients", "boucle"));
    symlinkSync("..", join(dir, "agence", "clients", "parent"));
    symlinkSync("un.yaml", join(dir, "agence", "clients", "aussi-un.yaml"));
    mkdirSync(join(dir, "agence", "clients", "sous"));
    const trois = readFileSync(join(dir, "agence", "clients", "un.yaml"), "utf8").replace("name: Un", "name: Trois").replace("../agence-base.yaml", "../../agence-base.yaml");
    writeFileSync(join(dir, "agence", "clients", "sous", "trois.yaml"), trois);
    symlinkSync("sous", join(dir, "agence", "clients", "raccourci"));
    const r = await runHere(["generate", "agence/clients", "--out", "out", "--json"], { cwd: dir, env: { CI: "true" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("output/slug-collision");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["deux", "trois", "un"]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files).toHaveLength(3);
  });

  it("extends with .. out of the agency's tree is a finding at the extends line; --root widens the tree", async () => {
    const dir = agencyTree([]);
    writeFileSync(join(dir, "dehors.yaml"), exampleText);
    writeFileSync(join(dir, "agence", "clients", "fuite.yaml"), "schemaVersion: 1\nextends: ../../dehors.yaml\n");
    const cwd = join(dir, "agence");
    for (const command of ["check", "generate"]) {
      const r = await runHere([command, "clients/fuite.yaml", ...(command === "generate" ? ["--out", "out"] : [])], { cwd, env: { CI: "true" } });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain("clients/fuite.yaml:2:10  error  extends: extends sort du dossier autorisé");
      expect(r.stderr).toContain("--root");
    }
    expect(existsSync(join(cwd, "out"))).toBe(false);
    const widened = await runHere(["check", "clients/fuite.yaml", "--root", ".."], { cwd, env: { CI: "true" } });
    expect(widened.code, widened.stderr).toBe(0);
  });

  it("extends through a symlink that leads out of the tree is a finding at the extends line", async () => {
    const dir = agencyTree([]);
    writeFileSync(join(dir, "dehors.yaml"), exampleText);
    symlinkSync("../../dehors.yaml", join(dir, "agence", "clients", "base.yaml"));
    writeFileSync(join(dir, "agence", "clients", "fuite.yaml"), "schemaVersion: 1\nextends: ./base.yaml\n");
    const r = await runHere(["check", "clients/fuite.yaml", "--json"], { cwd: join(dir, "agence"), env: { CI: "true" } });
    expect(r.code).toBe(1);
    const finding = (JSON.parse(r.stdout) as Report).files[0]?.findings[0];
    expect(finding).toMatchObject({ rule: "config/extends", file: "clients/fuite.yaml", line: 2, column: 10 });
    expect(finding?.message).toContain("extends sort du dossier autorisé");
  });

  it("extends to /dev/zero without --root is refused as out of the tree, at once", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "shop.yaml"), `schemaVersion: 1\nextends: ${upTo(dir, "dev/zero")}\n`);
    const r = await runUntil(["check", "shop.yaml"], { cwd: dir, limitMs: 10_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/shop\.yaml:2:10 {2}error {2}extends: extends sort du dossier autorisé/u);
  });

  it("exits 2 when --root names no folder", async () => {
    const r = await runHere(["check", EXAMPLE, "--root", "/nulle/part"], { env: { CI: "true" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Dossier introuvable pour --root");
  });

  it("never writes through a symlinked shop folder or policy file under --out (clear error for that shop only)", async () => {
    const dir = agencyTree(["Un", "Deux", "Trois"]);
    const out = join(dir, "out");
    const victim = join(dir, "ailleurs");
    mkdirSync(join(out, "deux"), { recursive: true });
    mkdirSync(victim);
    writeFileSync(join(victim, "garde.md"), "intact\n");
    symlinkSync(victim, join(out, "un"));
    symlinkSync(join(victim, "garde.md"), join(out, "deux", "politique-retour.md"));
    const r = await runHere(["generate", "agence", "--out", "out", "--json"], { cwd: dir, env: { CI: "true" } });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const byName = (n: string) => report.files.find((f) => f.file === `agence/clients/${n}.yaml`);
    for (const name of ["un", "deux"]) {
      expect(byName(name)).toMatchObject({ ok: false, written: [] });
      expect(byName(name)?.findings[0]?.message).toContain("c’est un lien symbolique, et politique-retour n’écrit jamais à travers un lien");
    }
    expect(byName("trois")).toMatchObject({ ok: true });
    expect(readdirSync(victim)).toEqual(["garde.md"]);
    expect(readFileSync(join(victim, "garde.md"), "utf8")).toBe("intact\n");
  });
});
