import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { checkLoaded, type CheckResult } from "../src/law/check.js";
import { loadConfig, type ReadFile } from "../src/config/load.js";
import type { Lang } from "../src/text/findings.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const BIN = join(ROOT, "bin", "politique-retour.js");
export const EXAMPLE = join(ROOT, "examples", "atelier-lumiere.yaml");
export const exampleText = readFileSync(EXAMPLE, "utf8");

/** A file system in memory: absolute path → text. */
export function memoryReader(files: Record<string, string>): ReadFile {
  return (path) => (path in files ? { text: files[path] as string } : { error: "missing" });
}

/** Checks a YAML text that extends the bundled example (so it only states what changes). */
export function checkOverride(yaml: string, options: { asOf?: string; lang?: Lang; base?: string } = {}): CheckResult {
  const files = {
    "/virtual/base.yaml": options.base ?? exampleText,
    "/virtual/case.yaml": `extends: ./base.yaml\n${yaml}`,
  };
  const loaded = loadConfig("/virtual/case.yaml", memoryReader(files), options.lang ?? "fr");
  return checkLoaded(loaded, { ...(options.asOf ? { asOf: options.asOf } : {}), lang: options.lang ?? "fr" });
}

const made: string[] = [];
/** Removes the folders made by tempDir; test/setup.ts calls it at the end of every test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, by path relative to it, with its bytes. */
export function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/** A fresh folder, removed when the test file ends (test/setup.ts). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "politique-retour-test-"));
  made.push(dir);
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real executable as a process. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, LANG: "fr_FR.UTF-8", NO_COLOR: "1", ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
