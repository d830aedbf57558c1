/** The only place that touches the file system for configs and outputs. */
import { randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from "node:fs";
import { dirname, join, basename, resolve } from "node:path";
import type { Lang } from "../findings.js";
import { t } from "../i18n.js";
import { ExitError } from "./errors.js";
import { isBelow, MAX_CONFIG_BYTES, type ReadError, type ReadFile, type Root } from "../config/load.js";

/** Only a regular file is a config: a FIFO could block for ever, /dev/zero never ends. */
const kindError = (stat: Stats): ReadError | undefined => (stat.isDirectory() ? "directory" : stat.isFile() ? undefined : "special");

/** Reused between reads (reads are synchronous): one buffer of the cap plus one byte. */
let buffer: Buffer | undefined;

/**
 * Reads a config: a regular file of at most MAX_CONFIG_BYTES, never anything else. The type is
 * checked before opening (a device is never opened), the file is opened with O_NONBLOCK (a FIFO
 * swapped in after the check cannot block) and checked again on the open descriptor, and at most
 * cap + 1 bytes are read, so a file that grows while it is read is still refused.
 */
export const readConfigFile: ReadFile = (path) => {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    const early = kindError(before) ?? (before.size > MAX_CONFIG_BYTES ? "too-large" : undefined);
    if (early) return { error: early };
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const late = kindError(fstatSync(fd));
    if (late) return { error: late };
    buffer ??= Buffer.allocUnsafe(MAX_CONFIG_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_CONFIG_BYTES) return { error: "too-large" };
    return { text: buffer.toString("utf8", 0, length), real: realpathSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { error: "missing" };
    // ENXIO: a socket; EAGAIN: a FIFO or device that answered the non-blocking read.
    return { error: code === "ENXIO" || code === "EAGAIN" ? "special" : "unreadable" };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/**
 * The folder `extends` may not leave, for one config: `--root` when given; otherwise the current
 * folder when the config is inside it (an agency runs from its own tree), else the folder given
 * on the command line that it was found in (`walkedFrom`), else the config's own folder.
 */
export function rootFor(file: string, given: string | undefined, walkedFrom?: string, cwd: string = process.cwd()): Root {
  const path = given !== undefined ? resolve(cwd, given) : isBelow(cwd, file) ? cwd : (walkedFrom ?? dirname(file));
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // a root that does not exist holds nothing: every base is outside it
  }
  return { path, real };
}

/** `--root`: a folder that exists, or a usage error. */
export function parseRoot(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  let isDir = false;
  try {
    isDir = statSync(value).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new ExitError(2, t(lang, "cli.errors.badRoot", { value }));
  return resolve(value);
}

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
export function writeErrorReason(error: unknown): "readOnly" | "full" | "notFolder" | "symlink" | "other" {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ESYMLINK") return "symlink";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "readOnly";
  if (code === "ENOSPC" || code === "EDQUOT") return "full";
  if (code === "ENOTDIR" || code === "EEXIST" || code === "EISDIR") return "notFolder";
  return "other";
}
