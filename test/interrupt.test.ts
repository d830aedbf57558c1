/**
 * Killing `generate` in the middle of a batch (Ctrl-C or SIGKILL) leaves only complete policy
 * files, each the old version or the new one, never half a file; a read-only or missing output
 * folder gives a clear message.
 */
import { spawn } from "node:child_process";
import { MANIFEST_NAME } from "../src/batch/fingerprint.js";
import { IN_THREAD_BELOW } from "../src/batch/pool.js";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli, tempDir, tree } from "./helpers.js";
import { runHere } from "./in-process.js";

/**
 * Enough for the worker pool (src/batch/pool.ts: IN_THREAD_BELOW, 16) and for a kill sent at the
 * first written file to land with most shops still to come: two workers render two at a time.
 */
const SHOPS = 24;

/** An agency folder of SHOPS clients extending one base, with the given effective date. */
function agency(date: string): string {
  const dir = tempDir();
  cpSync(join(ROOT, "examples/agence/agence-base.yaml"), join(dir, "agence-base.yaml"));
  const base = readFileSync(join(dir, "agence-base.yaml"), "utf8").replace(/effectiveDate: .*/u, `effectiveDate: ${date}`);
  writeFileSync(join(dir, "agence-base.yaml"), base);
  const client = readFileSync(join(ROOT, "examples/agence/clients/petits-pas.yaml"), "utf8").replace("../agence-base.yaml", "./agence-base.yaml");
  for (let i = 1; i <= SHOPS; i++) writeFileSync(join(dir, `client-${i}.yaml`), client.replace("name: Petits Pas", `name: Petits Pas ${i}`));
  return dir;
}

async function complete(date: string): Promise<Map<string, Buffer>> {
  const out = tempDir();
  expect((await runCli(["generate", agency(date), "--out", out])).code).toBe(0);
  return tree(out);
}

/** Starts generate, waits until it has written a first file, then sends `signal`. */
function killMidway(configs: string, out: string, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, "generate", configs, "--out", out, "--jobs", "2"], { env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
    let killed = false;
    child.stdout.on("data", () => {
      // The first "Écrit : …" line: a policy is on disk, most are still to come.
      if (!killed) {
        killed = true;
        child.kill(signal);
      }
    });
    child.on("exit", (code, sig) => done(sig === "SIGKILL" ? null : code));
  });
}

describe("interruptions", async () => {
  const [oldFiles, newFiles] = await Promise.all([complete("2026-12-01"), complete("2026-12-15")]);

  for (const signal of ["SIGINT", "SIGKILL"] as const) {
    it(`${signal} in the middle of a batch leaves every policy file complete, old or new`, async () => {
      const out = tempDir();
      // Yesterday's run left every file in its old version.
      for (const [path, bytes] of oldFiles) {
        mkdirSync(join(out, path.split("/")[0]!), { recursive: true });
        writeFileSync(join(out, path), bytes);
      }
      expect(SHOPS).toBeGreaterThanOrEqual(IN_THREAD_BELOW); // a batch of the worker pool
      const code = await killMidway(agency("2026-12-15"), out, signal);
      if (signal === "SIGINT") expect(code).toBe(130);
      else expect(code).toBeNull();
      let changed = 0;
      for (const shop of readdirSync(out)) {
        for (const name of readdirSync(join(out, shop))) {
          const path = `${shop}/${name}`;
          if (name === MANIFEST_NAME) continue; // the fingerprint: written last, whole or not at all
          if (name.startsWith(".")) {
            // Only SIGKILL can leave a hidden temp file; it is never a policy file.
            expect(signal, path).toBe("SIGKILL");
            expect(name).toMatch(/\.tmp-\d+-[0-9a-f]{8}$/u);
            continue;
          }
          const bytes = readFileSync(join(out, path));
          const isOld = oldFiles.get(path)?.equals(bytes) ?? false;
          const isNew = newFiles.get(path)?.equals(bytes) ?? false;
          expect(isOld || isNew, `${path} is neither the old nor the new version`).toBe(true);
          if (isNew && !isOld) changed++;
        }
      }
      // The run was really stopped in the middle: some files new, some still old.
      expect(changed).toBeGreaterThan(0);
      expect(changed).toBeLessThan(newFiles.size);
    }, 60_000);
  }

  it("explains a read-only or blocked output folder, and goes on with nothing half-written", async () => {
    // (--out itself naming a file is a usage error: test/check-batch.test.ts.)
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "atelier-lumiere"), "un fichier, pas un dossier");
    const r = await runHere(["generate", join(ROOT, "examples/atelier-lumiere.yaml"), "--out", join(dir, "out")], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Impossible d’écrire .*out.*un fichier porte déjà ce nom là où un dossier est attendu/u);
    expect(statSync(join(dir, "out", "atelier-lumiere")).isFile()).toBe(true);
  });
});
