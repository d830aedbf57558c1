/** The check pipeline, pure: loaded YAML → schema → law, findings positioned in the files. */
import { locate, type LoadResult } from "./config/load.js";
import type { Config } from "./config/schema.js";
import { validateConfig } from "./config/validate.js";
import { hasErrors, pathFromString, type Finding, type Lang } from "./findings.js";
import { checkLaw } from "./law/engine.js";
import { frRuleset } from "./law/fr/index.js";
import type { Ruleset } from "./law/types.js";

export interface CheckOptions {
  lang?: Lang;
  /** Judge the law at this ISO date instead of the config's effectiveDate. */
  asOf?: string;
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
  rulesetVersion: string;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

export function checkLoaded(loaded: LoadResult, options: CheckOptions = {}): CheckResult {
  const ruleset = options.ruleset ?? frRuleset;
  const lang = options.lang ?? "fr";
  const findings: Finding[] = [...loaded.findings];
  const { config, findings: schemaFindings } = validateConfig(loaded, lang);
  findings.push(...schemaFindings);
  const asOf = options.asOf ?? config?.effectiveDate;

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
  return { file: loaded.file, config, findings, ok: !hasErrors(findings), asOf, rulesetVersion: ruleset.version };
}
