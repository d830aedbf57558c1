// Builds dist/snapshot/: a V8 startup snapshot of the CLI after one warm-up run (see
// src/launch.ts for when it is used, scripts/snapshot-entry.mjs for what it holds). Run by
// `npm run build`, after tsc. A blob only loads in the node binary that built it, so it is
// made on the machine that uses it and recorded in manifest.json with that node's version.
// If it cannot be built (no esbuild, another platform), the CLI starts normally: a warning,
// not a failed build.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "dist/snapshot");
// V8 cannot save regular expressions compiled to machine code; interpreted ones are saved.
// The child must run with the same V8 flags as the builder.
const FLAGS = ["--regexp-interpret-all"];

function warn(reason) {
  process.stderr.write(`build-snapshot: not built (${reason}); short runs will start without it.\n`);
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  warn("esbuild is not installed");
}

/** The bundle is one CommonJS file; each module keeps its own import.meta.url (fonts, package.json). */
const importMetaUrl = {
  name: "import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      return {
        contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/** Left out: the wizard (never started from the snapshot) and WOFF2 decoding (the fonts are TTF). */
const leftOut = {
  name: "left-out",
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/init\.js$/ }, () => ({ path: "init", namespace: "left-out" }));
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: "brotli", namespace: "left-out" }));
    const fail = (what) => `() => { throw new Error(${JSON.stringify(`${what} is not part of the start-up snapshot`)}); }`;
    build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => ({
      contents: args.path === "init" ? `exports.initCommand = ${fail("the wizard")};` : `module.exports = ${fail("WOFF2 decoding")};`,
      loader: "js",
    }));
  },
};

const bundle = join(out, "entry.cjs");
try {
  await esbuild.build({
    entryPoints: [join(root, "scripts/snapshot-entry.mjs")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "error",
    // Module sources stay in the heap (V8 compiles functions lazily): ASCII keeps them one byte
    // per character, and without comments and spaces they are half the size.
    charset: "ascii",
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    plugins: [importMetaUrl, leftOut],
  });
} catch (e) {
  warn(`bundling failed: ${e.message}`);
}

const blob = "politique-retour.blob";
const run = spawnSync(process.execPath, [...FLAGS, "--snapshot-blob", join(out, blob), "--build-snapshot", bundle], {
  cwd: root,
  env: { ...process.env, POLITIQUE_RETOUR_ROOT: root },
  encoding: "utf8",
});
if (run.status !== 0) {
  const detail = `${run.stderr ?? ""}`.split("\n").filter((l) => l && !/not yet fully verified|may still work|issue tracker|trace-warnings/u.test(l));
  warn(`node --build-snapshot exited with ${run.status ?? run.signal}: ${detail.slice(0, 5).join(" / ")}`);
}
rmSync(bundle);
const { codeStamps, combineStamps } = await import(pathToFileURL(join(root, "dist/code-hash.js")).href);
const stamps = codeStamps(join(root, "dist"));
const blobStat = statSync(join(out, blob));
const manifest = {
  blob,
  blobSize: blobStat.size,
  blobMtimeMs: blobStat.mtimeMs,
  execPath: process.execPath,
  node: process.version,
  v8: process.versions.v8,
  arch: process.arch,
  platform: process.platform,
  flags: FLAGS,
  // A blob is used only while dist/ hashes as it did here (a file compiled again with other
  // content makes it stale); the stamps spare the launcher reading files that did not change.
  code: combineStamps(stamps),
  stamps,
};
writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
