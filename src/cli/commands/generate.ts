import { resolve } from "node:path";
import type { Lang } from "../../findings.js";
import { t } from "../../i18n.js";
import { frRuleset } from "../../law/fr/index.js";
import { FORMATS, type Format } from "../../render/policy-files.js";
import { checkFile, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { writePolicy } from "../write-policy.js";
import { displayPath, jsonReport, printFindings, summaryLine } from "../report.js";

export interface GenerateOptions {
  out: string;
  format: string;
  json?: boolean;
}

export function parseFormats(value: string, lang: Lang): Format[] {
  const wanted = value
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of wanted) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new ExitError(2, t(lang, "cli.errors.unknownFormat", { format: f, formats: FORMATS.join(", ") }));
    }
  }
  return [...new Set(wanted)] as Format[];
}

export async function generateCommand(files: string[], options: GenerateOptions, lang: Lang, io: Io): Promise<void> {
  const formats = parseFormats(options.format, lang);
  const outDir = resolve(options.out);
  const results = files.map((f) => checkFile(f, lang, undefined));
  for (const result of results) {
    printFindings(result, (line) => io.err(`${line}\n`));
    io.err(`${summaryLine(result, lang)}\n`);
    if (!result.ok || !result.config) continue;
    let written: string[];
    try {
      written = await writePolicy(result.config, outDir, formats);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new ExitError(1, t(lang, "cli.errors.write", { path: displayPath(err.path ?? outDir), detail: err.code ?? err.message }));
    }
    if (!options.json) for (const path of written) io.out(`${t(lang, "cli.summary.written", { path: displayPath(path) })}\n`);
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
