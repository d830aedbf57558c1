/** The only place that touches the file system for configs and outputs. */
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
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
export function writeErrorReason(error: unknown): "readOnly" | "full" | "notFolder" | "other" {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "readOnly";
  if (code === "ENOSPC" || code === "EDQUOT") return "full";
  if (code === "ENOTDIR" || code === "EEXIST" || code === "EISDIR") return "notFolder";
  return "other";
}
