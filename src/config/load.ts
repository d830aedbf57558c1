/**
 * YAML → plain object, keeping where every value came from (file, line, column), with `extends`.
 * Pure: the caller hands in a `read` function; nothing here touches the file system.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { Finding, Lang, Position } from "../findings.js";
import { hasMessage, t } from "../i18n.js";

export type ReadResult = { text: string } | { error: "missing" | "directory" | "unreadable" | "too-large" };
export type ReadFile = (absolutePath: string) => ReadResult;

export interface SourceDoc {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export interface Located {
  file: string;
  line: number;
  column: number;
}

export interface LoadResult {
  /** The file asked for. */
  file: string;
  /** The merged data, `extends` removed; undefined when a file could not be read or parsed. */
  data: Record<string, unknown> | undefined;
  /** Most derived first: the file itself, then its base, then the base's base… */
  sources: SourceDoc[];
  findings: Finding[];
}

/** Refuse YAML that expands beyond this (alias bombs) or files beyond this size. */
export const MAX_ALIAS_COUNT = 100;
export const MAX_FILE_CHARS = 1_000_000;

type Key = string | number;

function at(source: SourceDoc, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(ref);
}

/**
 * The key of a duplicate found at `offset` and where the same key first appears in its mapping,
 * so the message can name both.
 */
function firstOfDuplicate(doc: Document.Parsed, offset: number): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
        if (key === undefined || start === undefined) continue;
        const first = seen.get(key);
        if (first !== undefined && start === offset) {
          found = { key, offset: first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(key, start);
      }
      return undefined;
    },
  });
  return found;
}

/** Reads one file and, through `extends`, its bases; merges them (lists replaced). */
export function loadConfig(file: string, read: ReadFile, lang: Lang = "fr", shownAs: string = file): LoadResult {
  const sources: SourceDoc[] = [];
  const findings: Finding[] = [];
  const chain: string[] = [];

  // `shown` is the path as the user wrote it (command line or `extends`), for messages.
  const loadOne = (path: string, shown: string, from?: { source: SourceDoc; node: Node }): Record<string, unknown> | undefined => {
    const where = from ? { file: from.source.file, ...at(from.source, from.node.range?.[0] ?? 0) } : { file: path };
    const extendsFinding = (key: string, data: Record<string, string>, rule = "config/read"): Finding => ({
      code: from ? "EXTENDS" : "IO",
      rule: from ? "config/extends" : rule,
      severity: "error",
      path: from ? "extends" : "",
      message: t(lang, key, data),
      ...where,
    });

    if (chain.includes(path)) {
      findings.push(extendsFinding("config.extendsCycle", { chain: [...chain, path].map((p) => relative(dirname(file), p) || p).join(" → ") }));
      return undefined;
    }
    const result = read(path);
    if ("error" in result) {
      findings.push(extendsFinding(`config.read.${result.error}`, { file: shown }, result.error === "too-large" ? "config/too-large" : "config/read"));
      return undefined;
    }
    if (result.text.length > MAX_FILE_CHARS) {
      findings.push(extendsFinding("config.read.too-large", { file: shown }, "config/too-large"));
      return undefined;
    }

    const lines = new LineCounter();
    const doc = parseDocument(result.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const source: SourceDoc = { file: path, text: result.text, doc, lines };
    sources.push(source);

    const all = [...doc.errors, ...doc.warnings];
    // A tab used as indentation confuses the parser after it: its first error is the one to fix.
    const tab = all.find((e) => e.code === "TAB_AS_INDENT");
    const problems = tab ? [tab] : all;
    for (const e of problems) {
      const key = hasMessage(lang, `config.yaml.${e.code}`) ? `config.yaml.${e.code}` : "config.yaml.other";
      const duplicate = e.code === "DUPLICATE_KEY" ? firstOfDuplicate(doc, e.pos[0]) : undefined;
      if (duplicate) {
        findings.push({
          code: "YAML_SYNTAX",
          rule: "yaml/syntax",
          severity: "error",
          file: path,
          path: "",
          ...at(source, e.pos[0]),
          message: t(lang, "config.yaml.duplicateKey", { key: duplicate.key, line: at(source, duplicate.offset).line }),
        });
        continue;
      }
      findings.push({
        code: "YAML_SYNTAX",
        rule: "yaml/syntax",
        severity: "error",
        file: path,
        path: "",
        ...at(source, e.pos[0]),
        message: t(lang, key, { detail: e.message.split("\n")[0] ?? "" }),
      });
    }
    if (problems.length > 0) return undefined;
    if (!isMap(doc.contents)) {
      findings.push({
        code: "SCHEMA",
        rule: "schema/not-a-mapping",
        severity: "error",
        file: path,
        path: "",
        line: 1,
        column: 1,
        message: t(lang, "config.notMapping"),
      });
      return undefined;
    }

    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
      findings.push({
        code: "YAML_SYNTAX",
        rule: "yaml/alias-limit",
        severity: "error",
        file: path,
        path: "",
        line: 1,
        column: 1,
        message: t(lang, "config.aliasBomb", { max: MAX_ALIAS_COUNT }),
      });
      return undefined;
    }
    const own = data as Record<string, unknown>;
    const ref = own.extends;
    if (ref === undefined) return own;

    const refNode = doc.getIn(["extends"], true) as Node;
    if (typeof ref !== "string" || ref.trim() === "" || isUrl(ref) || isAbsolute(ref)) {
      findings.push({
        code: "EXTENDS",
        rule: "config/extends",
        severity: "error",
        file: path,
        path: "extends",
        ...at(source, refNode.range?.[0] ?? 0),
        message: t(lang, "config.extendsNotRelative", { value: String(ref) }),
      });
      return undefined;
    }
    chain.push(path);
    const base = loadOne(resolve(dirname(path), ref), ref, { source, node: refNode });
    chain.pop();
    if (base === undefined) return undefined;
    const { extends: _dropped, ...rest } = own;
    return deepMerge(withoutExtends(base), rest);
  };

  const data = loadOne(file, shownAs);
  return { file, data: data === undefined ? undefined : withoutExtends(data), sources, findings };
}

function withoutExtends(data: Record<string, unknown>): Record<string, unknown> {
  const { extends: _dropped, ...rest } = data;
  return rest;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Objects merge key by key; lists and scalars from `over` replace those of `under`. */
export function deepMerge(under: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = out[key];
    out[key] = isPlainObject(below) && isPlainObject(value) ? deepMerge(below, value) : value;
  }
  return out;
}

function keyPosition(source: SourceDoc, path: readonly Key[]): Position | undefined {
  const parent = path.length === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
  const keyNode = pair?.key;
  return isNode(keyNode) && keyNode.range ? at(source, keyNode.range[0]) : undefined;
}

/** Where `needle` (a piece of the value) was written inside a scalar, e.g. one sentence of a long clause. */
function needlePosition(source: SourceDoc, node: Node, needle: string): Position | undefined {
  if (!node.range) return undefined;
  const written = source.text.slice(node.range[0], node.range[1]);
  // A match may span a folded line: look for its first line only.
  const probe = needle.split("\n")[0]?.trim() ?? "";
  const i = probe === "" ? -1 : written.indexOf(probe);
  return i < 0 ? undefined : at(source, node.range[0] + i);
}

/**
 * Where a config path was written: the value (or with `key`, the key) in the most derived file
 * that sets it; with `needle`, the place of that text inside the value. A missing value points
 * at the nearest parent that exists.
 */
export function locate(
  sources: readonly SourceDoc[],
  path: readonly Key[],
  options: { key?: boolean; needle?: string } = {},
): Located | undefined {
  for (let depth = path.length; depth >= 1; depth--) {
    const prefix = path.slice(0, depth);
    for (const source of sources) {
      if (!source.doc.hasIn(prefix)) continue;
      if (depth === path.length && !options.key) {
        const node = source.doc.getIn(prefix, true);
        if (isNode(node) && node.range) {
          const inside = options.needle ? needlePosition(source, node, options.needle) : undefined;
          return { file: source.file, ...(inside ?? at(source, node.range[0])) };
        }
      }
      const pos = keyPosition(source, prefix);
      if (pos) return { file: source.file, ...pos };
    }
  }
  const first = sources[0];
  return first ? { file: first.file, line: 1, column: 1 } : undefined;
}
