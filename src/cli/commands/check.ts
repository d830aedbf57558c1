import { frRuleset } from "../../law/fr/index.js";
import type { Lang } from "../../findings.js";
import { checkFile, parseAsOf, parseRoot, type Io } from "../context.js";
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
  const results = files.map((f) => checkFile(f, lang, asOf, root));
  for (const r of results) {
    printFindings(r, (line) => io.err(`${line}\n`));
    const judged = judgedLine(r, lang);
    if (judged) io.err(`${judged}\n`);
    io.err(`${summaryLine(r, lang)}\n`);
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
