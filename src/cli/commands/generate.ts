import slugify from "@sindresorhus/slugify";
import { join, resolve } from "node:path";
import type { Lang } from "../../findings.js";
import { t } from "../../i18n.js";
import { frRuleset } from "../../law/fr/index.js";
import { buildPolicy } from "../../policy/model.js";
import { FORMATS, renderFiles, type Format } from "../../render/policy-files.js";
import { checkFile, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { writeAtomic } from "../io.js";
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

/** Folder name from the shop name: only [a-z0-9-], so it can never leave --out. */
export function shopSlug(name: string): string {
  return slugify(name, { lowercase: true }).slice(0, 80).replace(/-+$/u, "") || "boutique";
}

export async function generateCommand(files: string[], options: GenerateOptions, lang: Lang, io: Io): Promise<void> {
  const formats = parseFormats(options.format, lang);
  const outDir = resolve(options.out);
  const results = files.map((f) => checkFile(f, lang, undefined));
  for (const result of results) {
    printFindings(result, (line) => io.err(`${line}\n`));
    io.err(`${summaryLine(result, lang)}\n`);
    if (!result.ok || !result.config) continue;
    const policy = buildPolicy(result.config, frRuleset.version);
    const rendered = await renderFiles(policy, formats);
    const dir = join(outDir, shopSlug(result.config.shop.name));
    for (const file of rendered) {
      const path = join(dir, file.name);
      try {
        writeAtomic(path, file.content);
      } catch (e) {
        throw new ExitError(1, t(lang, "cli.errors.write", { path: displayPath(path), detail: (e as Error).message }));
      }
      if (!options.json) io.out(`${t(lang, "cli.summary.written", { path: displayPath(path) })}\n`);
    }
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
