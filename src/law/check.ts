/** The check pipeline, pure: loaded YAML → schema → law, findings positioned in the files. */
import { locate, type LoadResult } from "../config/load.js";
import type { Config } from "../config/schema.js";
import { validateConfig } from "../config/validate.js";
import { hasErrors, pathFromString, type Finding, type Lang } from "../text/findings.js";
import { checkLaw } from "./engine.js";
import { frRuleset } from "./fr/index.js";
import type { Ruleset } from "./types.js";

export interface CheckOptions {
  lang?: Lang;
  /** Judge the law at this ISO date (`--as-of`): overrides everything else. */
  asOf?: string;
  /**
   * Today's ISO date, from the shell (the core has no clock). A policy published now obeys the law
   * of now: without `asOf`, the law is judged at the later of today and the config's effectiveDate.
   */
  today?: string;
  ruleset?: Ruleset;
}

export interface CheckResult {
  file: string;
  /** The config when it passed the schema (it may still break the law: see `ok`). */
  config: Config | undefined;
  findings: Finding[];
  /** No error: the policy may be rendered. */
  ok: boolean;
  asOf: string | undefined;
  /** Why `asOf` is that date: given with --as-of, the effectiveDate, or today (later than effectiveDate). */
  asOfReason?: AsOfReason;
  rulesetVersion: string;
}

export type AsOfReason = "as-of" | "effective-date" | "today";

/** The date the law is judged at: `--as-of`, else the later of today and effectiveDate. */
export function judgementDate(effectiveDate: string, options: { asOf?: string; today?: string }): { date: string; reason: AsOfReason } {
  if (options.asOf) return { date: options.asOf, reason: "as-of" };
  if (options.today && options.today > effectiveDate) return { date: options.today, reason: "today" };
  return { date: effectiveDate, reason: "effective-date" };
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

export function checkLoaded(loaded: LoadResult, options: CheckOptions = {}): CheckResult {
  const ruleset = options.ruleset ?? frRuleset;
  const lang = options.lang ?? "fr";
  const findings: Finding[] = [...loaded.findings];
  const { config, findings: schemaFindings } = validateConfig(loaded, lang);
  findings.push(...schemaFindings);
  const judged = config ? judgementDate(config.effectiveDate, options) : undefined;
  const asOf = judged?.date ?? options.asOf;

  if (config) {
    for (const { atKey, needle, ...f } of checkLaw(config, ruleset, { lang, ...(asOf ? { asOf } : {}) })) {
      const where = locate(loaded.sources, pathFromString(f.path), { key: atKey ?? false, ...(needle ? { needle } : {}) });
      findings.push({ ...f, ...where });
    }
  }
  findings.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.file ?? "").localeCompare(b.file ?? "") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  return {
    file: loaded.file,
    config,
    findings,
    ok: !hasErrors(findings),
    asOf,
    ...(judged ? { asOfReason: judged.reason } : {}),
    rulesetVersion: ruleset.version,
  };
}
