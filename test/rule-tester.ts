/**
 * ESLint's RuleTester, for our rules. `RuleTester.run(rule, { valid, invalid })`: each case is a
 * YAML text extending a base config (examples/atelier-lumiere.yaml unless the case gives one),
 * checked by the engine with THIS RULE ALONE in the ruleset. A valid case gives no finding; an
 * invalid case gives exactly the findings it lists, each with its messageId, data, path, start
 * and end positions, in French and in English. Every message is checked in both languages: no
 * `{placeholder}` left unfilled, and no French left in the English one (outside « » quotes of the
 * French wording a shop must use, web addresses, and the shop's own words).
 */
import { describe, expect, it } from "vitest";
import { checkLoaded, type CheckResult } from "../src/law/check.js";
import { loadConfig } from "../src/config/load.js";
import type { Finding, Lang, Severity } from "../src/text/findings.js";
import { frRuleset } from "../src/law/fr/index.js";
import type { Rule } from "../src/law/types.js";
import { exampleText, memoryReader } from "./helpers.js";

export type Data = Record<string, string | number>;

export interface ExpectedFinding {
  messageId: string;
  /** The rule's data for the message; leave out only when the rule reports none. */
  data?: Data;
  /** Dotted config path. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The rule's severity unless given. */
  severity?: Severity;
  /** The case file unless given ("/virtual/base.yaml" for a value set in the base). */
  file?: string;
}

export interface ValidCase {
  /** YAML appended after `extends: ./base.yaml` (line 1 of the case file). */
  yaml: string;
  /** The base config's text (the lawful example unless given). */
  base?: string;
  /** Judge the law at this date (`check --as-of`). */
  asOf?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export const CASE_FILE = "/virtual/case.yaml";
export const BASE_FILE = "/virtual/base.yaml";
export const LANGS: readonly Lang[] = ["fr", "en"];

/** Checks one case with the rule alone in the ruleset, through the engine (positions included). */
export function runRule(rule: Rule, c: ValidCase, lang: Lang): CheckResult {
  const files = { [BASE_FILE]: c.base ?? exampleText, [CASE_FILE]: `extends: ./base.yaml\n${c.yaml}` };
  const loaded = loadConfig(CASE_FILE, memoryReader(files), lang);
  return checkLoaded(loaded, { lang, ruleset: { ...frRuleset, rules: [rule] }, ...(c.asOf ? { asOf: c.asOf } : {}) });
}

/** Every string of a value, deep (the shop's own words, which a message may quote). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

const oneLine = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Letters and words no English sentence of ours holds. */
const FRENCH = /[àâçéèêëîïôûùüœ]|\b(le|la|les|des|du|une|est|sont|vous|votre|vos|nous|notre|pas|avec|pour|dans|sur|et|ou|aux?)\b/iu;

/**
 * What is wrong with a message in this language: unfilled placeholders, and for English any French
 * outside « » quotes and outside data that the shop wrote (a quote of its clause, its label…).
 */
export function messageProblems(message: string, lang: Lang, data: Data | undefined, shopWords: readonly string[]): string[] {
  const problems: string[] = [];
  let rest = message;
  const written = shopWords.map(oneLine).join("\u0000");
  for (const v of Object.values(data ?? {})) {
    const s = String(v);
    if (s !== "" && written.includes(oneLine(s).replace(/…$/u, ""))) rest = rest.split(s).join(" ");
  }
  if (message.trim() === "") problems.push("empty message");
  const hole = /\{\w+(:\w+)?\}/u.exec(rest);
  if (hole) problems.push(`unfilled placeholder ${hole[0]}`);
  if (lang === "en") {
    const french = FRENCH.exec(rest.replace(/«[^»]*»/gu, " ").replace(/https?:\/\/\S+/gu, " "));
    if (french) problems.push(`French in the English message: "${french[0]}"`);
    const amount = /\d[\u00A0\u202F ]?€|\d,\d\d\b/u.exec(rest);
    if (amount) problems.push(`amount written the French way in the English message: "${amount[0]}"`);
  }
  return problems;
}

/** A finding as a case states it. */
function stated(f: Finding, rule: Rule): ExpectedFinding & { severity: Severity; file: string } {
  return {
    messageId: f.messageId ?? "",
    ...(f.data ? { data: f.data } : {}),
    path: f.path,
    line: f.line ?? 0,
    column: f.column ?? 0,
    endLine: f.endLine ?? 0,
    endColumn: f.endColumn ?? 0,
    severity: f.severity,
    file: f.file ?? "",
  };
}

function run(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.id} (${rule.article})`, () => {
    for (const [i, raw] of cases.valid.entries()) {
      const c = typeof raw === "string" ? { yaml: raw } : raw;
      it(`valid #${i + 1}`, () => {
        const result = runRule(rule, c, "fr");
        expect(result.findings).toEqual([]);
      });
    }

    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i + 1}`, () => {
        const want = c.errors.map((e) => ({ ...e, severity: e.severity ?? rule.severity, file: e.file ?? CASE_FILE }));
        const byLang = LANGS.map((lang) => {
          const result = runRule(rule, c, lang);
          expect(result.findings.filter((f) => f.code !== "LAW"), `${lang}: the case is valid YAML and schema`).toEqual([]);
          for (const f of result.findings) {
            expect(f.rule).toBe(rule.id);
            expect(f.article).toBe(rule.article);
            expect(Object.keys(rule.messages)).toContain(f.messageId);
            expect(messageProblems(f.message, lang, f.data, stringsOf(result.config)), `${lang}: ${f.message}`).toEqual([]);
          }
          expect(result.findings.map((f) => stated(f, rule)), lang).toEqual(want);
          return result.findings;
        });
        // The same findings in both languages, in different words.
        const [fr, en] = byLang as [Finding[], Finding[]];
        for (const [j, f] of fr.entries()) expect(en[j]!.message).not.toBe(f.message);
      });
    }

    it("has an invalid case for each of its messages", () => {
      const tested = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(rule.messages).filter((id) => !tested.has(id))).toEqual([]);
    });
  });
}

export const RuleTester = { run };
