/**
 * YAML → plain object, keeping where every value came from (file, line, column), with `extends`.
 * Pure: the caller hands in a `read` function; nothing here touches the file system.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { CST, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { Finding, Lang, Position } from "../text/findings.js";
import { pathToString } from "../text/findings.js";
import { isBelow } from "./paths.js";
import { hasMessage, t } from "../text/i18n.js";

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
  endLine?: number;
  endColumn?: number;
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
/**
 * What a config may expand to, over its whole `extends` chain, aliases expanded: one unit per
 * node and per character of a scalar. 1 Mi: as much as a 1 MiB file holds without aliases, some
 * two hundred times a real config; a policy that size renders in a few seconds.
 */
export const MAX_EXPANDED_WEIGHT = 1024 * 1024;
/** At most this many bases behind a config (`extends` of `extends`…). */
export const MAX_EXTENDS_DEPTH = 32;
/** Nesting of a YAML document, as estimated by tooDeepAt: a real config nests 5 or 6 levels. */
export const MAX_NESTING = 256;

type Key = string | number;

function at(source: SourceDoc, offset: number): Position {
  const { line, col } = source.lines.linePos(offset);
  return { line, column: col };
}

type Span = Position & { endLine: number; endColumn: number };

/** A span of the source: where it starts, and the position just after its last character. */
function span(source: SourceDoc, start: number, end: number): Span {
  const to = at(source, end);
  return { ...at(source, start), endLine: to.line, endColumn: to.column };
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

/**
 * The folder `extends` may not leave: `path` as written (absolute), `real` the same with every
 * symlink resolved. A base is refused when its path leaves `path` (`..`) or its real path leaves
 * `real` (a symlink out), whatever the reader could read.
 */
export interface Root {
  path: string;
  real: string;
}

/** A YAML text parsed, with its line starts. */
export interface ParsedText {
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Parsed bases kept by the caller from one load to the next, by text: an agency's base file is
 * extended by every client, and parsing it again for each was a third of the YAML work of a
 * `check` over 300 clients. Never changed once parsed, so sharing one changes nothing.
 */
export interface ParseCache {
  get(text: string): ParsedText | undefined;
  set(text: string, parsed: ParsedText): unknown;
}

export interface LoadOptions {
  /** Without it, `extends` may reach any relative path (library callers choose their reader). */
  root?: Root;
  /** Where files reached through `extends` are kept once parsed. */
  bases?: ParseCache;
}

/** A finding of the YAML layer at `offset` of `source` (or at 1:1). */
function yamlFinding(source: SourceDoc, rule: string, message: string, offset?: number): Finding {
  return { code: "YAML_SYNTAX", rule, severity: "error", file: source.file, path: "", ...(offset === undefined ? { line: 1, column: 1 } : at(source, offset)), message };
}

/** Tokens the lexer adds that are not in the source text (they take no room in it). */
const SYNTHETIC_TOKENS = new Set(["doc-mode", "scalar", "flow-error-end"]);

/**
 * Where the nesting of a document first goes beyond MAX_NESTING, by the lexer alone (before any
 * recursive code sees the text): flow brackets open, plus the indentation and the `- ` `? ` `: `
 * indicators of the line. An over-estimate of the real depth, so what passes is never deeper.
 * The `yaml` composer recurses once per level: ten thousand `[` abort the process.
 */
function tooDeepAt(text: string): number | undefined {
  // Every collection needs an indicator of its own ([ { - ? :), so with no more of them than
  // the bound the document cannot nest deeper: real configs (under 100) skip the lexer.
  let indicators = 0;
  for (let i = 0; i < text.length && indicators <= MAX_NESTING; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123 || c === 45 || c === 63 || c === 58) indicators++;
  }
  if (indicators <= MAX_NESTING) return undefined;
  let flow = 0;
  let line = 0;
  let lineStart = true;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === "newline") {
      line = 0;
      lineStart = true;
    } else if (type === "space") {
      if (lineStart) line += token.length;
    } else {
      lineStart = false;
      if (type === "flow-map-start" || type === "flow-seq-start") flow++;
      else if (type === "flow-map-end" || type === "flow-seq-end") flow = Math.max(0, flow - 1);
      else if (type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind") line++;
    }
    if (flow + line > MAX_NESTING) return offset;
    if (type === null || !SYNTHETIC_TOKENS.has(type)) offset += token.length;
  }
  return undefined;
}

/**
 * Spends the weight of a document from `budget` (a node counts 1, a scalar also its length;
 * an alias counts the whole node it stands for, every time it is used). Returns the node where
 * the budget runs out, or where an alias stands for a node that contains it (a cycle).
 * Iterative, linear in the size of the document as written: an alias's weight is remembered.
 */
function spend(doc: Document.Parsed, budget: { left: number }): { node: Node; cycle: boolean } | undefined {
  const weight = new Map<unknown, number>();
  type Frame = { node: unknown; children: unknown[]; next: number; sum: number };
  const childrenOf = (node: unknown): unknown[] => {
    if (isPair(node)) return [node.key, node.value];
    if (isCollection(node)) return node.items;
    return [];
  };
  const stack: Frame[] = [{ node: doc.contents, children: childrenOf(doc.contents), next: 0, sum: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (child === null || child === undefined) continue;
      if (isAlias(child)) {
        const target = child.resolve(doc);
        const w = target === undefined ? 1 : weight.get(target);
        if (w === undefined) return { node: child, cycle: true };
        frame.sum += w;
        budget.left -= w;
        if (budget.left < 0) return { node: child, cycle: false };
      } else if (isScalar(child)) {
        const w = 1 + String(child.value).length;
        weight.set(child, w);
        frame.sum += w;
        budget.left -= w;
        if (budget.left < 0) return { node: child, cycle: false };
      } else if (isPair(child) || isCollection(child)) {
        stack.push({ node: child, children: childrenOf(child), next: 0, sum: isPair(child) ? 0 : 1 });
        if (!isPair(child) && --budget.left < 0) return { node: child as Node, cycle: false };
      }
      continue;
    }
    stack.pop();
    weight.set(frame.node, frame.sum);
    const parent = stack[stack.length - 1];
    if (parent) parent.sum += frame.sum;
  }
  return undefined;
}

interface Link {
  own: Record<string, unknown>;
  source: SourceDoc;
}

/**
 * Reads one file and, through `extends`, its bases; merges them (lists replaced). The chain is
 * followed in a loop (no recursion), at most MAX_EXTENDS_DEPTH bases deep, and every file of it
 * spends from one MAX_EXPANDED_WEIGHT budget.
 */
function parseText(text: string, keep: ParseCache | undefined): ParsedText {
  const lines = new LineCounter();
  // logLevel "error": yaml would print its own warnings (quoting the file) straight to stderr.
  const parsed = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: "error" }), lines };
  keep?.set(text, parsed);
  return parsed;
}

export function loadConfig(file: string, read: ReadFile, lang: Lang = "fr", shownAs: string = file, options: LoadOptions = {}): LoadResult {
  const { root } = options;
  const sources: SourceDoc[] = [];
  const findings: Finding[] = [];
  const visited = new Set<string>();
  const chain: Link[] = [];
  const budget = { left: MAX_EXPANDED_WEIGHT };

  // `shown` is the path as the user wrote it (command line or `extends`), for messages.
  const loadOne = (path: string, shown: string, from?: { source: SourceDoc; node: Node }): Link | undefined => {
    const where = from ? { file: from.source.file, ...at(from.source, from.node.range?.[0] ?? 0) } : { file: path };
    const extendsFinding = (key: string, data: Record<string, string | number>, rule = "config/read"): Finding => ({
      code: from ? "EXTENDS" : "IO",
      rule: from ? "config/extends" : rule,
      severity: "error",
      path: from ? "extends" : "",
      message: t(lang, key, data),
      ...where,
    });

    if (visited.has(path)) {
      const paths = [...chain.map((l) => l.source.file), path];
      findings.push(extendsFinding("config.extendsCycle", { chain: paths.map((p) => relative(dirname(file), p) || p).join(" → ") }));
      return undefined;
    }
    if (from !== undefined && chain.length > MAX_EXTENDS_DEPTH) {
      findings.push(extendsFinding("config.extendsTooDeep", { max: MAX_EXTENDS_DEPTH }, "config/extends"));
      return undefined;
    }
    visited.add(path);
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

    // Bytes that are not text: a NUL, or what the reader turned into U+FFFD because it was not
    // UTF-8. Either would reach the policy as garbage; the file is refused at the first one.
    const bad = /[\u0000\uFFFD]/u.exec(result.text);
    if (bad) {
      const before = result.text.slice(0, bad.index);
      const line = before.split("\n").length;
      findings.push({
        code: "YAML_SYNTAX",
        rule: "config/encoding",
        severity: "error",
        file: path,
        path: "",
        line,
        column: bad.index - before.lastIndexOf("\n"),
        message: t(lang, bad[0] === "\u0000" ? "config.encoding.nul" : "config.encoding.invalid"),
      });
      return undefined;
    }

    const deep = tooDeepAt(result.text);
    if (deep !== undefined) {
      const before = result.text.slice(0, deep);
      const line = before.split("\n").length;
      const column = deep - before.lastIndexOf("\n");
      findings.push({ code: "YAML_SYNTAX", rule: "yaml/too-deep", severity: "error", file: path, path: "", line, column, message: t(lang, "config.tooDeep", { max: MAX_NESTING }) });
      return undefined;
    }
    const { doc, lines } = (from && options.bases?.get(result.text)) || parseText(result.text, from ? options.bases : undefined);
    const source: SourceDoc = { file: path, ...(result.real === undefined ? {} : { real: result.real }), text: result.text, doc, lines };
    sources.push(source);

    const all = [...doc.errors, ...doc.warnings];
    // A tab used as indentation confuses the parser after it: its first error is the one to fix.
    const tab = all.find((e) => e.code === "TAB_AS_INDENT");
    const problems = tab ? [tab] : all;
    for (const e of problems) {
      const key = hasMessage(lang, `config.yaml.${e.code}`) ? `config.yaml.${e.code}` : "config.yaml.other";
      const duplicate = e.code === "DUPLICATE_KEY" ? firstOfDuplicate(doc, e.pos[0]) : undefined;
      if (duplicate) {
        findings.push(yamlFinding(source, "yaml/syntax", t(lang, "config.yaml.duplicateKey", { key: duplicate.key, line: at(source, duplicate.offset).line }), e.pos[0]));
        continue;
      }
      findings.push(yamlFinding(source, "yaml/syntax", t(lang, key, { detail: e.message.split("\n")[0] ?? "" }), e.pos[0]));
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

    // Before toJS: what aliases expand to is weighed on the document as written, so a small
    // file that expands to megabytes is refused at the alias that crosses the bound.
    const over = spend(doc, budget);
    if (over) {
      const message = over.cycle ? t(lang, "config.aliasCycle") : t(lang, "config.tooLarge", { max: MAX_EXPANDED_WEIGHT.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB") });
      findings.push(yamlFinding(source, over.cycle ? "yaml/alias-cycle" : "yaml/too-large", message, over.node.range?.[0]));
      return undefined;
    }

    // Numbers only as plain decimals: YAML also reads 0x10, 0o17, 1e1 and .inf as numbers, which
    // nobody means in a return policy (and 0x10 days would silently be 16).
    let oddNumber: Finding | undefined;
    visit(doc, {
      Scalar(_, node, ancestors) {
        if (oddNumber || typeof node.value !== "number" || !node.range) return;
        const written = result.text.slice(node.range[0], node.range[1]).trim();
        if (/^[-+]?\d+(\.\d+)?$/u.test(written)) return;
        const chain = [...ancestors, node];
        const keys: Key[] = [];
        chain.forEach((a, i) => {
          if (isPair(a) && isScalar(a.key) && a.key !== node) keys.push(String(a.key.value));
          else if (isSeq(a)) keys.push(a.items.indexOf(chain[i + 1] as never));
        });
        oddNumber = {
          code: "SCHEMA",
          rule: "schema/number-form",
          severity: "error",
          file: path,
          path: pathToString(keys),
          ...at(source, node.range[0]),
          message: t(lang, "config.numberForm", { written, decimal: Number.isFinite(node.value) ? String(node.value) : "14" }),
        };
        return visit.BREAK;
      },
    });
    if (oddNumber) {
      findings.push(oddNumber);
      return undefined;
    }

    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
      findings.push(yamlFinding(source, "yaml/alias-limit", t(lang, "config.aliasBomb", { max: MAX_ALIAS_COUNT })));
      return undefined;
    }
    const own = data as Record<string, unknown>;
    // `__proto__` would set the object's prototype when merged (a hidden value the schema never
    // sees as a key); `constructor` and `prototype` are refused with it, in every file.
    const reserved = reservedKeyPath(own);
    if (reserved) {
      findings.push({
        code: "SCHEMA",
        rule: "schema/reserved-key",
        severity: "error",
        path: pathToString(reserved),
        message: t(lang, "config.forbiddenKey", { key: String(reserved[reserved.length - 1]) }),
        ...(locate([source], reserved, { key: true }) ?? { file: path, line: 1, column: 1 }),
      });
      return undefined;
    }
    return { own, source };
  };

  let next: { path: string; shown: string; from?: { source: SourceDoc; node: Node } } | undefined = { path: file, shown: shownAs };
  let complete = false;
  while (next) {
    const link = loadOne(next.path, next.shown, next.from);
    if (!link) break;
    chain.push(link);
    const { own, source } = link;
    const ref = own.extends;
    if (ref === undefined) {
      complete = true;
      break;
    }
    const refNode = source.doc.getIn(["extends"], true) as Node;
    if (typeof ref !== "string" || ref.trim() === "" || isUrl(ref) || isAbsolute(ref)) {
      findings.push({
        code: "EXTENDS",
        rule: "config/extends",
        severity: "error",
        file: source.file,
        path: "extends",
        ...at(source, refNode.range?.[0] ?? 0),
        message: t(lang, "config.extendsNotRelative", { value: String(ref) }),
      });
      break;
    }
    next = { path: resolve(dirname(source.file), ref), shown: ref, from: { source, node: refNode } };
  }
  if (!complete) return { file, data: undefined, sources, findings };
  // The base at the bottom first, each more derived file merged over it.
  let data = withoutExtends((chain[chain.length - 1] as Link).own);
  for (let i = chain.length - 2; i >= 0; i--) data = deepMerge(data, withoutExtends((chain[i] as Link).own));
  return { file, data, sources, findings };
}

/** Keys that mean something to JavaScript objects themselves: refused anywhere in a config. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The path of the first reserved key, as an own key anywhere in the data, or undefined. */
export function reservedKeyPath(value: unknown, at: Key[] = []): Key[] | undefined {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = reservedKeyPath(item, [...at, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) return [...at, key];
      const found = reservedKeyPath((value as Record<string, unknown>)[key], [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
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
    const below = Object.hasOwn(out, key) ? out[key] : undefined;
    // defineProperty, not `out[key] =`: a `__proto__` key stays a plain own key (never a prototype).
    Object.defineProperty(out, key, {
      value: isPlainObject(below) && isPlainObject(value) ? deepMerge(below, value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function keyPosition(source: SourceDoc, path: readonly Key[]): Span | undefined {
  const parent = path.length === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
  const keyNode = pair?.key;
  return isNode(keyNode) && keyNode.range ? span(source, keyNode.range[0], keyNode.range[1]) : undefined;
}

/** Where `needle` (a piece of the value) was written inside a scalar, e.g. one sentence of a long clause. */
function needlePosition(source: SourceDoc, node: Node, needle: string): Span | undefined {
  if (!node.range) return undefined;
  const written = source.text.slice(node.range[0], node.range[1]);
  // A match may span a folded line: look for its first line only.
  const probe = needle.split("\n")[0]?.trim() ?? "";
  const i = probe === "" ? -1 : written.indexOf(probe);
  return i < 0 ? undefined : span(source, node.range[0] + i, node.range[0] + i + probe.length);
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
          return { file: source.file, ...(inside ?? span(source, node.range[0], node.range[1])) };
        }
      }
      const pos = keyPosition(source, prefix);
      if (pos) return { file: source.file, ...pos };
    }
  }
  // Nothing of the path is written anywhere: the first line of the file checked.
  const first = sources[0];
  if (!first) return undefined;
  const eol = first.text.indexOf("\n");
  return { file: first.file, ...span(first, 0, eol < 0 ? first.text.length : eol) };
}
