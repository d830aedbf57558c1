/** One config file read from disk and judged: the step `check` and `generate` share (cli and batch). */
import { resolve } from "node:path";
import { loadConfig } from "../config/load.js";
import { checkLoaded, type CheckResult } from "../law/check.js";
import { frRuleset } from "../law/fr/index.js";
import type { Lang } from "../text/findings.js";
import { parsedBases, readConfigFile, rootFor } from "./read-config.js";

/** Today's date in UTC (YYYY-MM-DD): the shell's clock, handed to the pure core. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Loads and checks one config file given on the command line. A file that cannot be read comes
 * back with its one finding and `unreadable` set: a usage error (exit 2) once the other files
 * are reported; everything else is findings.
 */
export function checkFileOrUnreadable(file: string, lang: Lang, asOf: string | undefined, root?: string, shownAs: string = file, walkedFrom?: string): CheckResult & { unreadable: boolean; bases: string[] } {
  const loaded = loadConfig(resolve(file), readConfigFile, lang, shownAs, { root: rootFor(resolve(file), root, walkedFrom), bases: parsedBases });
  const first = loaded.findings[0];
  // A file that cannot be read is a usage error; one that is read but refused is an invalid config.
  if (loaded.sources.length === 0 && first?.code === "IO" && first.rule === "config/read") {
    const finding = { ...first, file: resolve(file) };
    return { file: resolve(file), config: undefined, findings: [finding], ok: false, asOf, rulesetVersion: frRuleset.version, unreadable: true, bases: [] };
  }
  // The files it extends: bases, reported once by `check` over a folder.
  return { ...checkLoaded(loaded, { lang, today: todayIso(), ...(asOf ? { asOf } : {}) }), unreadable: false, bases: loaded.sources.slice(1).map((s) => s.file) };
}
