// Builds dist/snapshot/: a V8 startup snapshot of the CLI after one warm-up run (see
// src/cli/launch.ts for when it is used, scripts/snapshot-entry.mjs for what it holds). Run by
// `npm run build`, after tsc. A blob only loads in the node binary that built it, so it is
// made on the machine that uses it and recorded in manifest.json with that node's version.
// If it cannot be built (no esbuild, another platform), the CLI starts normally: a warning,
// not a failed build.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildBlob, FLAGS } from "./snapshot-blob.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "dist/snapshot");

function warn(reason) {
  process.stderr.write(`build-snapshot: not built (${reason}); short runs will start without it.\n`);
  process.exit(0);
}

const bundleDir = join(root, "dist/snapshot-bundle");

let codeHash;
try {
  codeHash = await import(pathToFileURL(join(root, "dist/io/code-hash.js")).href);
} catch (e) {
  warn(`dist/ is not compiled: ${e.message}`);
}
const { codeStamps, combineStamps, dependenciesUnchanged } = codeHash;
const code = combineStamps(codeStamps(join(root, "dist")));

/**
 * Everything the bundle and the blob are made from: the compiled code (dist/, by content), these
 * scripts, the installed dependencies (bundled), the examples (the warm-up run renders them) and
 * the node that builds and loads the blob. `npm test` builds again right after `npm install`
 * built: with the same inputs the snapshot is kept (POLITIQUE_RETOUR_SNAPSHOT_REBUILD=1 forces it).
 */
function inputsHash() {
  const hash = createHash("sha256");
  const add = (name, bytes) => hash.update(`${name}\0`).update(bytes).update("\n");
  add("code", code);
  add("node", JSON.stringify([process.execPath, process.version, process.versions.v8, process.arch, process.platform, FLAGS]));
  for (const script of ["scripts/build-snapshot.mjs", "scripts/snapshot-blob.mjs", "scripts/snapshot-entry.mjs"]) add(script, readFileSync(join(root, script)));
  // npm rewrites node_modules/.package-lock.json whenever it changes what is installed.
  const lock = [join(root, "node_modules/.package-lock.json"), join(root, "package-lock.json")].find((f) => existsSync(f));
  if (lock) add("lock", readFileSync(lock));
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(join(root, "examples"))) add(relative(root, file), readFileSync(file));
  return hash.digest("hex");
}
const inputs = inputsHash();

/** The blob in dist/snapshot/ was built from these same inputs and is still the file it names. */
function upToDate() {
  try {
    const made = JSON.parse(readFileSync(join(bundleDir, "bundle.json"), "utf8"));
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const blob = statSync(join(out, manifest.blob));
    return (
      made.inputs === inputs && made.code === code && manifest.code === code && blob.size === manifest.blobSize && blob.mtimeMs === manifest.blobMtimeMs &&
      // A dependency patched in place (the lock unchanged): the launcher would find the blob stale.
      Array.isArray(manifest.dependencies) && dependenciesUnchanged(root, manifest.dependencies)
    );
  } catch {
    return false;
  }
}
if (process.env.POLITIQUE_RETOUR_SNAPSHOT_REBUILD !== "1" && upToDate()) {
  process.stderr.write("build-snapshot: up to date (same code, scripts, dependencies, examples and node), kept.\n");
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
rmSync(bundleDir, { recursive: true, force: true });
mkdirSync(bundleDir, { recursive: true });

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  warn("esbuild is not installed");
}

/**
 * What stands for import.meta.url in the bundle. Our modules: relative to the package root.
 * A dependency's: looked up in the node_modules folders above the root at run time, since an
 * installed package's dependencies usually sit beside it, not inside it.
 */
function metaUrl(path) {
  const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\/(.+)$/u.exec(path);
  if (m) return `globalThis.__politiqueRetourDependency(${JSON.stringify(m[1])}, ${JSON.stringify(m[2])})`;
  return `new URL(${JSON.stringify(path)}, globalThis.__politiqueRetourRoot).href`;
}

const BANNER = `(() => {
  const root = process.env.POLITIQUE_RETOUR_ROOT;
  const { existsSync } = require("node:fs");
  const { dirname, join } = require("node:path");
  const { pathToFileURL } = require("node:url");
  globalThis.__politiqueRetourRoot = pathToFileURL(root + "/").href;
  globalThis.__politiqueRetourDependency = (name, file) => {
    for (let dir = root; ; dir = dirname(dir)) {
      if (existsSync(join(dir, "node_modules", name))) return pathToFileURL(join(dir, "node_modules", name, file)).href;
      if (dirname(dir) === dir) return pathToFileURL(join(root, "node_modules", name, file)).href;
    }
  };
})();`;

/** The bundle is one CommonJS file; each module keeps its own import.meta.url (fonts, package.json). */
const importMetaUrl = {
  name: "import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      return {
        // Relative to the package root, which the snapshot builder names (POLITIQUE_RETOUR_ROOT):
        // the bundle is shipped and the blob built where the package is installed.
        contents: source.replaceAll("import.meta.url", metaUrl(relative(root, args.path).split(sep).join("/"))),
        loader: "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Left out: every command but `generate` (the launcher starts the snapshot for `generate` only:
 * src/cli/launch.ts), so neither the wizard nor `audit`'s PDF reader (pdfjs-dist, a fifth of the
 * bundle) sit in the saved heap, and WOFF2 decoding (the fonts are TTF).
 */
const LEFT_OUT_COMMANDS = ["init", "check", "status", "audit", "rules", "schema"];
const leftOut = {
  name: "left-out",
  setup(build) {
    build.onResolve({ filter: /^\.\/commands\/[a-z]+\.js$/ }, (args) => {
      const name = /([a-z]+)\.js$/u.exec(args.path)[1];
      return LEFT_OUT_COMMANDS.includes(name) ? { path: name, namespace: "left-out" } : undefined;
    });
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, () => ({ path: "brotli", namespace: "left-out" }));
    const fail = (what) => `() => { throw new Error(${JSON.stringify(`${what} is not part of the start-up snapshot`)}); }`;
    build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => ({
      contents:
        args.path === "brotli"
          ? `module.exports = ${fail("WOFF2 decoding")};`
          : `exports.${args.path}Command = ${fail(`the ${args.path} command`)};`,
      loader: "js",
    }));
  },
};

/**
 * pdfkit imports its AES code for encrypted PDFs, which we never write, and that module fills
 * 1.3 MB of lookup tables when it loads: in the bundle it loads on the first call instead.
 */
const lazyAes = {
  name: "lazy-aes",
  setup(build) {
    build.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, async (args) => {
      if (args.pluginData === "real") return undefined;
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "real" });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: "lazy-aes" };
    });
    build.onLoad({ filter: /.*/, namespace: "lazy-aes" }, (args) => ({
      contents: `let aes;
const load = () => (aes ??= require(${JSON.stringify(args.path)}));
export const cbc = (...a) => load().cbc(...a);
export const ecb = (...a) => load().ecb(...a);`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * V8 keeps a script's source in the heap (functions are compiled when first called), one byte
 * per character only when every character is Latin-1. esbuild's `charset: "ascii"` escapes
 * strings but leaves regular expression literals (`/[’‘]/u`) and tagged templates alone, and one
 * such character made the whole 3.6 MB source two bytes per character. Written as \uXXXX they
 * mean the same thing in a string, a regular expression (with or without the u flag) and a
 * template's cooked text; none of ours reads a template's raw text or a pattern's `source`.
 */
function latin1Source(text) {
  return text.replace(/[^\0-\xFF]/gu, (c, at) => {
    if (text[at - 1] === "\\") throw new Error(`escaped character ${JSON.stringify(c)} at ${at}`);
    let escaped = "";
    for (let i = 0; i < c.length; i++) escaped += `\\u${c.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`;
    return escaped;
  });
}

// Kept in the package: `postinstall` builds the blob from it where the package is installed.
const bundle = join(bundleDir, "entry.cjs");
let metafile;
try {
  ({ metafile } = await esbuild.build({
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
    plugins: [importMetaUrl, leftOut, lazyAes],
    banner: { js: BANNER },
    metafile: true,
  }));
  writeFileSync(bundle, latin1Source(readFileSync(bundle, "utf8")));
} catch (e) {
  warn(`bundling failed: ${e.message}`);
}

/**
 * The dependency files the blob holds: every module of node_modules in the bundle, and the font
 * files the warm-up parses (src/io/fonts.ts). Each by package and path inside the package, as
 * the bundle's banner finds a dependency where the package is installed, with its hash: the blob
 * is built only over these same files, and is stale once one of them changes (src/cli/launch.ts).
 */
function dependencies() {
  const files = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes(":")) continue; // a plugin's own module (left-out, lazy-aes)
    const path = relative(root, join(process.cwd(), input)).split(sep).join("/");
    if (path.startsWith("node_modules/")) files.add(path);
  }
  const fonts = join(root, "node_modules/@expo-google-fonts/noto-sans");
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(fonts)) if (file.endsWith(".ttf")) files.add(relative(root, file).split(sep).join("/"));
  return [...files].sort().map((path) => {
    const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)\/(.+)$/u.exec(path);
    if (!m) throw new Error(`not a dependency's file: ${path}`);
    return { name: m[1], file: m[2], sha256: createHash("sha256").update(readFileSync(join(root, path))).digest("hex") };
  });
}

// What the bundle was made from: the blob is built only over this same compiled code and these
// same dependency files; `inputs` lets the next build keep it (see upToDate).
writeFileSync(join(bundleDir, "bundle.json"), `${JSON.stringify({ code, inputs, dependencies: dependencies() }, null, 2)}\n`);
const why = await buildBlob(root);
if (why) warn(why.en);
