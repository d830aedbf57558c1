/**
 * A hash of the code that runs: every compiled module under the folder above this one (dist/, or
 * src/ under the tests), templates and locales included since they are compiled into dist/generated/.
 * Two uses: the start-up snapshot is stale when dist/ no longer hashes as it did when the blob
 * was built (src/cli/launch.ts), and a shop's fingerprint names the code that wrote its files: the
 * modules reachable from the units of work of a batch (src/batch/fingerprint.ts). Node built-ins only: the launcher loads it before anything else.
 *
 * Hashing ~1 MB costs a few milliseconds; `previous` stamps (size + mtime + hash of each file)
 * let a caller re-read only the files whose size or mtime changed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";

export interface FileStamp {
  /** Relative to the root, with "/". */
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  /** The relative modules it imports (static, re-exported or dynamic), as written: "./x.js". */
  imports?: string[];
}

/** The folder of the compiled code: dist/ when installed, src/ under vitest. */
export const CODE_ROOT = fileURLToPath(new URL("..", import.meta.url));

const CODE_FILE = /\.(?:[cm]?js|ts)$/u;
const isCode = (name: string) => CODE_FILE.test(name) && !name.endsWith(".d.ts");

/** Folders of built files that are not code: the snapshot and its bundle (built from the code). */
const NOT_CODE = new Set(["snapshot", "snapshot-bundle"]);

/**
 * Code files under `root`, sorted; the snapshot and its bundle are left out. Walked folder by
 * folder: node 20's `readdirSync(root, { recursive: true })` took 30 times longer (60 ms for
 * dist/ on a busy machine, paid by the launcher at every start).
 */
export function codeFiles(root: string = CODE_ROOT): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(rel === "" && NOT_CODE.has(entry.name))) walk(join(dir, entry.name), path);
      } else if (isCode(entry.name)) found.push(path);
    }
  };
  walk(root, "");
  return found.sort();
}

/**
 * node:crypto, loaded on the first hash: the launcher usually hashes nothing (every stamp
 * matches the snapshot's manifest), and loading it cost it 7 to 20 ms (bench/RESULTS.md, section C).
 */
let crypto: typeof import("node:crypto") | undefined;
const createHash = (algorithm: string) => (crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).createHash(algorithm);

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The relative modules a file imports: `from "./x.js"`, `import "./x.js"`, `import("./x.js")`.
 * Read from the text, so a match in a comment or a string counts too: more files, never fewer.
 */
export function relativeImports(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.\.?\/[^"'\n]+)["']/gu)) found.add(m[1] as string);
  return [...found].sort();
}

/** Size, mtime, hash and imports of each code file; a file whose size and mtime match `previous` is not read again. */
export function codeStamps(root: string = CODE_ROOT, previous: readonly FileStamp[] = []): FileStamp[] {
  const known = new Map(previous.map((s) => [s.path, s]));
  return codeFiles(root).map((path) => {
    const full = join(root, path);
    const { size, mtimeMs } = statSync(full);
    const old = known.get(path);
    if (old && old.size === size && old.mtimeMs === mtimeMs && Array.isArray(old.imports)) return old;
    const bytes = readFileSync(full);
    return { path, size, mtimeMs, sha256: sha256(bytes), imports: relativeImports(bytes.toString("utf8")) };
  });
}

/**
 * The stamps of `entries` (paths relative to the root) and of every code file they import,
 * directly or not, except through `skip`. An import of "./x.js" is x.js, or x.ts under vitest
 * (src/). An entry that is not there gives every stamp: when in doubt, all the code counts.
 */
export function reachableStamps(stamps: readonly FileStamp[], entries: readonly string[], skip: readonly string[] = []): FileStamp[] {
  const byPath = new Map(stamps.map((s) => [s.path, s]));
  const find = (path: string) => byPath.get(path) ?? byPath.get(path.replace(/\.js$/u, ".ts"));
  const reached = new Set<FileStamp>(skip.map(find).filter((s) => s !== undefined));
  const skipped = new Set(reached);
  const stack: FileStamp[] = [];
  for (const entry of entries) {
    const stamp = find(entry);
    if (!stamp) return [...stamps];
    stack.push(stamp);
  }
  while (stack.length > 0) {
    const stamp = stack.pop() as FileStamp;
    if (reached.has(stamp)) continue;
    reached.add(stamp);
    if (!stamp.imports) return [...stamps];
    const dir = posix.dirname(stamp.path);
    for (const spec of stamp.imports) {
      const target = find(posix.normalize(posix.join(dir, spec)));
      if (target) stack.push(target);
    }
  }
  return stamps.filter((s) => reached.has(s) && !skipped.has(s));
}

/** One hash for a set of stamps: paths and contents, not times. */
export function combineStamps(stamps: readonly FileStamp[]): string {
  const hash = createHash("sha256");
  for (const s of stamps) hash.update(`${s.path}\0${s.sha256}\n`);
  return hash.digest("hex");
}

/**
 * The hash of the code under `root`, given the stamps and hash recorded earlier (the snapshot's
 * manifest): when the same files are there with the same size and mtime, the recorded hash, without
 * hashing anything (the first hash of a process costs more than the stats); otherwise the files
 * that changed are read and the hash made again.
 */
export function codeHashSince(root: string, recorded: readonly FileStamp[], recordedHash: string): string {
  const stamps = codeStamps(root, recorded);
  const unchanged = stamps.length === recorded.length && stamps.every((s, i) => s === recorded[i]);
  return unchanged ? recordedHash : combineStamps(stamps);
}

/** The hash of the code under `root`, from scratch. */
export function codeHash(root: string = CODE_ROOT): string {
  return combineStamps(codeStamps(root));
}

/**
 * The dependency files the start-up snapshot was built from (the modules bundled into it, the
 * font files parsed into its heap), with their paths relative to the package root, as
 * scripts/snapshot-blob.mjs recorded them: true while every one is there with the same content.
 * A file whose size and mtime are the recorded ones is not read; one touched without a change (a
 * reinstall of the same version) is hashed and still counts as the same.
 */
export function dependenciesUnchanged(root: string, recorded: readonly FileStamp[]): boolean {
  for (const stamp of recorded) {
    const full = join(root, ...stamp.path.split("/"));
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) return false;
    if (stat.size === stamp.size && stat.mtimeMs === stamp.mtimeMs) continue;
    if (stat.size !== stamp.size || sha256(readFileSync(full)) !== stamp.sha256) return false;
  }
  return true;
}
