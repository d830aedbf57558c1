/**
 * YAML → plain object, keeping where every value came from (file, line, column), with `extends`.
 * Pure: the caller hands in a `read` function; nothing here touches the file system.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Finding, Lang, Position } from "../findings.js";
import { hasMessage, t } from "../i18n.js";

/**
 * `special`: a FIFO, a device (/dev/zero, /dev/urandom), a socket: never read, it could block or
 * never end. `too-large`: over MAX_CONFIG_BYTES. `real`: the file's path with every symlink
 * resolved, when the reader knows it (used to keep `extends` inside the root folder).
 */
export type ReadError = "missing" | "directory" | "special" | "unreadable" | "too-large" | "outside";
export type ReadResult = { text: string; real?: string } | { error: ReadError };
export type ReadFile = (absolutePath: string) => ReadResult;

export interface SourceDoc {
  file: string;
  /** The file's real path (symlinks resolved), when the reader gave it. */
  real?: string;
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
/** One config file (or base) is at most 1 MiB: a real one is a few KB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** @deprecated the same bound, in characters (a character is at least one byte). */
export const MAX_FILE_CHARS = MAX_CONFIG_BYTES;

type Key = string | number;

function at(source: SourceDoc, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//iu.test(ref);
}

/**
 * The folder `extends` may not leave: `path` as written (absolute), `real` the same with every
 * symlink resolved. A base is refused when its path leaves `path` (`..`) or its real path leaves
 * `real` (a symlink out), whatever the reader could read.
 */
export interface Root {
  path: string;
  real: string;
}

export interface LoadOptions {
  /** Without it, `extends` may reach any relative path (library callers choose their reader). */
  root?: Root;
}

/** `path` is `dir` or below it; both absolute. */
export function isBelow(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Reads one file and, through `extends`, its bases; merges them (lists replaced). */
export function loadConfig(file: string, read: ReadFile, lang: Lang = "fr", shownAs: string = file, options: LoadOptions = {}): LoadResult {
  const { root } = options;
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
    const escapes = from !== undefined && root !== undefined && !isBelow(root.path, path);
    const result: ReadResult = escapes ? { error: "outside" } : read(path);
    if (from !== undefined && root !== undefined && "text" in result && result.real !== undefined && !isBelow(root.real, result.real)) {
      findings.push(extendsFinding("config.read.outside", { file: shown, root: root.path }));
      return undefined;
    }
    if ("error" in result) {
      findings.push(extendsFinding(`config.read.${result.error}`, { file: shown, root: root?.path ?? "" }, result.error === "too-large" ? "config/too-large" : "config/read"));
      return undefined;
    }
    if (result.text.length > MAX_CONFIG_BYTES) {
      findings.push(extendsFinding("config.read.too-large", { file: shown }, "config/too-large"));
      return undefined;
    }

    const lines = new LineCounter();
    const doc = parseDocument(result.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const source: SourceDoc = { file: path, ...(result.real === undefined ? {} : { real: result.real }), text: result.text, doc, lines };
    sources.push(source);

    const problems = [...doc.errors, ...doc.warnings];
    for (const e of problems) {
      const key = hasMessage(lang, `config.yaml.${e.code}`) ? `config.yaml.${e.code}` : "config.yaml.other";
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
