/**
 * `--help`, `--version` and `check` must not load a renderer, the PDF library or fonts: proved
 * by recording every module the real executable loads (a module.register hook).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, EXAMPLE, ROOT, tempDir } from "./helpers.js";

const HOOK = join(ROOT, "test/fixtures/record-loads.mjs");
const HEAVY = /node_modules\/(marked|handlebars|pdfkit|fontkit|piscina|cli-progress)\/|\/dist\/render\/(markdown|html|pdf|policy-files)\.js|\.(ttf|otf|woff2?)$/u;

function loadedBy(args: string[]): Promise<string[]> {
  const log = join(tempDir(), "loads.txt");
  // In this process, not from the start-up snapshot (test/snapshot.test.ts covers that one).
  const env = { ...process.env, LOAD_LOG: log, POLITIQUE_RETOUR_SNAPSHOT: "0" };
  return new Promise((done, fail) => {
    execFile(process.execPath, ["--import", HOOK, BIN, ...args], { cwd: ROOT, env }, (error) => {
      if (error && typeof error.code !== "number") return fail(error);
      done(readFileSync(log, "utf8").trim().split("\n"));
    });
  });
}

describe("start-up", () => {
  it.each([[["--help"]], [["--version"]], [["generate", "--help"]], [["check", EXAMPLE]]])("%j loads no renderer", async (args) => {
    const loaded = await loadedBy(args);
    expect(loaded.some((u) => u.endsWith("/dist/cli/main.js"))).toBe(true); // the hook did record
    expect(loaded.filter((u) => HEAVY.test(u))).toEqual([]);
  });

  it("generate's own modules load no renderer, checker or YAML parser: a batch's main thread only hands configs to the workers", async () => {
    const log = join(tempDir(), "loads.txt");
    const command = pathToFileURL(join(ROOT, "dist/cli/commands/generate.js")).href;
    await new Promise<void>((done, fail) =>
      execFile(process.execPath, ["--import", HOOK, "--input-type=module", "-e", `await import(${JSON.stringify(command)})`], { cwd: ROOT, env: { ...process.env, LOAD_LOG: log } }, (error) => (error ? fail(error) : done())),
    );
    const loaded = readFileSync(log, "utf8").trim().split("\n");
    expect(loaded).toContain(command); // the hook did record
    const checkerOrParser = /node_modules\/(yaml|zod)\/|\/dist\/(law\/(?!fr\/version\.js)|config\/(load|schema|validate)\.js|policy\/)/u;
    expect(loaded.filter((u) => HEAVY.test(u) || checkerOrParser.test(u))).toEqual([]);
  });

  it("generate does load the renderer (the hook sees lazy imports)", async () => {
    const loaded = await loadedBy(["generate", EXAMPLE, "--out", tempDir()]);
    expect(loaded.some((u) => u.includes("/node_modules/marked/"))).toBe(true);
  });
});
