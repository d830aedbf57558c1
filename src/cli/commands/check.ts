/**
 * `check <files|dirs|globs>`: the same inputs as `generate` (src/batch/discover.ts). A finding
 * written in a base file is printed once, with the configs that inherit it, not once a client.
 * A named file that cannot be read is a usage error (exit 2), reported after the others and in
 * the JSON too: the results of the files that were read are never lost.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import picomatch from "picomatch";
import { discover, problemMessage } from "../../batch/discover.js";
import type { Finding, Lang } from "../../text/findings.js";
import { t } from "../../text/i18n.js";
import { frRuleset } from "../../law/fr/index.js";
import { checkAll, defaultCheckJobs } from "../../batch/check-all.js";
import { parseJobs } from "../batch-options.js";
import { parseAsOf, parseRoot, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { terminalLine } from "../../report/terminal.js";
import { displayPath, formatFinding, jsonReport, judgedLine, summaryLine } from "../report-here.js";

export interface CheckCommandOptions {
  json?: boolean;
  asOf?: string;
  root?: string;
  quiet?: boolean;
  jobs?: string;
}

/** Clients named in full up to this many; beyond, the count of the others. */
const NAMED_CLIENTS = 10;

const keyOf = (f: Finding) => [f.file, f.line, f.column, f.rule, f.path, f.message].join("\u0000");

export async function checkCommand(inputs: string[], options: CheckCommandOptions, lang: Lang, io: Io): Promise<void> {
  const asOf = parseAsOf(options.asOf, lang);
  const root = parseRoot(options.root, lang);
  // A path that is neither there nor a glob: its own unreadable result (exit 2), the rest goes on.
  const missing = inputs.filter((arg) => !existsSync(resolve(arg)) && !picomatch.scan(arg).isGlob);
  const present = inputs.filter((arg) => !missing.includes(arg));
  let files: string[] = [];
  let explicit = new Set<string>();
  let walkedFrom: Map<string, string> | undefined;
  if (present.length > 0) {
    const discovered = await discover(present);
    if ("problem" in discovered) {
      const [key, data] = problemMessage(discovered.problem);
      throw new ExitError(2, t(lang, key, data));
    }
    ({ files, explicit, walkedFrom } = discovered.found);
  }
  const items = [
    ...files.map((file) => ({ file, shownAs: displayPath(file), ...(walkedFrom?.has(file) ? { walkedFrom: walkedFrom.get(file) as string } : {}) })),
    ...missing.map((arg) => ({ file: arg })),
  ];
  const jobs = options.jobs === undefined ? defaultCheckJobs(items.length) : parseJobs(options.jobs, items.length, lang);
  const checked = await checkAll({ items, lang, ...(asOf ? { asOf } : {}), ...(root !== undefined ? { root } : {}) }, jobs);
  // Found through a folder or a glob and extended by another config: a base, not a shop.
  const extended = new Set(checked.flatMap((c) => c.bases));
  const results = checked.filter((c) => !extended.has(c.file) || explicit.has(c.file));

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
    // A file that cannot be read: its message alone (no made-up line and column), like a usage error.
    if (r.unreadable) {
      for (const f of r.findings) io.err(`${terminalLine(f.message)}\n`);
      continue;
    }
    const own = r.findings.filter((f) => (f.file ?? r.file) === r.file);
    for (const f of own) io.err(`${formatFinding(f, r.file)}\n`);
    if (options.quiet && r.findings.length === 0) continue;
    // --quiet: only the problems and their summary line.
    const judged = options.quiet ? undefined : judgedLine(r, lang);
    if (judged) io.err(`${judged}\n`);
    io.err(`${summaryLine(r, lang)}\n`);
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => r.unreadable)) throw new ExitError(2);
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
