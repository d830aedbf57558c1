import { resolve } from "node:path";
import { checkLoaded, type CheckResult } from "../check.js";
import { loadConfig } from "../config/load.js";
import type { Lang } from "../findings.js";
import { t } from "../i18n.js";
import { ExitError } from "./errors.js";
import { readConfigFile, rootFor } from "./io.js";

export { parseRoot } from "./io.js";
import { displayPath, formatFinding } from "./report.js";

export { processIo, type Io } from "./process-io.js";

export function parseAsOf(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ExitError(2, t(lang, "cli.errors.badDate", { value }));
  }
  return value;
}

/** Today's date in UTC (YYYY-MM-DD): the shell's clock, handed to the pure core. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Loads and checks one config file given on the command line. A file that does not exist is a
 * usage error (exit 2); everything else comes back as findings.
 */
export function checkFile(file: string, lang: Lang, asOf: string | undefined, root?: string): CheckResult {
  const loaded = loadConfig(resolve(file), readConfigFile, lang, file, { root: rootFor(resolve(file), root) });
  const first = loaded.findings[0];
  // A file that cannot be read is a usage error; one that is read but refused is an invalid config.
  if (loaded.sources.length === 0 && first?.code === "IO" && first.rule === "config/read") {
    throw new ExitError(2, formatFinding({ ...first, file: displayPath(resolve(file)) }, file));
  }
  return checkLoaded(loaded, { lang, today: todayIso(), ...(asOf ? { asOf } : {}) });
}
