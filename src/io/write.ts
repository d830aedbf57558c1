/** Writes outputs: atomic files, a shop's folder all at once, temp files of dead runs cleared. */
import { randomBytes } from "node:crypto";
import { constants, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync, type Stats } from "node:fs";
import { dirname, join, basename } from "node:path";

const tempName = (target: string) => `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;

/** Removes the temp files this process left in `<outDir>/<shop>/` when it was stopped mid-write. */
export function removeTempFiles(outDir: string): void {
  const mine = new RegExp(`^\\..+\\.tmp-${process.pid}-[0-9a-f]{8}$`, "u");
  let shops: string[];
  try {
    shops = readdirSync(outDir);
  } catch {
    return;
  }
  for (const shop of shops) {
    let names: string[];
    try {
      names = readdirSync(join(outDir, shop));
    } catch {
      continue;
    }
    for (const name of names) if (mine.test(name)) rmSync(join(outDir, shop, name), { force: true });
  }
}

/**
 * A shop folder or policy file that is a symlink is never written through (it could lead out of
 * `--out`): an error with code ESYMLINK, before anything is written for that shop.
 */
export function refuseSymlinks(dir: string, files: readonly string[]): void {
  for (const path of [dir, ...files]) {
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // nothing there yet
    }
    if (link) throw Object.assign(new Error(`symbolic link: ${path}`), { code: "ESYMLINK", path });
  }
}

/** Write to a temp file beside the target, then rename: readers see the old file or the new one. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), tempName(path));
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Why a file could not be written, in words a user can act on (read-only, full disk…). */
export function writeErrorReason(error: unknown): "readOnly" | "full" | "notFolder" | "isFolder" | "symlink" | "other" {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ESYMLINK") return "symlink";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "readOnly";
  if (code === "ENOSPC" || code === "EDQUOT") return "full";
  if (code === "EISDIR") return "isFolder";
  if (code === "ENOTDIR" || code === "EEXIST") return "notFolder";
  return "other";
}

/** Temp files of politique-retour: `.<file name>.tmp-<pid>-<8 hex>` (backups too: `.<name>.bak.tmp-…`). */
const TEMP_FILE = /^\.politique-retour\..*\.tmp-(\d+)-[0-9a-f]{8}$/u;

/** A temp file older than this belongs to a dead run whatever its pid says (pids are reused). */
export const STALE_TEMP_MS = 60 * 60 * 1000;

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/**
 * Removes the temp files of runs that died in `dir` (killed by SIGKILL or SIGHUP, power cut):
 * those whose pid is no longer a live process, or older than STALE_TEMP_MS. A live run's temp
 * files are left alone.
 */
export function removeDeadTempFiles(dir: string, now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    let old = false;
    try {
      old = now - lstatSync(path).mtimeMs > STALE_TEMP_MS;
    } catch {
      continue;
    }
    if (old || !pidAlive(Number(m[1]))) {
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}

/** The file system calls of writeShop: tests replace one to make it fail (ENOSPC, EIO). */
export interface ShopFs {
  writeFile(path: string, content: string | Uint8Array): void;
  rename(from: string, to: string): void;
  link(existing: string, backup: string): void;
}

const realFs: ShopFs = {
  writeFile: (path, content) => writeFileSync(path, content, { flag: "wx" }),
  rename: renameSync,
  // A hard link costs no copy; a file system without them (some network shares) gets a copy.
  link: (existing, backup) => {
    try {
      linkSync(existing, backup);
    } catch {
      copyFileSync(existing, backup, constants.COPYFILE_EXCL);
    }
  },
};

export interface ShopFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes every file of one shop so that its folder holds either all the old files or all the
 * new ones. Every target is checked first (a folder or a symlink in the way fails before any
 * write); all new files are written to temp files beside their targets; the old files get a hard
 * link as a backup; then each temp file is renamed over its target. When anything fails, the
 * targets already replaced get their old file back (or are removed if they were new), every temp
 * file is removed, a folder this call created is removed again, and the error is thrown with
 * `unchanged: true`. Temp files of dead runs in the folder are removed first.
 */
export function writeShop(dir: string, files: readonly ShopFile[], fs: ShopFs = realFs): string[] {
  refuseSymlinks(dir, files.map((f) => f.path));
  for (const { path } of files) {
    let stat: Stats | undefined;
    try {
      stat = lstatSync(path);
    } catch {
      // nothing there yet
    }
    if (stat && !stat.isFile()) throw Object.assign(new Error(`not a file: ${path}`), { code: "EISDIR", path, unchanged: true });
  }
  const created = mkdirSync(dir, { recursive: true });
  removeDeadTempFiles(dir);
  const temps: string[] = [];
  const backups = new Map<string, string>();
  const replaced: string[] = [];
  try {
    for (const { path, content } of files) {
      const tmp = join(dirname(path), tempName(path));
      temps.push(tmp);
      fs.writeFile(tmp, content);
    }
    for (const { path } of files) {
      if (!existsSync(path)) continue;
      const backup = join(dirname(path), tempName(path).replace(".tmp-", ".bak.tmp-"));
      fs.link(path, backup);
      backups.set(path, backup);
    }
    files.forEach(({ path }, i) => {
      fs.rename(temps[i] as string, path);
      replaced.push(path);
    });
  } catch (e) {
    for (const path of replaced.reverse()) {
      const backup = backups.get(path);
      try {
        if (backup) renameSync(backup, path);
        else rmSync(path, { force: true });
      } catch {
        // best effort: the error below is what the user must see
      }
    }
    for (const tmp of [...temps, ...backups.values()]) rmSync(tmp, { force: true });
    if (created !== undefined) {
      // Only folders this call made, and only if empty: nothing of anyone else's is removed.
      for (let d = dir; d.length >= created.length; d = dirname(d)) {
        try {
          rmdirSync(d);
        } catch {
          break;
        }
      }
    }
    // Name the file the user knows, never a temp file; a write error may carry no path at all.
    const err = e as NodeJS.ErrnoException;
    const at = err.path === undefined ? -1 : temps.indexOf(err.path);
    const path = at >= 0 ? (files[at] as ShopFile).path : (err.path ?? dir);
    throw Object.assign(err, { unchanged: true, path });
  }
  for (const backup of backups.values()) rmSync(backup, { force: true });
  return files.map((f) => f.path);
}
