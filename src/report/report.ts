import { isAbsolute, relative } from "node:path";
import type { CheckResult } from "../law/check.js";
import type { Finding, Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import { jsonText, terminalLine } from "./terminal.js";

/**
 * A path as the user knows it: relative to the working folder `cwd` when inside it. A relative
 * path that does not start with a letter, digit, `.` or `_` gets `./` in front, so a file named
 * `::error …` cannot start a line that CI reads as a command. The caller passes `cwd` (the shell
 * knows it; this room never asks the process).
 */
export const displayPath = (file: string, cwd: string) => {
  const rel = relative(cwd, file);
  const shown = rel === "" || rel.startsWith("..") ? file : rel;
  return isAbsolute(shown) || /^[\p{L}\p{N}._]/u.test(shown) ? shown : `./${shown}`;
};

/** `file:line:col  error  message  (article, rule)`: one line a finding, for humans and grep. */
export function formatFinding(f: Finding, fallbackFile: string, cwd: string): string {
  const where = `${displayPath(f.file ?? fallbackFile, cwd)}:${f.line ?? 1}:${f.column ?? 1}`;
  const ref = f.article ? `${f.article}, ${f.rule}` : f.rule;
  const field = f.path ? `${f.path}: ` : "";
  return terminalLine(`${where}  ${f.severity}  ${field}${f.message}  (${ref})`);
}

export function printFindings(result: CheckResult, write: (line: string) => void, cwd: string): void {
  for (const f of result.findings) write(formatFinding(f, result.file, cwd));
}

/** Which date the law was judged at, and why (L221-21 changed on 19 June 2026: the date matters). */
export function judgedLine(result: CheckResult, lang: Lang, cwd: string): string | undefined {
  if (!result.asOf || !result.asOfReason) return undefined;
  const reason = t(lang, `cli.summary.judgedReason.${result.asOfReason}`);
  return t(lang, "cli.summary.judgedAt", { file: displayPath(result.file, cwd), date: result.asOf, reason });
}

export function summaryLine(result: CheckResult, lang: Lang, cwd: string): string {
  const file = displayPath(result.file, cwd);
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.length - errors;
  if (!result.ok) return terminalLine(t(lang, "cli.summary.failed", { file, count: errors }));
  return terminalLine(warnings > 0 ? t(lang, "cli.summary.okWarnings", { file, count: warnings }) : t(lang, "cli.summary.ok", { file }));
}

/** One file in the shape of DESIGN.md: { file, ok, findings: [ { rule, severity, path, line, column, endLine, endColumn, messageId, message, article } ] }. */
export function jsonFile(r: CheckResult, cwd: string) {
  return {
    file: displayPath(r.file, cwd),
    ok: r.ok,
    asOf: r.asOf ?? null,
    asOfReason: r.asOfReason ?? null,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      path: f.path,
      file: displayPath(f.file ?? r.file, cwd),
      line: f.line ?? 1,
      column: f.column ?? 1,
      // Where the value ends too (editors and CI annotations underline the whole value); the
      // message id for tools that match on it rather than on the words.
      ...(f.endLine !== undefined && f.endColumn !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
      ...(f.messageId ? { messageId: f.messageId } : {}),
      message: f.message,
      ...(f.article ? { article: f.article } : {}),
    })),
  };
}

/** The report of `check --json`: { ruleset, files: [ jsonFile… ] }. */
export function jsonReport(results: readonly CheckResult[], rulesetVersion: string, cwd: string): string {
  return jsonText({ ruleset: rulesetVersion, files: results.map((r) => jsonFile(r, cwd)) });
}
