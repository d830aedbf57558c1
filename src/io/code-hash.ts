/**
 * A hash of the code that runs: every compiled module under the folder above this one (dist/, or
 * src/ under the tests), templates and locales included since they are compiled into dist/generated/.
 * Two uses: the start-up snapshot is stale when dist/ no longer hashes as it did when the blob
 * was built (src/cli/launch.ts), and a shop's fingerprint names the code that wrote its files
 * (src/batch/fingerprint.ts). Node built-ins only: the launcher loads it before anything else.
 *
 * Hashing ~1 MB costs a few milliseconds; `previous` stamps (size + mtime + hash of each file)
 * let a caller re-read only the files whose size or mtime changed.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

export interface FileStamp {
  /** Relative to the root, with "/". */
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The folder of the compiled code: dist/ when installed, src/ under vitest. */
export const CODE_ROOT = fileURLToPath(new URL("..", import.meta.url));

const CODE_FILE = /\.(?:[cm]?js|ts)$/u;
const isCode = (name: string) => CODE_FILE.test(name) && !name.endsWith(".d.ts");

/** Code files under `root`, sorted; the snapshot and its bundle (built from them) are left out. */
export function codeFiles(root: string = CODE_ROOT): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: false }) as string[];
  return entries
    .map((p) => p.split(sep).join("/"))
    .filter((p) => isCode(p) && !p.startsWith("snapshot/") && !p.startsWith("snapshot-bundle/"))
    .sort();
}

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Size, mtime and hash of each code file; a file whose size and mtime match `previous` keeps its hash. */
export function codeStamps(root: string = CODE_ROOT, previous: readonly FileStamp[] = []): FileStamp[] {
  const known = new Map(previous.map((s) => [s.path, s]));
  return codeFiles(root).map((path) => {
    const full = join(root, path);
    const { size, mtimeMs } = statSync(full);
    const old = known.get(path);
    if (old && old.size === size && old.mtimeMs === mtimeMs) return old;
    return { path, size, mtimeMs, sha256: sha256(readFileSync(full)) };
  });
}

/** One hash for a set of stamps: paths and contents, not times. */
export function combineStamps(stamps: readonly FileStamp[]): string {
  const hash = createHash("sha256");
  for (const s of stamps) hash.update(`${s.path}\0${s.sha256}\n`);
  return hash.digest("hex");
}

/** The hash of the code under `root`, from scratch. */
export function codeHash(root: string = CODE_ROOT): string {
  return combineStamps(codeStamps(root));
}
