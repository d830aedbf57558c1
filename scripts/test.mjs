// `npm test` after the build: the type check of src/, test/ and bench/ (tsc, one core) beside the
// test files (vitest, one file per core). Run one after the other, the type check left a core idle
// for its whole length; side by side they share the two. Fails when either fails; the type
// check's messages are printed after the tests' report, never in the middle of it. Arguments are
// vitest's: `npm test -- test/cli.test.ts`.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
/** The file a package's command `name` runs, as npm links it in node_modules/.bin. */
function bin(pkg, name) {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin: bins } = JSON.parse(readFileSync(manifest, "utf8"));
  return join(dirname(manifest), typeof bins === "string" ? bins : bins[name]);
}

function run(args, capture) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) for (const stream of [child.stdout, child.stderr]) stream.on("data", (d) => (output += d));
    child.on("close", (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
  });
}

// tsc -b: nothing to do when neither the sources nor the config changed since the last check
// (its record is node_modules/.cache/politique-retour/, see tsconfig.json).
const types = run([bin("typescript", "tsc"), "-b", "tsconfig.json"], true);
const tests = run([bin("vitest", "vitest"), "run", ...process.argv.slice(2)], false);
const [checked, tested] = await Promise.all([types, tests]);
if (checked.code !== 0) process.stderr.write(`\ntsc -b tsconfig.json (type check) failed:\n${checked.output}`);
process.exit(tested.code !== 0 ? tested.code : checked.code);
