import type { Lang } from "../../text/findings.js";
import { frRuleset } from "../../law/fr/index.js";
import type { Io } from "../context.js";

export function rulesCatalogue(lang: Lang) {
  return frRuleset.rules.map((r) => ({
    id: r.id,
    severity: r.severity,
    article: r.article,
    since: r.since ?? null,
    until: r.until ?? null,
    table: r.table ?? [],
    summary: r.summary[lang],
  }));
}

export function rulesCommand(options: { json?: boolean }, lang: Lang, io: Io): void {
  const rules = rulesCatalogue(lang);
  if (options.json) {
    io.out(`${JSON.stringify({ ruleset: frRuleset.version, rules }, null, 2)}\n`);
    return;
  }
  io.out(`${frRuleset.version}\n`);
  for (const r of rules) {
    const dates = r.since ? ` (≥ ${r.since})` : r.until ? ` (< ${r.until})` : "";
    io.out(`${r.id.padEnd(34)} ${r.severity.padEnd(8)} ${r.article.padEnd(28)} ${r.summary}${dates}\n`);
  }
}
