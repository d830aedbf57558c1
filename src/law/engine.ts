import type { Config } from "../config/schema.js";
import type { Finding, Lang } from "../text/findings.js";
import { format, hasMessage, t } from "../text/i18n.js";
import type { Rule, Ruleset } from "./types.js";

export function ruleApplies(rule: Rule, asOf: string): boolean {
  return (rule.since === undefined || asOf >= rule.since) && (rule.until === undefined || asOf < rule.until);
}

export interface LawOptions {
  asOf?: string;
  lang?: Lang;
  /** Only the rules that read one of these paths (the wizard, after one answer). */
  paths?: readonly string[];
}

const touches = (rule: Rule, paths: readonly string[]) =>
  rule.paths.some((rp) => paths.some((p) => rp === p || rp.startsWith(`${p}.`) || p.startsWith(`${rp}.`)));

/** A law finding before positions are added; `atKey` points at the key, `needle` at words inside the value. */
export type LawFinding = Finding & { atKey?: boolean; needle?: string };

/** Sector ids in a message (`sectors`, `sector`) are said in words: « les cosmétiques », not `cosmetics`. */
function inWords(data: Record<string, string | number> | undefined, lang: Lang): Record<string, string | number> | undefined {
  if (!data) return data;
  const words = (ids: string) =>
    ids
      .split(", ")
      .map((id) => (hasMessage(lang, `labels.sectorsFor.${id}`) ? t(lang, `labels.sectorsFor.${id}`) : id))
      .join(", ");
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, (k === "sectors" || k === "sector") && typeof v === "string" ? words(v) : v]));
}

/** Runs every rule in force at `asOf` and returns findings with config paths (no positions yet). */
export function checkLaw(config: Config, ruleset: Ruleset, options: LawOptions = {}): LawFinding[] {
  const asOf = options.asOf ?? config.effectiveDate;
  const lang = options.lang ?? "fr";
  const findings: LawFinding[] = [];
  for (const rule of ruleset.rules) {
    if (!ruleApplies(rule, asOf)) continue;
    if (options.paths && !touches(rule, options.paths)) continue;
    for (const report of rule.check({ config, asOf })) {
      const text = rule.messages[report.messageId];
      if (!text) throw new Error(`rule ${rule.id}: unknown messageId ${report.messageId}`);
      findings.push({
        code: "LAW",
        rule: rule.id,
        severity: report.severity ?? rule.severity,
        path: report.path,
        message: format(text[lang], lang, inWords(report.data, lang)),
        article: rule.article,
        messageId: report.messageId,
        ...(report.data ? { data: report.data } : {}),
        ...(report.key ? { atKey: true } : {}),
        ...(report.needle ? { needle: report.needle } : {}),
      });
    }
  }
  return findings;
}
