/**
 * Schema check: zod issues become findings at `file:line:col`, in the user's language, with a
 * "did you mean" for unknown keys and enum values.
 */
import { closest, distance } from "fastest-levenshtein";
import { isMap, isScalar } from "yaml";
import type { z } from "zod";
import type { Finding, Lang } from "../text/findings.js";
import { pathToString } from "../text/findings.js";
import { hasMessage, t } from "../text/i18n.js";
import { configSchema, type Config } from "./schema.js";
import { SERVICE_SECTORS } from "./sectors.js";
import { locate, type LoadResult } from "./load.js";

type Key = string | number;

export type Validated =
  | { config: Config; findings: Finding[] }
  | { config: undefined; findings: Finding[] };

/** A close known word, or undefined when nothing is close enough to be a likely typo. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(word, [...known]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; element?: ZodLike; shape?: Record<string, ZodLike>; in?: ZodLike } };
}

/** The object schema found at a config path (through optional, default and array wrappers). */
function schemaAt(path: readonly Key[]): ZodLike | undefined {
  let node: ZodLike | undefined = configSchema as unknown as ZodLike;
  const unwrap = (n: ZodLike | undefined): ZodLike | undefined => {
    let cur = n;
    while (cur && ["optional", "default", "nullable", "prefault", "pipe"].includes(cur._zod.def.type)) {
      cur = cur._zod.def.innerType ?? cur._zod.def.in;
    }
    return cur;
  };
  for (const key of path) {
    node = unwrap(node);
    if (!node) return undefined;
    if (node._zod.def.type === "array") node = node._zod.def.element;
    else if (node._zod.def.type === "object") node = node._zod.def.shape?.[String(key)];
    else return undefined;
  }
  return unwrap(node);
}

function knownKeys(path: readonly Key[]): string[] {
  const node = schemaAt(path);
  return node?._zod.def.type === "object" ? Object.keys(node._zod.def.shape ?? {}) : [];
}

const typeName = (lang: Lang, expected: string) => t(lang, `config.types.${expected}`);

function quoteList(lang: Lang, values: readonly unknown[]): string {
  const q = (v: unknown) => (lang === "fr" ? `« ${String(v)} »` : `"${String(v)}"`);
  return values.map(q).join(", ");
}

function describe(issue: z.core.$ZodIssue, lang: Lang): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type": {
      if (input === undefined) return t(lang, "config.schema.missing");
      const message = t(lang, "config.schema.type", { expected: typeName(lang, issue.expected) });
      const number = issue.expected === "number" && typeof input === "string" ? frenchNumber(input) : undefined;
      return number === undefined ? message : `${message} ${t(lang, "config.schema.decimalComma", { value: number })}`;
    }
    case "invalid_value": {
      const hint = typeof input === "string" ? suggest(input, issue.values.map(String)) : undefined;
      return hint
        ? `${t(lang, "config.schema.unknownValue", { value: String(input) })} ${t(lang, "config.schema.didYouMean", { word: hint })}`
        : t(lang, "config.schema.oneOf", { values: quoteList(lang, issue.values) });
    }
    case "too_small":
      return issue.origin === "string"
        ? t(lang, "config.schema.empty")
        : issue.origin === "array"
          ? t(lang, "config.schema.tooFewItems", { min: Number(issue.minimum) })
          : t(lang, "config.schema.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t(lang, "config.schema.tooLong", { max: Number(issue.maximum) })
        : issue.origin === "array"
          ? t(lang, "config.schema.tooManyItems", { max: Number(issue.maximum) })
          : t(lang, "config.schema.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return t(lang, `config.schema.format.${issue.format === "regex" ? issue.message : issue.format}`);
    case "custom": {
      // Our own checks name their message: `url.control`, `calendarDate`, `cents`, `control`…
      const key = `config.schema.${issue.message}`;
      const params = (issue as { params?: Record<string, string> }).params ?? {};
      return hasMessage(lang, key) ? t(lang, key, params) : t(lang, "config.schema.invalid");
    }
    case "not_multiple_of":
      return t(lang, "config.schema.type", { expected: typeName(lang, "int") });
    default:
      return t(lang, "config.schema.invalid");
  }
}

/**
 * "4,50 €", "4,5", "1 000,00 EUR" → "4.5", "4.5", "1000": a number written the French way (comma,
 * spaces between thousands, a currency) that YAML read as text.
 */
export function frenchNumber(text: string): string | undefined {
  const m = /^\s*(-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*|-?\d+)(?:,(\d+))?\s*(?:€|eur|euros?)?\s*$/iu.exec(text);
  if (!m || (m[2] === undefined && !/[ \u00a0\u202f€a-z]/iu.test(text.trim()))) return undefined;
  const value = Number(`${(m[1] ?? "").replace(/[ \u00a0\u202f]/gu, "")}.${m[2] ?? "0"}`);
  return Number.isFinite(value) ? String(value) : undefined;
}

/**
 * A key unknown where it stands but known one level down, under the key just before it: its
 * indentation was probably lost ("website" under "mediator").
 */
function lostIndentation(loaded: LoadResult, path: readonly Key[], key: string): string | undefined {
  let parent: unknown = loaded.data;
  for (const k of path) parent = (parent as Record<string, unknown> | undefined)?.[k as string];
  if (typeof parent !== "object" || parent === null || Array.isArray(parent)) return undefined;
  const fits = (sibling: string) => {
    const value = (parent as Record<string, unknown>)[sibling];
    return (value === null || (typeof value === "object" && !Array.isArray(value))) && knownKeys([...path, sibling]).includes(key);
  };
  // The keys written just before it, nearest first, in the file that has it.
  for (const source of loaded.sources) {
    const map = path.length === 0 ? source.doc.contents : source.doc.getIn(path, true);
    if (!isMap(map)) continue;
    const keys = map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ""));
    const at = keys.indexOf(key);
    if (at >= 0) return keys.slice(0, at).reverse().find(fits);
  }
  return undefined;
}

/** `123 456 789 00012` → digits valid by Luhn (La Poste's SIRETs use a digit sum instead). */
export function siretValid(siret: string): boolean {
  const digits = siret.replace(/ /gu, "");
  if (!/^\d{14}$/u.test(digits)) return false;
  if (digits.startsWith("356000000")) return [...digits].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(digits[13 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A shop that sells only services or digital content (no goods delivered) need not describe
 * returns: nothing goes back, the policy prints no return section. The contract still gives
 * every config a `returns` block, so such a shop gets a neutral one (the shop would pay, by post).
 */
const SERVICE_RETURNS = { costs: { payer: "merchant" }, methods: [{ type: "post" }] } as const;

function withServiceReturns(data: Record<string, unknown>): Record<string, unknown> {
  if (data.returns !== undefined || !sellsOnlyServices(data.sectors)) return data;
  return { ...data, returns: structuredClone(SERVICE_RETURNS) };
}

/** Every sector named is a service or digital content (a list the schema will judge anyway). */
export function sellsOnlyServices(sectors: unknown): boolean {
  return Array.isArray(sectors) && sectors.length > 0 && sectors.every((s) => typeof s === "string" && (SERVICE_SECTORS as readonly string[]).includes(s));
}

/** Checks the merged data against the contract; positions come from the YAML sources. */
export function validateConfig(loaded: LoadResult, lang: Lang = "fr"): Validated {
  const findings: Finding[] = [];
  if (loaded.data === undefined) return { config: undefined, findings };

  const finding = (path: readonly Key[], message: string, rule: string, key = false): Finding => {
    const where = locate(loaded.sources, path, { key });
    return { code: "SCHEMA", rule, severity: "error", path: pathToString(path), message, ...where };
  };

  const parsed = configSchema.safeParse(withServiceReturns(loaded.data), { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as Key[];
      if (issue.code === "unrecognized_keys") {
        const known = knownKeys(path);
        for (const key of issue.keys) {
          const hint = suggest(key, known);
          const owner = hint ? undefined : lostIndentation(loaded, path, key);
          const message =
            t(lang, "config.schema.unknownKey", { key }) +
            (hint ? ` ${t(lang, "config.schema.didYouMean", { word: hint })}` : "") +
            (owner ? ` ${t(lang, "config.schema.indentUnder", { key, parent: owner })}` : "");
          findings.push(finding([...path, key], message, "schema/unknown-key", true));
        }
        continue;
      }
      // Our own checks (addresses…) are format checks, under the rule id a pattern failure had.
      const rule = issue.code === "custom" ? "schema/invalid-format" : `schema/${issue.code.replace(/_/gu, "-")}`;
      // `returns` may be left out only by a shop that delivers nothing: say why it is asked for.
      const why = path.length === 1 && path[0] === "returns" && loaded.data.returns === undefined ? ` ${t(lang, "config.schema.returnsForGoods")}` : "";
      findings.push(finding(path, describe(issue, lang) + why, rule));
    }
  }

  const siret = (loaded.data.shop as { siret?: unknown } | undefined)?.siret;
  if (typeof siret === "string" && /^[\d ]+$/u.test(siret) && !siretValid(siret)) {
    findings.push(finding(["shop", "siret"], t(lang, "config.schema.format.siret"), "schema/invalid-format"));
  }

  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return parsed.success && findings.length === 0 ? { config: parsed.data, findings } : { config: undefined, findings };
}
