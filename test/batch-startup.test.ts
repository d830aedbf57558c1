/**
 * `--help`, `--version` and `check` must not load a renderer, the PDF library or fonts, and
 * `--help` not even the templates or every message: proved by recording every module the real
 * executable loads (a module.register hook).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, EXAMPLE, ROOT, tempDir } from "./helpers.js";

const HOOK = join(ROOT, "test/fixtures/record-loads.mjs");
const HEAVY = /node_modules\/(marked|handlebars|pdfkit|fontkit|piscina|cli-progress)\/|\/dist\/render\/(markdown|html|pdf|policy-files)\.js|\.(ttf|otf|woff2?)$/u;

function loadedBy(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const log = join(tempDir(), "loads.txt");
  // In this process, not from the start-up snapshot (test/snapshot.test.ts covers that one).
  const fullEnv = { ...process.env, LOAD_LOG: log, POLITIQUE_RETOUR_SNAPSHOT: "0", ...env };
  return new Promise((done, fail) => {
    execFile(process.execPath, ["--import", HOOK, BIN, ...args], { cwd: ROOT, env: fullEnv }, (error) => {
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

  // Help is the command line's own messages (dist/generated/cli-locales.js) and commander: no
  // templates, not every message, no YAML parser, schema or rules, no launcher (generate --help).
  const NOT_FOR_HELP = /\/dist\/(generated\/(assets|locales)\.js|text\/i18n\.js|cli\/(launch|context|batch-options)\.js|cli\/commands\/|config\/|law\/|batch\/|io\/code-hash\.js)|node_modules\/(yaml|zod)\//u;
  it.each([
    [["--help"], {}],
    [["-h", "--lang", "en"], {}],
    [["help"], { LANG: "en_GB.UTF-8" }],
    [["generate", "--help"], {}],
    [["generate", "-h", "--lang", "en"], {}],
    [["check", "--help"], {}],
    [["help", "status"], { LANG: "en_US.UTF-8" }],
  ])("%j (env %j) loads only the command line's messages and commander", async (args, env) => {
    const loaded = await loadedBy(args, env);
    expect(loaded.some((u) => u.endsWith("/dist/generated/cli-locales.js"))).toBe(true); // the hook did record
    expect(loaded.some((u) => u.includes("/node_modules/commander/"))).toBe(true);
    expect(loaded.filter((u) => NOT_FOR_HELP.test(u) || HEAVY.test(u))).toEqual([]);
  });

  it("a command does load every message and its own modules (the same hook sees what --help leaves out)", async () => {
    const loaded = await loadedBy(["check", EXAMPLE]);
    for (const module of ["/dist/generated/locales.js", "/dist/text/i18n.js", "/dist/cli/commands/check.js"]) {
      expect(loaded.some((u) => u.endsWith(module)), module).toBe(true);
    }
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
