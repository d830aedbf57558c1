import { frRuleset } from "../../law/fr/index.js";
import type { Lang } from "../../findings.js";
import { checkFileOrUnreadable, parseAsOf, parseRoot, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { jsonReport, judgedLine, printFindings, summaryLine } from "../report.js";

export interface CheckCommandOptions {
  json?: boolean;
  asOf?: string;
  root?: string;
}

export function checkCommand(files: string[], options: CheckCommandOptions, lang: Lang, io: Io): void {
  const asOf = parseAsOf(options.asOf, lang);
  const root = parseRoot(options.root, lang);
  const results = files.map((f) => checkFileOrUnreadable(f, lang, asOf, root));
  for (const r of results) {
    printFindings(r, (line) => io.err(`${line}\n`));
    if (r.unreadable) continue;
    const judged = judgedLine(r, lang);
    if (judged) io.err(`${judged}\n`);
    io.err(`${summaryLine(r, lang)}\n`);
  }
  // A file that cannot be read is a usage error (exit 2), reported after the others, in the
  // JSON too: the results of the files that were read are never lost.
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => r.unreadable)) throw new ExitError(2);
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
