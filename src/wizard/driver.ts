/**
 * The wizard's driver: walks the questions, judges each answer with the shared checks, saves a
 * draft after every answer, ends with a summary where any answer can be changed. Prompts, output
 * and the draft store are injected, so the whole flow runs in tests without a terminal.
 */
import type { Config } from "../config/schema.js";
import type { Finding, Lang } from "../findings.js";
import { hasMessage, t } from "../i18n.js";
import { euros } from "../render/typography.js";
import { answersFromInput, buildInput, isEmpty, sanitizeDraft } from "./answers.js";
import { judgeAll, judgeAnswer } from "./judge.js";
import { isCtrlC, type Choice, type PromptApi } from "./prompts.js";
import { applies, choicesOf, defaultOf, QUESTIONS, type AnswerValue, type Answers, type Clause, type Question } from "./questions.js";

export interface Draft {
  answers: Answers;
  /** The config being edited (`init --from`), kept so a resumed edit keeps its other fields. */
  base?: Record<string, unknown>;
}

export interface DraftStore {
  /** The saved draft, as found on disk (not trusted: the driver checks every answer). Throws DraftSetAside when unreadable. */
  load(): unknown;
  save(draft: Draft): void;
  clear(): void;
}

/** A draft that could not be read was renamed, never overwritten: `keptAs` is where it is now. */
export class DraftSetAside extends Error {
  override name = "DraftSetAside";
  constructor(readonly keptAs: string) {
    super("draft set aside");
  }
}

/** The draft could not be written (full disk, read-only folder…): `reason` is a key under wizard.draftNotSaved. */
export class DraftSaveError extends Error {
  override name = "DraftSaveError";
  constructor(readonly reason: "readOnly" | "full" | "notFolder" | "other", detail: string) {
    super(detail);
  }
}

export interface WizardOptions {
  prompts: PromptApi;
  /** Where the wizard talks (stdout in the CLI). */
  out: (text: string) => void;
  draftStore: DraftStore;
  lang: Lang;
  /** ISO date: the default effective date. */
  today: string;
  /** `init --from`: the existing config, whose values become the defaults. */
  base?: Record<string, unknown>;
  /** `init --resume`: take the draft without asking. */
  resume?: boolean;
}

export interface WizardResult {
  answers: Answers;
  /** The plain config object to write (as in YAML, before schema defaults). */
  input: Record<string, unknown>;
  config: Config;
  findings: Finding[];
}

/** Ctrl-C: the draft is saved; the CLI prints how to resume and exits 130. */
export class WizardCancelled extends Error {
  override name = "WizardCancelled";
  /** `lostReason`: there were answers, but the draft could not be written (a key under wizard.draftNotSaved). */
  constructor(
    readonly saved: boolean,
    readonly lostReason?: string,
  ) {
    super("cancelled");
  }
}

/** `5,95`, `5.95`, `5,95 €`, `12 €`, `1 234,50` → a number of euros; undefined when it is not an amount. */
export function parseAmount(text: string): number | undefined {
  const s = text
    .replace(/€|eur(os?)?/giu, "")
    .replace(/[\s\u00A0\u202F]/gu, "")
    .replace(",", ".");
  return /^\d+(\.\d{1,2})?$/u.test(s) ? Number(s) : undefined;
}

/** `14`, `14 jours`, `30 days` → a whole number; undefined otherwise. */
export function parseWhole(text: string): number | undefined {
  const s = text.trim().replace(/\s*(jours?|j|days?|mois|months?)$/iu, "");
  return /^\d+$/u.test(s) ? Number(s) : undefined;
}

const formatAmount = (n: number, lang: Lang) => (lang === "fr" ? String(n).replace(".", ",") : String(n));

export function createWizard(options: WizardOptions) {
  const { prompts, out, draftStore, lang } = options;
  const say = (key: string, data?: Record<string, string | number>) => out(`${t(lang, `wizard.${key}`, data)}\n`);
  let answers: Answers = {};
  let base = options.base;
  let defaults: Answers = {};

  const labelKey = (q: Question) => q.label ?? q.id;
  const labelData = (q: Question) =>
    Object.fromEntries(Object.entries(q.labelData ?? {}).map(([k, v]) => [k, t(lang, `wizard.choices.method.${v}`)]));
  const message = (q: Question) => t(lang, `wizard.q.${labelKey(q)}`, labelData(q));
  const choiceName = (q: Question, value: string) => t(lang, `wizard.choices.${q.choiceSet}.${value}`);
  const defaultFor = (q: Question): AnswerValue | undefined => answers[q.id] ?? defaults[q.id] ?? defaultOf(q, answers);
  let unsaved = false;
  let unsavedReason = "other";
  /** A draft that cannot be written is said once, then the wizard goes on: the answers are still in memory. */
  const save = () => {
    try {
      draftStore.save({ answers, ...(base ? { base } : {}) });
      unsaved = false;
    } catch (e) {
      if (unsaved) return;
      unsaved = true;
      const reason = e instanceof DraftSaveError ? e.reason : "other";
      unsavedReason = reason;
      say(`draftNotSaved.${reason}`, { detail: e instanceof Error ? e.message : String(e) });
    }
  };

  function showFinding(f: Finding): void {
    const key = f.severity === "error" ? "finding.error" : f.severity === "warning" ? "finding.warning" : "finding.info";
    const article = f.article ? t(lang, "wizard.finding.article", { article: f.article }) : "";
    out(`${t(lang, `wizard.${key}`, { message: f.message, article })}\n`);
  }

  /** Shows the prompt for one question and turns the reply into an answer (undefined: not understood). */
  async function prompt(q: Question, current: AnswerValue | undefined): Promise<AnswerValue | undefined> {
    const id = q.id;
    const msg = message(q);
    switch (q.kind) {
      case "text": {
        const reply = (await prompts.input({ id, message: msg, ...(typeof current === "string" ? { default: current } : {}) })).trim();
        // "-" clears an optional field that has a default (support e-mail…).
        return q.optional && reply === "-" ? "" : reply;
      }
      case "number": {
        const reply = await prompts.input({ id, message: msg, ...(typeof current === "number" ? { default: String(current) } : {}) });
        const n = parseWhole(reply);
        if (n === undefined) say("errors.number");
        return n;
      }
      case "money": {
        const reply = await prompts.input({ id, message: msg, ...(typeof current === "number" ? { default: formatAmount(current, lang) } : {}) });
        const n = parseAmount(reply);
        if (n === undefined) say("errors.money");
        return n;
      }
      case "confirm":
        return prompts.confirm({ id, message: msg, ...(typeof current === "boolean" ? { default: current } : {}) });
      case "select": {
        const choices: Choice[] = choicesOf(q, answers).map((value) => ({ value, name: choiceName(q, value) }));
        return prompts.select({ id, message: msg, choices, ...(typeof current === "string" ? { default: current } : {}) });
      }
      case "checkbox": {
        const checked = Array.isArray(current) ? (current as string[]) : [];
        const choices: Choice[] = choicesOf(q, answers).map((value) => ({ value, name: choiceName(q, value), checked: checked.includes(value) }));
        const ticked = await prompts.checkbox({ id, message: msg, choices });
        // Keep the owner's order (the policy lists methods in it); newly ticked ones go last.
        return [...checked.filter((v) => ticked.includes(v)), ...ticked.filter((v) => !checked.includes(v))];
      }
      case "list": {
        const items = Array.isArray(current) ? (current as string[]).join(" ; ") : undefined;
        const reply = await prompts.input({ id, message: msg, ...(items ? { default: items } : {}) });
        const list = reply.split(";").map((s) => s.trim()).filter(Boolean);
        if (q.required && list.length === 0) {
          say("errors.listEmpty");
          return undefined;
        }
        return list;
      }
      case "clauses":
        return askClauses(q, Array.isArray(current) ? (current as Clause[]) : []);
    }
  }

  async function askClauses(q: Question, current: Clause[]): Promise<Clause[]> {
    let clauses = current;
    if (clauses.length > 0) {
      for (const c of clauses) out(`  • ${c.title}\n`);
      const keep = await prompts.confirm({ id: `${q.id}.keep`, message: t(lang, "wizard.q.keepClauses"), default: true });
      if (!keep) clauses = [];
    }
    const list = [...clauses];
    while (await prompts.confirm({ id: `${q.id}.add`, message: t(lang, list.length === 0 ? "wizard.q.customClauses" : "wizard.q.anotherClause"), default: false })) {
      const title = (await prompts.input({ id: `${q.id}.title`, message: t(lang, "wizard.q.clauseTitle") })).trim();
      const text = (await prompts.input({ id: `${q.id}.text`, message: t(lang, "wizard.q.clauseText") })).trim();
      if (title && text) list.push({ title, text });
      else say("errors.clauseEmpty");
    }
    return list;
  }

  /** Asks until the answer passes the schema and the law (or the owner keeps a warned answer). */
  async function ask(q: Question): Promise<void> {
    let current = defaultFor(q);
    const helpKey = `wizard.help.${labelKey(q)}`;
    if (hasMessage(lang, helpKey)) out(`  ${t(lang, helpKey, labelData(q))}\n`);
    for (;;) {
      const value = await prompt(q, current);
      if (value === undefined) continue;
      const candidate = { ...answers, [q.id]: value };
      const findings = judgeAnswer(q, candidate, lang, { ...(base ? { base } : {}), defaults });
      const errors = findings.filter((f) => f.severity === "error");
      findings.forEach(showFinding);
      if (errors.length > 0) continue;
      if (findings.some((f) => f.severity === "warning")) {
        const keep = await prompts.confirm({ id: `${q.id}.keep`, message: t(lang, "wizard.keepAnswer"), default: true });
        if (!keep) {
          current = value;
          continue;
        }
      }
      answers = candidate;
      save();
      return;
    }
  }

  /** Asks, in order, every question that applies and has no answer yet: dependants follow a change. */
  async function askMissing(): Promise<void> {
    for (;;) {
      const next = QUESTIONS.find((q) => applies(q, answers) && answers[q.id] === undefined);
      if (!next) return;
      await ask(next);
    }
  }

  function display(q: Question, v: AnswerValue | undefined): string {
    if (isEmpty(v)) return t(lang, "wizard.summary.none");
    if (typeof v === "boolean") return t(lang, v ? "wizard.summary.yes" : "wizard.summary.no");
    if (q.kind === "money" && typeof v === "number") return lang === "fr" ? euros(v) : `€${v.toFixed(2)}`;
    if (q.kind === "select" && typeof v === "string") return choiceName(q, v);
    if (q.kind === "checkbox" && Array.isArray(v)) return (v as string[]).map((x) => choiceName(q, x)).join(", ");
    if (q.kind === "clauses" && Array.isArray(v)) return (v as Clause[]).map((c) => c.title).join(", ");
    if (Array.isArray(v)) return v.join(" ; ");
    return String(v);
  }

  const shortLabel = (q: Question) => t(lang, `wizard.s.${labelKey(q)}`, labelData(q));
  const line = (q: Question) => t(lang, "wizard.summary.line", { label: shortLabel(q), value: display(q, answers[q.id]) });

  function printSummary(): void {
    say("summary.title");
    for (const q of QUESTIONS) if (applies(q, answers)) out(`  ${line(q)}\n`);
  }

  /** The draft on disk, each answer checked against its question; what cannot be used is dropped and said. */
  let setAside = false;
  function loadDraft(): Draft | undefined {
    let raw: unknown;
    try {
      raw = draftStore.load();
    } catch (e) {
      if (!(e instanceof DraftSetAside)) throw e;
      say("draftSetAside", { path: e.keptAs });
      setAside = true;
      return undefined;
    }
    if (raw === undefined) return undefined;
    const { draft, dropped, droppedClauses } = sanitizeDraft(raw);
    if (dropped.length > 0) say("draftDropped", { count: dropped.length, labels: dropped.map((id) => shortLabel(QUESTIONS.find((q) => q.id === id)!)).join(", ") });
    if (droppedClauses > 0) say("draftDroppedClauses", { count: droppedClauses });
    return draft;
  }

  async function run(): Promise<WizardResult> {
    const draft = loadDraft();
    if (draft && (options.resume || (await prompts.confirm({ id: "resumeDraft", message: t(lang, "wizard.resumeDraft"), default: true })))) {
      answers = draft.answers;
      base = draft.base ?? base;
      say("resumed", { count: Object.keys(answers).length });
    } else if (options.resume && !setAside) {
      say("noDraft");
    }
    defaults = { effectiveDate: options.today, ...(base ? answersFromInput(base) : {}) };
    if (Object.keys(answers).length === 0) say("intro");

    await askMissing();
    for (;;) {
      const input = buildInput(answers, base ? { base } : {});
      const result = judgeAll(input, lang);
      printSummary();
      result.findings.forEach(showFinding);
      const change = QUESTIONS.filter((q) => applies(q, answers)).map((q) => ({ value: q.id, name: line(q) }));
      const choices: Choice[] = result.ok && result.config ? [{ value: "", name: t(lang, "wizard.summary.write") }, ...change] : change;
      const action = await prompts.select({ id: "summary", message: t(lang, result.ok ? "wizard.summary.action" : "wizard.summary.fix"), choices });
      if (action === "" && result.config) return { answers, input, config: result.config, findings: result.findings };
      const q = QUESTIONS.find((x) => x.id === action);
      if (q) await ask(q);
      await askMissing();
    }
  }

  return {
    run: async (): Promise<WizardResult> => {
      try {
        return await run();
      } catch (e) {
        if (!isCtrlC(e)) throw e;
        const any = Object.keys(answers).length > 0;
        if (any) save();
        if (any && unsaved) throw new WizardCancelled(false, unsavedReason);
        throw new WizardCancelled(any);
      }
    },
  };
}

export const runWizard = (options: WizardOptions): Promise<WizardResult> => createWizard(options).run();
