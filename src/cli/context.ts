import { resolve } from "node:path";
import { checkLoaded, type CheckResult } from "../check.js";
import { loadConfig } from "../config/load.js";
import type { Lang } from "../findings.js";
import { t } from "../i18n.js";
import { ExitError } from "./errors.js";
import { readConfigFile } from "./io.js";
import { displayPath, formatFinding } from "./report.js";

export { processIo, type Io } from "./process-io.js";

export function parseAsOf(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value))) {
    throw new ExitError(2, t(lang, "cli.errors.badDate", { value }));
  }
  return value;
}

/**
 * Loads and checks one config file given on the command line. A file that does not exist is a
 * usage error (exit 2); everything else comes back as findings.
 */
export function checkFile(file: string, lang: Lang, asOf: string | undefined, shownAs: string = file): CheckResult & { bases: string[] } {
  const loaded = loadConfig(resolve(file), readConfigFile, lang, shownAs);
  const first = loaded.findings[0];
  // A file that cannot be read is a usage error; one that is read but refused is an invalid config.
  if (loaded.sources.length === 0 && first?.code === "IO" && first.rule === "config/read") {
    throw new ExitError(2, formatFinding({ ...first, file: displayPath(resolve(file)) }, file));
  }
  // The files it extends: bases, reported once by `check` over a folder.
  return { ...checkLoaded(loaded, { lang, ...(asOf ? { asOf } : {}) }), bases: loaded.sources.slice(1).map((s) => s.file) };
}
