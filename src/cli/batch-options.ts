/** Options shared by the batch commands (generate, status, check), without loading any of them. */
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import type { Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import { ExitError } from "./errors.js";
import { displayPath } from "./report-here.js";

/**
 * `--out` must be a folder or not exist yet; a file there (or on the way to it) is a usage
 * error said once, not one write error a config.
 */
export function checkOutDir(outDir: string, lang: Lang): void {
  for (let dir = outDir; ; dir = dirname(dir)) {
    let stat;
    try {
      stat = statSync(dir, { throwIfNoEntry: false });
    } catch {
      stat = undefined; // ENOTDIR: a file further up, found on the next turn
    }
    if (stat) {
      if (!stat.isDirectory()) throw new ExitError(2, t(lang, "cli.errors.outNotFolder", { path: displayPath(dir), out: displayPath(outDir) }));
      return;
    }
    if (dirname(dir) === dir) return;
  }
}

/**
 * `--jobs` as given; by default one thread per core, but no more than one per 16 configs: a
 * worker takes about 0.3 s to load its modules, the time of dozens of policies in this thread.
 */
export function parseJobs(value: string | undefined, configs: number, lang: Lang): number {
  if (value === undefined) return Math.min(availableParallelism(), Math.ceil(configs / 16));
  const jobs = Number(value);
  if (!/^\d+$/u.test(value) || jobs < 1 || jobs > 256) throw new ExitError(2, t(lang, "cli.batch.badJobs", { value }));
  return jobs;
}

