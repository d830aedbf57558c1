/**
 * Installed like a shop owner would (issue 16): `npm pack` → install the tarball in an empty
 * folder → `npx politique-retour generate` and `npx politique-retour init` in a terminal. The
 * commands the tool prints must be `npx politique-retour …` there, and the YAML's `$schema` must
 * point at the installed schema.json. Needs the build (dist/) and npm; dependencies come from
 * npm's cache when present (--prefer-offline), else from the registry.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";
import { inPty } from "./pty.js";

const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    // No npm_* from the test runner: the child is launched the way the owner launches it.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
    execFile(cmd, args, { cwd, env: { ...clean, LANG: "fr_FR.UTF-8", NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });

let shop = "";
// Removed here, with time for it: the installed node_modules take a while to delete.
afterAll(() => rmSync(shop, { recursive: true, force: true }), 120_000);

beforeAll(async () => {
  const pkg = tempDir();
  // The build is already in dist/ (the tests run it): pack what `files` ships, without rebuilding.
  const packed = await run("npm", ["pack", "--ignore-scripts", "--pack-destination", pkg], ROOT);
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = readdirSync(pkg).find((f) => f.endsWith(".tgz"));
  expect(tarball).toBeDefined();
  shop = tempDir();
  writeFileSync(join(shop, "package.json"), '{ "name": "ma-boutique", "private": true }\n');
  const installed = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", resolve(pkg, tarball!)], shop);
  expect(installed.code, installed.stderr).toBe(0);
}, 300_000);

describe("installed from the tarball in an empty folder", () => {
  it("npx politique-retour generate renders the policy", async () => {
    cpSync(join(ROOT, "examples", "atelier-lumiere.yaml"), join(shop, "boutique.yaml"));
    const result = await run("npx", ["politique-retour", "generate", "boutique.yaml", "--out", "out", "--format", "md,html,withdrawal-kit"], shop);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(shop, "out", "atelier-lumiere", "politique-retour.html"))).toBe(true);
    expect(existsSync(join(shop, "out", "atelier-lumiere", "retractation-page.html"))).toBe(true);
    // The package itself is not the checkout: it was installed under node_modules.
    expect(existsSync(join(shop, "node_modules", "politique-retour", "schema.json"))).toBe(true);
  }, 120_000);

  it("npx politique-retour init: the resume hint, the YAML header and $schema work from this folder", async () => {
    const first = await inPty(["init"], shop, [["nom de votre boutique", "Boutique Npx\r"], ["raison sociale", "\x03"]], ["npx", "politique-retour"]);
    expect(first.failed, first.screen).toBeNull();
    expect(first.code, first.screen).toBe(130);
    expect(first.screen).toMatch(/Pour reprendre\s:\snpx politique-retour init --resume/u);

    // Editing the example: Enter keeps every answer, through the recap, to the rendered files.
    const edit = await inPty(["init", "--from", "boutique.yaml", "nouvelle.yaml", "--out", "out2"], shop, [["UNTIL:Pour changer une réponse plus tard", "\r"]], ["npx", "politique-retour"]);
    expect(edit.failed, edit.screen).toBeNull();
    expect(edit.code, edit.screen).toBe(0);
    expect(edit.screen).toContain("npx politique-retour generate nouvelle.yaml");
    expect(existsSync(join(shop, "out2", "atelier-lumiere", "politique-retour.pdf"))).toBe(true);
    const yaml = readFileSync(join(shop, "nouvelle.yaml"), "utf8");
    expect(yaml.split("\n")[0]).toBe("# yaml-language-server: $schema=./node_modules/politique-retour/schema.json");
    expect(yaml).toContain("npx politique-retour check nouvelle.yaml");
    // The printed check command runs as printed.
    const check = await run("npx", ["politique-retour", "check", "nouvelle.yaml"], shop);
    expect(check.code, check.stderr + check.stdout).toBe(0);
  }, 120_000);
});
