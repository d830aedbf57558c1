/** Reads configs: the only place that reads a config file from disk. */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import v8 from "node:v8";
import { LRUCache } from "lru-cache";
import { MAX_CONFIG_BYTES, type ParsedText, type ReadError, type ReadFile, type Root } from "../config/load.js";
import { isBelow } from "../config/paths.js";

/** Only a regular file is a config: a FIFO could block for ever, /dev/zero never ends. */
const kindError = (stat: Stats): ReadError | undefined => (stat.isDirectory() ? "directory" : stat.isFile() ? undefined : "special");

/** Reused between reads (reads are synchronous): one buffer of the cap plus one byte. */
let buffer: Buffer | undefined;
// Not saved in the start-up snapshot (scripts/snapshot-entry.mjs): a megabyte read back at every start.
if (v8.startupSnapshot?.isBuildingSnapshot()) v8.startupSnapshot.addSerializeCallback(() => (buffer = undefined));

/**
 * Bases parsed in this thread, by text (loadConfig's `bases`): the few an agency's clients share.
 * A base changed on disk has another text, so it is parsed again.
 */
export const parsedBases = new LRUCache<string, ParsedText>({ max: 16 });
if (v8.startupSnapshot?.isBuildingSnapshot()) v8.startupSnapshot.addSerializeCallback(() => parsedBases.clear());

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
    return { text: buffer.toString("utf8", 0, length), real: realpathSync.native(path) };
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
    real = realpathSync.native(path);
  } catch {
    // a root that does not exist holds nothing: every base is outside it
  }
  return { path, real };
}
