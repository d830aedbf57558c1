import type { Config } from "../config/schema.js";
import type { Lang, Severity } from "../text/findings.js";
import type { Data } from "../text/i18n.js";

export type Text = Record<Lang, string>;

export interface RuleContext {
  config: Config;
  /** ISO date the law is judged at: the config's effectiveDate, or `check --as-of`. */
  asOf: string;
}

export interface RuleReport {
  messageId: string;
  /** Dotted config path the problem is at; the engine turns it into file:line:col. */
  path: string;
  data?: Data;
  /** Point at the key instead of the value (a field that should not be there). */
  key?: boolean;
  /** A rule may report some cases less severely than its default (e.g. packaging "preferred"). */
  severity?: Severity;
  /** The offending words inside a free-text value, so the position points at their line. */
  needle?: string;
}

/** One legal rule, ESLint-style: data about the rule plus a pure check over the config. */
export interface Rule {
  /** kebab-case, equal to the file name. */
  id: string;
  /** Article(s) of law, e.g. "L221-24" or "L221-21, D221-5". */
  article: string;
  severity: Severity;
  /** Rows of LEGAL-FR.md's table this rule covers (e.g. "RF-001"). */
  table?: string[];
  /** Config paths the rule reads: the wizard re-runs the rule after these questions. */
  paths: string[];
  /** The rule applies to policies in force from this date (inclusive)… */
  since?: string;
  /** …and before this date (exclusive). */
  until?: string;
  summary: Text;
  messages: Record<string, Text>;
  check(ctx: RuleContext): RuleReport[];
}

export interface Ruleset {
  jurisdiction: "FR";
  version: string;
  rules: readonly Rule[];
}
