/**
 * Answers ⇄ config: the answers build a plain config object by path, and an existing config
 * gives back the answers (`init --from`). Pure.
 */
import { sellsOnlyServices } from "../config/validate.js";
import { applies, choicesOf, defaultOf, QUESTIONS, type AnswerValue, type Answers, type Clause, type Question } from "./questions.js";

type Key = string | number;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

function getPath(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

function setPath(root: Obj, path: readonly Key[], value: unknown): void {
  let node: Record<Key, unknown> = root;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = node[key];
    if (next === null || typeof next !== "object") node[key] = typeof path[i + 1] === "number" ? [] : {};
    node = node[key] as Record<Key, unknown>;
  }
  node[path[path.length - 1] as Key] = value;
}

function deletePath(root: Obj, path: readonly Key[]): void {
  const parent = getPath(root, path.slice(0, -1));
  if (isObj(parent)) delete parent[path[path.length - 1] as string];
}

const methodTypes = (a: Answers): string[] => (Array.isArray(a.methods) ? (a.methods as string[]) : []);

/** `returns.methods.$store.locations` → ["returns", "methods", 1, "locations"]; undefined when that method is not chosen. */
export function resolvePath(path: string, answers: Answers): Key[] | undefined {
  const out: Key[] = [];
  for (const part of path.split(".")) {
    if (!part.startsWith("$")) {
      out.push(part);
      continue;
    }
    const index = methodTypes(answers).indexOf(part.slice(1));
    if (index < 0) return undefined;
    out.push(index);
  }
  return out;
}

export const pathString = (path: readonly Key[]) => path.map(String).join(".");

/** "" and [] are answers too ("none"), but they leave the field out of the config. */
export const isEmpty = (v: AnswerValue | undefined): boolean => v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

export interface BuildOptions {
  /** A config being edited (`init --from`): fields the wizard does not ask about are kept. */
  base?: Obj;
  /** Defaults that do not come from the question list (today's date, the edited config's values). */
  defaults?: Answers;
  /** Fill unanswered questions with defaults or placeholders, to judge a config in progress. */
  fill?: boolean;
}

/** The answer a question contributes: given, or while judging, its default or placeholder. */
function valueFor(q: Question, answers: Answers, options: BuildOptions): AnswerValue | undefined {
  const given = answers[q.id];
  if (given !== undefined || !options.fill) return given;
  return options.defaults?.[q.id] ?? defaultOf(q, answers) ?? q.placeholder;
}

/** Builds the plain config object (as written in YAML, before schema defaults) from answers. */
export function buildInput(answers: Answers, options: BuildOptions = {}): Obj {
  // With `fill`, unanswered gates and the method list take their defaults too, so `when` sees them.
  const seen: Answers = { ...answers };
  if (options.fill) for (const q of QUESTIONS) if (seen[q.id] === undefined) seen[q.id] = valueFor(q, seen, options);

  const out: Obj = structuredClone(options.base ?? {});
  out.schemaVersion = 1;
  out.jurisdiction ??= "FR";
  out.language ??= "fr";

  // One method per chosen type; an edited config's method of that type keeps its other fields (notes…).
  const baseMethods = getPath(options.base, ["returns", "methods"]);
  const kept = (type: string) => (Array.isArray(baseMethods) ? baseMethods.find((m) => isObj(m) && m.type === type) : undefined) as Obj | undefined;
  setPath(out, ["returns", "methods"], methodTypes(seen).map((type) => ({ ...kept(type), type })));
  // Services or digital content only: nothing goes back, the config has no returns block (the check fills a neutral one).
  if (sellsOnlyServices(seen.sectors)) deletePath(out, ["returns"]);

  for (const q of QUESTIONS) {
    if (q.id === "methods") continue;
    const path = resolvePath(q.path, seen);
    if (!path) continue;
    if (!applies(q, seen)) {
      deletePath(out, path);
      continue;
    }
    const value = seen[q.id];
    if (q.present) {
      if (typeof value === "boolean" && !q.present(value)) deletePath(out, path);
      continue;
    }
    if (isEmpty(value)) deletePath(out, path);
    else setPath(out, path, value);
  }
  return out;
}

/** The answers an existing config gives (`init --from`): they become the defaults. */
export function answersFromInput(input: Obj): Answers {
  const answers: Answers = {};
  const methods = getPath(input, ["returns", "methods"]);
  if (Array.isArray(methods)) {
    answers.methods = [...new Set(methods.filter(isObj).map((m) => String(m.type)))];
  }
  for (const q of QUESTIONS) {
    if (q.id === "methods") continue;
    const path = resolvePath(q.path, answers);
    if (!path) continue;
    const value = getPath(input, path);
    if (q.present) {
      answers[q.id] = q.present(true) === (value !== undefined);
      continue;
    }
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") answers[q.id] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) answers[q.id] = value as string[];
    else if (q.kind === "clauses" && Array.isArray(value)) answers[q.id] = value.filter(isObj).map((c) => ({ title: String(c.title ?? ""), text: String(c.text ?? "") }));
  }
  return answers;
}

const isClause = (c: unknown): c is Clause => isObj(c) && typeof c.title === "string" && typeof c.text === "string" && c.title.trim() !== "" && c.text.trim() !== "";

/** The answer as a question of this kind would have given it, or undefined. */
function checkAnswer(q: Question, v: unknown, answers: Answers): AnswerValue | undefined {
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");
  switch (q.kind) {
    case "text":
      return typeof v === "string" ? v : undefined;
    case "number":
      return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
    case "money":
      return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;
    case "confirm":
      return typeof v === "boolean" ? v : undefined;
    case "select":
      return typeof v === "string" && choicesOf(q, answers).includes(v) ? v : undefined;
    case "checkbox":
      return strings(v) && (typeof q.choices === "function" || v.every((x) => choicesOf(q, answers).includes(x))) ? v : undefined;
    case "list":
      return strings(v) ? v : undefined;
    case "clauses":
      return Array.isArray(v) ? v.filter(isClause).map((c) => ({ title: c.title, text: c.text })) : undefined;
  }
}

export interface SanitizedDraft {
  draft: { answers: Answers; base?: Obj } | undefined;
  /** Ids of answers that were not usable (their questions are asked again). */
  dropped: string[];
  /** Clauses left out because they had no title or text (`customClauses: [null]`). */
  droppedClauses: number;
}

/**
 * A draft read back from disk is data someone may have edited: only the answers the wizard could
 * have given are kept (by question id, own keys only), so a bad entry is asked again instead of
 * breaking the wizard.
 */
export function sanitizeDraft(raw: unknown): SanitizedDraft {
  if (!isObj(raw) || !isObj(raw.answers)) return { draft: undefined, dropped: [], droppedClauses: 0 };
  const given = raw.answers;
  const answers: Answers = {};
  const dropped: string[] = [];
  let droppedClauses = 0;
  // methods first: `$type` paths and choices of later questions read it.
  const ordered = [...QUESTIONS].sort((a, b) => Number(b.id === "methods") - Number(a.id === "methods"));
  for (const q of ordered) {
    if (!Object.hasOwn(given, q.id) || given[q.id] === undefined) continue;
    const value = checkAnswer(q, given[q.id], answers);
    if (value === undefined) dropped.push(q.id);
    else {
      if (q.kind === "clauses") droppedClauses += (given[q.id] as unknown[]).length - (value as Clause[]).length;
      answers[q.id] = value;
    }
  }
  if (typeof given.withdrawalKit === "boolean") answers.withdrawalKit = given.withdrawalKit;
  const draft = { answers, ...(isObj(raw.base) ? { base: raw.base } : {}) };
  return { draft, dropped: QUESTIONS.map((q) => q.id).filter((id) => dropped.includes(id)), droppedClauses };
}
