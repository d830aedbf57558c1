/**
 * Audit of an existing policy: each unlawful sentence at its place with its article and a
 * friendly rewrite, each hostile sentence as a warning, and the mandatory information missing.
 * Pure: the text and its positions in, findings out.
 */
import type { Finding, Lang } from "../text/findings.js";
import { format } from "../text/i18n.js";
import { analyseClauses } from "../law/fr/clauses/analyse.js";
import { frRuleset } from "../law/fr/index.js";
import { clauseReport } from "../law/fr/wording.js";
import type { Ruleset } from "../law/types.js";
import { fold } from "../text/french.js";
import type { PolicyText } from "./extract.js";
import { REQUIRED_INFO } from "./required.js";

export interface AuditOptions {
  lang?: Lang;
  /** ISO date the policy is judged at (the online withdrawal function is due from 2026-06-19). */
  asOf: string;
  ruleset?: Ruleset;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Where a PDF finding is: « page 2 » in the path slot, so human lines keep `file:line:col`. */
const pagePath = (page: number | undefined): string => (page === undefined ? "" : `page ${page}`);
const pageOf = (f: Finding): number => Number(/^page (\d+)$/u.exec(f.path)?.[1] ?? 0);

export function auditPolicy(doc: PolicyText, options: AuditOptions): Finding[] {
  const lang = options.lang ?? "fr";
  const ruleset = options.ruleset ?? frRuleset;
  const findings: Finding[] = [];
  for (const m of analyseClauses(doc.text)) {
    const rule = ruleset.rules.find((r) => r.id === m.rule);
    if (!rule) continue;
    const messageId = Object.keys(rule.messages)[0] as string;
    const report = clauseReport({ ...m, path: "", text: doc.text }, messageId);
    const template = rule.messages[messageId] as { fr: string; en: string };
    const at = doc.where(m.at.start);
    findings.push({
      code: "LAW",
      rule: rule.id,
      severity: m.severity,
      path: pagePath(at.page),
      line: at.line,
      column: at.column,
      message: format(template[lang], lang, report.data),
      article: rule.article,
      messageId,
    });
  }
  const folded = fold(doc.text).replace(/\s+/gu, " ");
  for (const info of REQUIRED_INFO) {
    if (info.since && options.asOf < info.since) continue;
    if (info.appliesIf && !info.appliesIf.test(folded)) continue;
    if (info.allOf.every((re) => re.test(folded))) continue;
    findings.push({ code: "LAW", rule: info.id, severity: info.severity, path: "", line: 1, column: 1, message: format(info.message[lang], lang), article: info.article, messageId: "missing" });
  }
  return findings.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] || pageOf(a) - pageOf(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule),
  );
}
