/**
 * Command-line arguments → the config files to consider. A file is named explicitly; a folder is
 * walked for *.yaml / *.yml; anything else with glob characters is a glob (quoted in scripts, so
 * the shell did not expand it). Dot files and node_modules are never walked into.
 */
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";

export interface Discovered {
  /** Absolute paths, deduplicated, in a stable order (sorted by path relative to the cwd). */
  files: string[];
  /** Files named one by one on the command line: rendered even when another config extends them. */
  explicit: Set<string>;
}

export type DiscoverProblem = { kind: "missing" | "empty" | "empty-dir"; arg: string };

/** The locale key and data of a discovery problem (a usage error: exit 2). */
export function problemMessage(problem: DiscoverProblem): [key: string, data: Record<string, string>] {
  if (problem.kind === "missing") return ["config.read.missing", { file: problem.arg }];
  return [problem.kind === "empty-dir" ? "cli.batch.noMatchDir" : "cli.batch.noMatch", { arg: problem.arg }];
}

const IGNORE = ["**/node_modules/**"];

function kindOf(path: string): "file" | "dir" | "none" {
  try {
    return statSync(path).isDirectory() ? "dir" : "file";
  } catch {
    return "none";
  }
}

export async function discover(args: readonly string[], cwd: string = process.cwd()): Promise<{ found: Discovered } | { problem: DiscoverProblem }> {
  const files = new Set<string>();
  const explicit = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const kind = kindOf(path);
    let matches: string[];
    if (kind === "file") {
      explicit.add(path);
      matches = [path];
    } else {
      // Loaded only for folders and globs: a run over named files does not pay for it.
      const { globSync, isDynamicPattern } = await import("tinyglobby");
      if (kind === "dir") matches = globSync("**/*.{yaml,yml}", { cwd: path, absolute: true, ignore: IGNORE });
      else if (isDynamicPattern(arg)) matches = globSync(arg, { cwd, absolute: true, ignore: IGNORE }).filter((m) => /\.ya?ml$/iu.test(m));
      else return { problem: { kind: "missing", arg } };
    }
    if (matches.length === 0) return { problem: { kind: kind === "dir" ? "empty-dir" : "empty", arg } };
    for (const m of matches) files.add(resolve(m));
  }
  // Sorting by the relative path gives every CI runner the same order, wherever it checked out.
  const key = (f: string) => relative(cwd, f);
  const sorted = [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { found: { files: sorted, explicit } };
}
