/**
 * The report room's formatting bound to this process's working folder: the CLI is the room that
 * knows `process.cwd()`, src/report/ and src/batch/ take it as a parameter.
 */
import type { CheckResult } from "../law/check.js";
import type { Finding, Lang } from "../text/findings.js";
import * as report from "../report/report.js";

export const displayPath = (file: string): string => report.displayPath(file, process.cwd());
export const formatFinding = (f: Finding, fallbackFile: string): string => report.formatFinding(f, fallbackFile, process.cwd());
export const printFindings = (result: CheckResult, write: (line: string) => void): void => report.printFindings(result, write, process.cwd());
export const judgedLine = (result: CheckResult, lang: Lang): string | undefined => report.judgedLine(result, lang, process.cwd());
export const summaryLine = (result: CheckResult, lang: Lang): string => report.summaryLine(result, lang, process.cwd());
export const jsonFile = (r: CheckResult) => report.jsonFile(r, process.cwd());
export const jsonReport = (results: readonly CheckResult[], rulesetVersion: string): string => report.jsonReport(results, rulesetVersion, process.cwd());
