/** The only place that touches the file system for configs and outputs. */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { MAX_FILE_CHARS, type ReadFile } from "../config/load.js";

export const readConfigFile: ReadFile = (path) => {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { error: "directory" };
    if (stat.size > MAX_FILE_CHARS * 4) return { error: "too-large" };
    return { text: readFileSync(path, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable" };
  }
};

/** Write to a temp file beside the target, then rename: readers see the old file or the new one. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Why a file could not be written, in words a user can act on (read-only, full disk…). */
export function writeErrorReason(error: unknown): "readOnly" | "full" | "notFolder" | "other" {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "readOnly";
  if (code === "ENOSPC" || code === "EDQUOT") return "full";
  if (code === "ENOTDIR" || code === "EEXIST" || code === "EISDIR") return "notFolder";
  return "other";
}
