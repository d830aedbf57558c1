/**
 * Command-line arguments → the config files to consider. A file is named explicitly; a folder is
 * walked for *.yaml / *.yml; anything else with glob characters is a glob (quoted in scripts, so
 * the shell did not expand it), matched by walking its fixed base folder. Dot files and
 * node_modules are never walked into.
 *
 * Symlinks (SECURITY.md, "Paths and symlinks"): a walk follows a symlink only when its real path
 * is inside the real path of the folder given (the glob's base for a glob); one that leads out is
 * not followed and is reported. Every file is kept once, by real path, so a symlink loop or two
 * ways to one file never make a config collide with itself.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { isBelow } from "../config/paths.js";

export interface Discovered {
  /** Absolute paths, deduplicated by real path, in a stable order (sorted by path relative to the cwd). */
  files: string[];
  /** Files named one by one on the command line: rendered even when another config extends them. */
  explicit: Set<string>;
  /** The real path of each file (symlinks resolved), to match `extends` targets whatever the way in. */
  real?: Map<string, string>;
  /** Symlinks met in a walk that lead out of the folder given: not followed. */
  outside: string[];
  /** For a file found in a folder or by a glob: that folder (the glob's base), a default root for `extends`. */
  walkedFrom?: Map<string, string>;
}

export type DiscoverProblem = { kind: "missing" | "empty" | "empty-dir"; arg: string };

/** The locale key and data of a discovery problem (a usage error: exit 2). */
export function problemMessage(problem: DiscoverProblem): [key: string, data: Record<string, string>] {
  if (problem.kind === "missing") return ["config.read.missing", { file: problem.arg }];
  return [problem.kind === "empty-dir" ? "cli.batch.noMatchDir" : "cli.batch.noMatch", { arg: problem.arg }];
}

const CONFIG_NAME = /\.ya?ml$/iu;
const SKIPPED_DIRS = new Set(["node_modules"]);

function kindOf(path: string): "file" | "dir" | "none" {
  try {
    return statSync(path).isDirectory() ? "dir" : "file";
  } catch {
    return "none";
  }
}

/**
 * Every *.yaml / *.yml under `start` that is not a folder (a FIFO or a device named *.yaml is
 * listed, so that reading it gives a finding instead of silently skipping it). Iterative, with
 * the real path of every folder entered remembered, so a loop of symlinks ends.
 */
function walk(start: string, outside: string[], realOf: Map<string, string>): string[] {
  const top = realpathSync(start);
  const entered = new Set<string>([top]);
  const found: string[] = [];
  // Each folder with its real path: a plain file's real path is then its folder's plus its name.
  const stack: [string, string][] = [[start, top]];
  while (stack.length > 0) {
    const [dir, realDir] = stack.pop() as [string, string];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: nothing to list
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let real: string | undefined;
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(path);
        } catch {
          continue; // a dangling link names nothing
        }
        if (!isBelow(top, real)) {
          outside.push(path);
          continue;
        }
        isDir = statSync(real).isDirectory();
      } else real = join(realDir, entry.name);
      if (isDir) {
        if (entered.has(real)) continue; // a loop, or a folder already reached another way
        entered.add(real);
        stack.push([path, real]);
      } else if (CONFIG_NAME.test(entry.name)) {
        found.push(path);
        realOf.set(path, real);
      }
    }
  }
  return found;
}

export async function discover(args: readonly string[], cwd: string = process.cwd()): Promise<{ found: Discovered } | { problem: DiscoverProblem }> {
  const candidates: string[] = [];
  const from = new Map<string, string>();
  const explicitReal = new Set<string>();
  const outside: string[] = [];
  // Real paths the walks already know (plain files in real folders).
  const realOf = new Map<string, string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    let matches: string[];
    if (kind === "file") {
      explicitReal.add(realpathSync(path));
      matches = [path];
    } else if (kind === "dir") {
      matches = walk(path, outside, realOf);
      for (const m of matches) if (!from.has(m)) from.set(m, path);
    } else {
      const scan = picomatch.scan(arg);
      if (!scan.isGlob) return { problem: { kind: "missing", arg } };
      const base = resolve(cwd, scan.base || ".");
      const isMatch = picomatch(scan.glob, { dot: false });
      matches = kindOf(base) === "dir" ? walk(base, outside, realOf).filter((m) => isMatch(relative(base, m).split(sep).join("/"))) : [];
      for (const m of matches) if (!from.has(m)) from.set(m, base);
    }
    if (matches.length === 0) return { problem: { kind: kind === "dir" ? "empty-dir" : "empty", arg } };
    candidates.push(...matches);
  }
  // Sorting by the relative path gives every CI runner the same order, wherever it checked out.
  const keys = new Map(candidates.map((f) => [f, relative(cwd, f)]));
  const key = (f: string) => keys.get(f) as string;
  candidates.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const files: string[] = [];
  const real = new Map<string, string>();
  const seen = new Set<string>();
  const explicit = new Set<string>();
  const walkedFrom = new Map<string, string>();
  for (const file of candidates) {
    let r = realOf.get(file);
    if (r === undefined) {
      try {
        r = realpathSync(file);
      } catch {
        r = file;
      }
    }
    if (seen.has(r)) continue;
    seen.add(r);
    files.push(file);
    real.set(file, r);
    if (explicitReal.has(r)) explicit.add(file);
    const dir = from.get(file);
    if (dir !== undefined) walkedFrom.set(file, dir);
  }
  return { found: { files, explicit, real, outside: [...new Set(outside)].sort(), walkedFrom } };
}
