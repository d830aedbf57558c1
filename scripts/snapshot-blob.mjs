// Builds dist/snapshot/ (the V8 start-up blob and its manifest) from the bundle that
// scripts/build-snapshot.mjs left in dist/snapshot-bundle/. Run by `npm run build`, and by
// `postinstall` in an installed package: a blob only loads in the node binary that made it, so
// it is made where it is used. Never fails an install: without a blob the CLI starts normally
// (src/cli/launch.ts falls back on any problem), so every failure here is a one-line warning.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// V8 cannot save regular expressions compiled to machine code; interpreted ones are saved.
// The child must run with the same V8 flags as the builder (V8 checks a hash of them), so the
// child's heap sizes are chosen here: a 4 MB new space from the start and room for 128 MB of old
// objects before the first full collection. With V8's defaults (1 MB, and a limit just above the
// 29 MB the blob holds), one config ran 11 scavenges and a mark-compact; with these, 4 scavenges,
// 13 % fewer instructions for 4 % more page faults (bench/RESULTS.md, section C).
export const FLAGS = ["--regexp-interpret-all", "--min-semi-space-size=4", "--initial-old-space-size=128"];

/**
 * Why no blob was built, in the CLI's two languages: the build (scripts/build-snapshot.mjs)
 * prints the English, an installed package's postinstall the user's language.
 */
const reason = (en, fr) => ({ en, fr });

/** Returns undefined when built, or the reason it was not ({ en, fr }). */
export async function buildBlob(root) {
  const bundleDir = join(root, "dist/snapshot-bundle");
  const bundle = join(bundleDir, "entry.cjs");
  if (!existsSync(bundle)) return reason("no bundle in dist/snapshot-bundle", "dist/snapshot-bundle est absent");
  const { codeStamps, combineStamps } = await import(pathToFileURL(join(root, "dist/io/code-hash.js")).href);
  const stamps = codeStamps(join(root, "dist"));
  const code = combineStamps(stamps);
  // The bundle must be the compiled code that is here, or the blob would run other code.
  const made = JSON.parse(readFileSync(join(bundleDir, "bundle.json"), "utf8"));
  if (made.code !== code) return reason("dist/ was compiled again after the bundle was made", "dist/ a été recompilé après la création du bundle");
  const dependencies = dependencyStamps(root, made.dependencies);
  if (!Array.isArray(dependencies)) return dependencies;

  const out = join(root, "dist/snapshot");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const blob = "politique-retour.blob";
  const run = spawnSync(process.execPath, [...FLAGS, "--snapshot-blob", join(out, blob), "--build-snapshot", bundle], {
    cwd: root,
    env: { ...process.env, POLITIQUE_RETOUR_ROOT: root, NODE_OPTIONS: "" },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    const detail = `${run.stderr ?? ""}`.split("\n").filter((l) => l && !/not yet fully verified|may still work|issue tracker|trace-warnings/u.test(l));
    const said = detail.slice(0, 5).join(" / ");
    return reason(`node --build-snapshot exited with ${run.status ?? run.signal}: ${said}`, `node --build-snapshot s’est arrêté (${run.status ?? run.signal}) : ${said}`);
  }
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
    code,
    stamps,
    // The same for the dependency files in the blob (bundled modules, parsed fonts).
    dependencies,
  };
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return undefined;
}

/**
 * The bundle's dependency files (scripts/build-snapshot.mjs) as found from `root`, the way the
 * bundle's banner finds a dependency (the nearest node_modules folder above the package that has
 * it), with size, mtime and hash; or why the blob cannot be built: a file missing, or not the one
 * bundled (another version, a patch), so that the blob would run other code than the normal start
 * ({ en, fr }).
 */
export function dependencyStamps(root, recorded) {
  if (!Array.isArray(recorded)) return reason("the bundle does not list its dependency files", "le bundle ne liste pas ses dépendances");
  const packageDir = (name) => {
    for (let dir = root; ; dir = dirname(dir)) {
      if (existsSync(join(dir, "node_modules", name))) return join(dir, "node_modules", name);
      if (dirname(dir) === dir) return undefined;
    }
  };
  const stamps = [];
  for (const { name, file, sha256 } of recorded) {
    const dir = packageDir(name);
    const full = dir && join(dir, ...file.split("/"));
    if (!full || !existsSync(full)) return reason(`${name}/${file} is missing`, `${name}/${file} est introuvable`);
    if (createHash("sha256").update(readFileSync(full)).digest("hex") !== sha256) {
      return reason(`${name}/${file} is not the file bundled`, `${name}/${file} n’est pas le fichier du bundle (une autre version, ou modifié)`);
    }
    const { size, mtimeMs } = statSync(full);
    stamps.push({ path: relative(root, full).split(sep).join("/"), size, mtimeMs, sha256 });
  }
  return stamps;
}

// `node scripts/snapshot-blob.mjs`: the package's postinstall.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (process.env.POLITIQUE_RETOUR_SNAPSHOT === "0" || !existsSync(join(root, "dist/io/code-hash.js"))) process.exit(0); // a source checkout: `prepare` builds it
  // In the user's language, as the command speaks (LC_ALL, LC_MESSAGES, LANG; French unless English).
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  const say = (why) =>
    /^en/iu.test(env)
      ? `politique-retour: start-up snapshot not built (${why.en}); the command starts normally, a little slower.\n`
      : `politique-retour : démarrage rapide non préparé (${why.fr}) ; la commande fonctionne normalement, un peu moins vite.\n`;
  try {
    const why = await buildBlob(root);
    if (why) process.stderr.write(say(why));
  } catch (e) {
    process.stderr.write(say(reason(e.message, e.message)));
  }
}
