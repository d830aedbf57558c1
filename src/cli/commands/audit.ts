/** `politique-retour audit FILE…`: an existing policy read like a judge would, findings like `check`. */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { auditPolicy } from "../../audit/audit.js";
import { formatOf, htmlText, pdfText, plainText, type PolicyText } from "../../audit/extract.js";
import type { CheckResult } from "../../law/check.js";
import { hasErrors, type Lang } from "../../text/findings.js";
import { t } from "../../text/i18n.js";
import { frRuleset } from "../../law/fr/index.js";
import { parseAsOf, type Io } from "../context.js";
import { ExitError } from "../errors.js";
import { displayPath, jsonReport, printFindings } from "../report-here.js";

export interface AuditCommandOptions {
  json?: boolean;
  asOf?: string;
}

const MAX_BYTES = 50 * 1024 * 1024;
/** A policy is some thousands of words; past this, the file is not one (and would take minutes). */
const MAX_TEXT_CHARS = 2_000_000;

function readPolicy(file: string, lang: Lang): Uint8Array {
  const fail = (detail: string): never => {
    throw new ExitError(2, t(lang, "audit.errors.read", { file, detail }));
  };
  try {
    const stat = statSync(resolve(file));
    if (stat.isDirectory()) fail(t(lang, "audit.errors.directory"));
    if (stat.size > MAX_BYTES) fail(t(lang, "audit.errors.tooLarge", { mb: MAX_BYTES / 1024 / 1024 }));
    return readFileSync(resolve(file));
  } catch (e) {
    if (e instanceof ExitError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    return fail(t(lang, code === "ENOENT" || code === "ENOTDIR" ? "audit.errors.missing" : "audit.errors.unreadable"));
  }
}

async function extract(file: string, bytes: Uint8Array, lang: Lang): Promise<PolicyText> {
  const format = formatOf(file, bytes);
  if (format === "pdf") {
    try {
      return await pdfText(bytes);
    } catch (e) {
      throw new ExitError(2, t(lang, "audit.errors.read", { file, detail: t(lang, "audit.errors.pdf", { detail: (e as Error).message }) }));
    }
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return format === "html" ? htmlText(text) : plainText(text, format);
}

function summary(r: CheckResult, lang: Lang): string {
  const file = displayPath(r.file);
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.length - errors;
  if (errors > 0) return t(lang, "audit.summary.failed", { file, count: errors });
  return warnings > 0 ? t(lang, "audit.summary.okWarnings", { file, count: warnings }) : t(lang, "audit.summary.ok", { file });
}

export async function auditCommand(files: string[], options: AuditCommandOptions, lang: Lang, io: Io, today: string): Promise<void> {
  const asOf = parseAsOf(options.asOf, lang) ?? today;
  const results: CheckResult[] = [];
  for (const file of files) {
    const path = resolve(file);
    const doc = await extract(file, readPolicy(file, lang), lang);
    if (doc.text.trim() === "") throw new ExitError(2, t(lang, "audit.errors.read", { file, detail: t(lang, "audit.errors.empty") }));
    if (doc.text.length > MAX_TEXT_CHARS) throw new ExitError(2, t(lang, "audit.errors.read", { file, detail: t(lang, "audit.errors.tooLong", { chars: MAX_TEXT_CHARS.toLocaleString(lang) }) }));
    const findings = auditPolicy(doc, { lang, asOf }).map((f) => ({ ...f, file: path }));
    results.push({ file: path, config: undefined, findings, ok: !hasErrors(findings), asOf, rulesetVersion: frRuleset.version });
  }
  for (const r of results) {
    printFindings(r, (line) => io.err(`${line}\n`));
    io.err(`${summary(r, lang)}\n`);
  }
  if (options.json) io.out(jsonReport(results, frRuleset.version));
  if (results.some((r) => !r.ok)) throw new ExitError(1);
}
