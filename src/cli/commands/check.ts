/**
 * `check <files|dirs|globs>`: the same inputs as `generate` (src/batch/discover.ts). A finding
 * written in a base file is printed once, with the configs that inherit it, not once a client.
 */
import { discover, problemMessage } from "../../batch/discover.js";
import type { CheckResult } from "../../check.js";
import type { Finding, Lang } from "../../findings.js";
import { t } from "../../i18n.js";
import { frRuleset } from "../../law/fr/index.js";
import { checkFile, parseAsOf, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { displayPath, formatFinding, jsonReport, summaryLine } from "../report.js";

export interface CheckCommandOptions {
  json?: boolean;
  asOf?: string;
  quiet?: boolean;
}

/** Clients named in full up to this many; beyond, the count of the others. */
const NAMED_CLIENTS = 10;

const keyOf = (f: Finding) => [f.file, f.line, f.column, f.rule, f.path, f.message].join("\u0000");

export async function checkCommand(inputs: string[], options: CheckCommandOptions, lang: Lang, io: Io): Promise<void> {
  const asOf = parseAsOf(options.asOf, lang);
  const discovered = await discover(inputs);
  if ("problem" in discovered) {
    const [key, data] = problemMessage(discovered.problem);
    throw new ExitError(2, t(lang, key, data));
  }
  const { files, explicit } = discovered.found;
  const checked = files.map((file) => {
    const { bases, ...result } = checkFile(file, lang, asOf, displayPath(file));
    return { result, bases };
  });
  // Found through a folder or a glob and extended by another config: a base, not a shop.
  const extended = new Set(checked.flatMap((c) => c.bases));
  const results: CheckResult[] = checked.filter((c) => !extended.has(c.result.file) || explicit.has(c.result.file)).map((c) => c.result);

  // Findings located in another file than the config's own: grouped by finding.
  const inherited = new Map<string, { finding: Finding; clients: string[] }>();
  for (const r of results) {
    for (const f of r.findings) {
      if ((f.file ?? r.file) === r.file) continue;
      const key = keyOf(f);
      const entry = inherited.get(key) ?? { finding: f, clients: [] };
      entry.clients.push(r.file);
      inherited.set(key, entry);
    }
  }
  for (const { finding, clients } of inherited.values()) {
    io.err(`${formatFinding(finding, finding.file ?? "")}\n`);
    const named = clients.slice(0, NAMED_CLIENTS).map(displayPath).join(", ");
    const more = clients.length - NAMED_CLIENTS;
    const key = more > 0 ? "cli.check.inheritedByMore" : "cli.check.inheritedBy";
    io.err(`  ${t(lang, key, { count: clients.length, clients: named, more })}\n`);
  }
  for (const r of results) {
    const own = r.findings.filter((f) => (f.file ?? r.file) === r.file);
    for (const f of own) io.err(`${formatFinding(f, r.file)}\n`);
    if (!options.quiet || r.findings.length > 0) io.err(`${summaryLine(r, lang)}\n`);
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
