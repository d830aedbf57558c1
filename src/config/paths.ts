import { isAbsolute, relative, sep } from "node:path";

/**
 * `path` is `dir` or below it; both absolute. Its own module so that discovery (src/batch/discover.ts)
 * uses it without loading the YAML parser.
 */
export function isBelow(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
