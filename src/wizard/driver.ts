/**
 * The wizard's driver: walks the questions, judges each answer with the shared checks, saves a
 * draft after every answer, ends with a summary where any answer can be changed. Prompts, output
 * and the draft store are injected, so the whole flow runs in tests without a terminal.
 */
import type { Config } from "../config/schema.js";
import type { Finding, Lang } from "../text/findings.js";
import { hasMessage, t } from "../text/i18n.js";
import { money } from "../text/typography.js";
import { answersFromInput, buildInput, isEmpty, sanitizeDraft } from "./answers.js";
import { judgeAll, judgeAnswer } from "./judge.js";
import { isCtrlC, type Choice, type PromptApi } from "./prompts.js";
import { parseButtonUrl, parseDate, parseEmail, parsePostalCode, parseSiret, parseUrl } from "./parse.js";
import { MEDIATORS_CHECKED, mediators, OFFICIAL_MEDIATOR_LIST } from "../law/fr/mediators.js";
import { applies, choicesOf, defaultOf, GROUPS, groupOf, QUESTIONS, type AnswerValue, type Answers, type Clause, type Question } from "./questions.js";

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
  constructor(readonly reason: "readOnly" | "full" | "notFolder" | "isFolder" | "symlink" | "other", detail: string) {
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
  /** The owner asked for the withdrawal-function kit (no button yet). */
  kit: boolean;
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
  const message = (q: Question) =>
    t(lang, answers.withdrawalKit === true && hasMessage(lang, `wizard.qKit.${labelKey(q)}`) ? `wizard.qKit.${labelKey(q)}` : `wizard.q.${labelKey(q)}`, labelData(q));
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

  type Reply =
    | { value: AnswerValue; extra?: Answers; note?: { key: string; data?: Record<string, string | number> } }
    | { error: string; data?: Record<string, string | number>; raw?: string };

  /** A typed reply read the way the question says (`www.x.fr`, `01/12/2026`, `69 002`, SIREN…). */
  function parseText(q: Question, reply: string): Reply {
    if (reply === "" && q.optional) return { value: "" };
    switch (q.parse) {
      case "url":
        return reply === "" ? { value: "" } : parseUrl(reply);
      case "date":
        return parseDate(reply);
      case "postalCode":
        return parsePostalCode(reply);
      case "siret":
        return parseSiret(reply);
      case "email":
        return parseEmail(reply);
      case "buttonUrl": {
        const website = typeof answers.website === "string" && answers.website !== "" ? answers.website : undefined;
        const parsed = parseButtonUrl(reply, website);
        if ("error" in parsed) return parsed;
        const { url, location } = parsed.value;
        const extra: Answers = location ? { onlineFunctionLocation: location } : {};
        // Only a path was typed and the site is unknown: keep the path, ask for the address again.
        if (!url) {
          answers = { ...answers, ...extra };
          return { error: "locationNeedsUrl", data: { location: location ?? "" } };
        }
        return { value: url, extra, ...(parsed.note ? { note: parsed.note } : {}) };
      }
      default:
        return { value: reply };
    }
  }

  /** Shows the prompt for one question and reads the reply (an error: not understood, asked again). */
  async function prompt(q: Question, current: AnswerValue | undefined): Promise<Reply> {
    const id = q.id;
    const msg = message(q);
    const base = { id, message: msg, transient: true };
    switch (q.kind) {
      case "text": {
        const reply = (await prompts.input({ ...base, ...(typeof current === "string" && current !== "" ? { default: current } : {}) })).trim();
        // "-" clears an optional field that has a default (support e-mail…).
        const parsed = parseText(q, q.optional && reply === "-" ? "" : reply);
        return "error" in parsed ? { ...parsed, raw: reply } : parsed;
      }
      case "number": {
        const raw = await prompts.input({ ...base, ...(typeof current === "number" ? { default: String(current) } : {}) });
        const n = parseWhole(raw);
        return n === undefined ? { error: "number", raw } : { value: n };
      }
      case "money": {
        const raw = await prompts.input({ ...base, ...(typeof current === "number" ? { default: formatAmount(current, lang) } : {}) });
        const n = parseAmount(raw);
        return n === undefined ? { error: "money", raw } : { value: n };
      }
      case "confirm":
        return { value: await prompts.confirm({ ...base, ...(typeof current === "boolean" ? { default: current } : {}) }) };
      case "select": {
        const choices: Choice[] = choicesOf(q, answers).map((value) => ({ value, name: choiceName(q, value) }));
        return { value: await prompts.select({ ...base, choices, ...(typeof current === "string" ? { default: current } : {}) }) };
      }
      case "checkbox": {
        const checked = Array.isArray(current) ? (current as string[]) : [];
        const choices: Choice[] = choicesOf(q, answers).map((value) => ({ value, name: choiceName(q, value), checked: checked.includes(value) }));
        const ticked = await prompts.checkbox({ ...base, choices, required: !q.optional });
        if (ticked.length === 0 && !q.optional) return { error: "checkboxEmpty" };
        // Keep the owner's order (the policy lists methods in it); newly ticked ones go last.
        return { value: [...checked.filter((v) => ticked.includes(v)), ...ticked.filter((v) => !checked.includes(v))] };
      }
      case "list": {
        const items = Array.isArray(current) ? (current as string[]).join(" ; ") : undefined;
        const reply = await prompts.input({ ...base, ...(items ? { default: items } : {}) });
        const list = reply.split(";").map((s) => s.trim()).filter(Boolean);
        return q.required && list.length === 0 ? { error: "listEmpty" } : { value: list };
      }
      case "clauses":
        return { value: await askClauses(q, Array.isArray(current) ? (current as Clause[]) : []) };
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

  /** `✔ question answer` / `✖ …` / `⚠ …`: the prompt line is cleared when answered, so only one mark shows. */
  const echo = (mark: "ok" | "no" | "warn", q: Question, value: AnswerValue | undefined) =>
    say(`echo.${mark}`, { question: message(q), answer: value === undefined ? "" : display(q, value) });

  /** A refusal in the wizard's words when it has them (`<rule>-<messageId>`, then `<rule>`: what the law asks, why, what to do), else the rule's. */
  function showReason(f: Finding): void {
    const own = [`wizard.refusal.${f.rule}-${f.messageId ?? ""}`, `wizard.refusal.${f.rule}`].find((key) => hasMessage(lang, key));
    const text = own ? t(lang, own) : f.message;
    const article = f.article ? t(lang, "wizard.finding.article", { article: f.article }) : "";
    say("reason", { message: text, article });
  }

  /** Stops like Ctrl-C does (the draft is kept): the way out offered when the owner has something to do first. */
  const pause = (): never => {
    const e = new Error("pause");
    e.name = "ExitPromptError";
    throw e;
  };

  /**
   * After a refusal that the owner cannot fix by typing something else (no online withdrawal
   * function, no mediator), the ways forward: the answers to take, or undefined to ask again.
   */
  async function wayForward(q: Question, errors: Finding[], candidate: Answers): Promise<Answers | undefined> {
    const rules = new Set(errors.map((f) => f.rule));
    if (q.id === "onlineFunction" && rules.has("online-withdrawal-function")) {
      const way = await prompts.select({
        id: "onlineFunction.way",
        message: t(lang, "wizard.way.onlineFunction.message"),
        choices: ["kit", "have", "pause"].map((value) => ({ value, name: t(lang, `wizard.way.onlineFunction.${value}`) })),
        default: "kit",
      });
      if (way === "pause") pause();
      return { ...candidate, onlineFunction: true, ...(way === "kit" ? { withdrawalKit: true } : { withdrawalKit: false }) };
    }
    if (q.id === "mediator" && rules.has("mediator")) {
      say("way.mediator.list", { date: MEDIATORS_CHECKED.split("-").reverse().join("/") });
      mediators.forEach((m, i) => {
        const forWhom = m.forWhom ? ` (${m.forWhom[lang]})` : "";
        out(`  ${i + 1}. ${m.name}${forWhom} — ${m.website}\n`);
      });
      say("way.mediator.official", { url: OFFICIAL_MEDIATOR_LIST });
      say("way.mediator.howTo");
      const way = await prompts.select({
        id: "mediator.way",
        message: t(lang, "wizard.way.mediator.message"),
        choices: [
          ...mediators.map((m, i) => ({ value: String(i), name: t(lang, "wizard.way.mediator.joined", { name: m.name }) })),
          { value: "other", name: t(lang, "wizard.way.mediator.other") },
          { value: "pause", name: t(lang, "wizard.way.mediator.pause") },
        ],
        default: "pause",
      });
      if (way === "pause") pause();
      const chosen = mediators[Number(way)];
      return { ...candidate, mediator: true, ...(chosen && way !== "other" ? { mediatorName: chosen.name, mediatorWebsite: chosen.website } : {}) };
    }
    return undefined;
  }

  /** Asks until the answer passes the schema and the law (or the owner keeps a warned answer). */
  async function ask(q: Question): Promise<void> {
    // The previous valid answer (or the default) is offered again after any refusal.
    const previous = defaultFor(q);
    const helpKey = `wizard.help.${labelKey(q)}`;
    if (hasMessage(lang, helpKey)) out(`  ${t(lang, helpKey, labelData(q))}\n`);
    for (;;) {
      const reply = await prompt(q, previous);
      if ("error" in reply) {
        say("echo.no", { question: message(q), answer: reply.raw ?? "" });
        say("reason", { message: t(lang, `wizard.errors.${reply.error}`, reply.data), article: "" });
        continue;
      }
      const { value } = reply;
      const candidate = { ...answers, ...reply.extra, [q.id]: value };
      const findings = judgeAnswer(q, candidate, lang, { ...(base ? { base } : {}), defaults }).filter((f) => !q.defer?.includes(f.rule));
      const errors = findings.filter((f) => f.severity === "error");
      if (errors.length > 0) {
        echo("no", q, value);
        findings.forEach(showReason);
        const way = await wayForward(q, errors, candidate);
        if (way) {
          answers = way;
          save();
          return;
        }
        continue;
      }
      const warned = findings.some((f) => f.severity === "warning");
      // Clauses are asked through their own prompts, which stay on screen.
      if (q.kind !== "clauses") echo(warned ? "warn" : "ok", q, value);
      if (reply.note) say(reply.note.key, reply.note.data);
      findings.forEach(showReason);
      if (warned && !(await prompts.confirm({ id: `${q.id}.keep`, message: t(lang, "wizard.keepAnswer"), default: true }))) continue;
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
    if (q.kind === "money" && typeof v === "number") return money(v, lang);
    if (q.kind === "select" && typeof v === "string") return choiceName(q, v);
    if (q.kind === "checkbox" && Array.isArray(v)) return (v as string[]).map((x) => choiceName(q, x)).join(", ");
    if (q.kind === "clauses" && Array.isArray(v)) return (v as Clause[]).map((c) => c.title).join(", ");
    if (Array.isArray(v)) return v.join(" ; ");
    return String(v);
  }

  const shortLabel = (q: Question) => t(lang, `wizard.s.${labelKey(q)}`, labelData(q));
  const line = (q: Question) => t(lang, "wizard.summary.line", { label: shortLabel(q), value: display(q, answers[q.id]) });

  /** Questions of a group that apply now. */
  const inGroup = (group: string) => QUESTIONS.filter((q) => groupOf(q) === group && applies(q, answers));
  const width = () => Math.max(60, Math.min(process.stdout.columns ?? 80, 120));

  /** The recap on one screen: one paragraph per group, empty answers left out, wrapped to the terminal. */
  function printSummary(): void {
    say("summary.title");
    for (const group of GROUPS) {
      const parts = inGroup(group.id)
        .filter((q) => !isEmpty(answers[q.id]) && !(q.present && typeof answers[q.id] === "boolean" && q.present(answers[q.id] as boolean) && QUESTIONS.some((x) => x !== q && x.path.startsWith(`${q.path}.`))))
        .map((q) => line(q));
      const text = `${t(lang, `wizard.group.${group.id}`)} — ${parts.join(" · ") || t(lang, "wizard.summary.nothing")}`;
      out(`${wrap(text, width(), "  ", "    ")}\n`);
    }
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
      const change = GROUPS.map((g) => ({ value: g.id, name: t(lang, "wizard.summary.change", { group: t(lang, `wizard.group.${g.id}`) }) }));
      const choices: Choice[] = result.ok && result.config ? [{ value: "", name: t(lang, "wizard.summary.write") }, ...change] : change;
      const action = await prompts.select({ id: "summary", message: t(lang, result.ok ? "wizard.summary.action" : "wizard.summary.fix"), choices });
      if (action === "" && result.config) return { answers, input, config: result.config, findings: result.findings, kit: answers.withdrawalKit === true };
      // A group is asked again whole, each answer offered as the default.
      for (const q of QUESTIONS.filter((x) => groupOf(x) === action)) if (applies(q, answers)) await ask(q);
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

/** Word-wraps one paragraph: `first` before the first line, `rest` before the others. */
export function wrap(text: string, width: number, first: string, rest: string): string {
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = `${rest}${word}`;
    } else current = empty ? `${current}${word}` : `${current} ${word}`;
    empty = false;
  }
  lines.push(current);
  return lines.join("\n");
}
