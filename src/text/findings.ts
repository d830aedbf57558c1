/** The one shape every problem takes, from YAML syntax to the law (STYLE.md, "One error shape"). */
export type Severity = "error" | "warning" | "info";
export type FindingCode = "YAML_SYNTAX" | "SCHEMA" | "EXTENDS" | "LAW" | "IO" | "OUTPUT";
export type Lang = "fr" | "en";

export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  code: FindingCode;
  /** Rule id for law findings (kebab-case), or a schema/yaml pseudo-rule such as "schema/unknown-key". */
  rule: string;
  severity: Severity;
  /** File the position points into (the base file when the value came through `extends`). */
  file?: string;
  /** Dotted config path, e.g. "refunds.days" or "returns.methods.0.carrier"; "" for the whole file. */
  path: string;
  line?: number;
  column?: number;
  /** Where the value (or key, or words) ends: the position just after its last character, as ESLint does. */
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Article(s) of law, e.g. "L221-24", for law findings. */
  article?: string;
  /** Which message of the rule: tests and tools assert ids, not prose. */
  messageId?: string;
  /** The values the rule filled its message with (law findings), before they are put in words. */
  data?: Record<string, string | number>;
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

export function pathToString(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

export function pathFromString(path: string): (string | number)[] {
  if (path === "") return [];
  return path.split(".").map((p) => (/^\d+$/u.test(p) ? Number(p) : p));
}
