/**
 * Policy model → Markdown, the one source text of every format. Prose lives in templates/fr;
 * helpers only format values. Every string of the model reaches the template wrapped as
 * UserText, whose default output is Markdown-escaped: a value cannot inject markup by mistake.
 */
import Handlebars from "handlebars";
import { stringKind } from "../config/free-text.js";
import type { Address, Sector } from "../config/schema.js";
import { templates } from "../generated/assets.js";
import { precompiled } from "../generated/precompiled.js";
import type { Lang } from "../text/findings.js";
import { hasMessage, t } from "../text/i18n.js";
import type { PolicyModel } from "../policy/model.js";
import { mdBlock, mdEmail, mdInline, mdUrl } from "./escape.js";
import { days, elidedDe, euros, finalTypography, frenchDate, frenchTypography, NBSP, typesetTemplate } from "../text/typography.js";

/** A string from the model: prints escaped; helpers read `.raw`. */
class UserText {
  constructor(readonly raw: string) {}
  toString(): string {
    return mdInline(this.raw);
  }
}

type View = unknown;

/**
 * The model as templates see it. Each string is looked up in the table of config strings
 * (config/free-text.ts): free text (checked by the wording rules) or shaped (checked by the
 * schema, or ours). A string the table does not list is a field nobody checks: refused here, so
 * it can never reach a policy.
 */
function toView(value: unknown, path: (string | number)[] = []): View {
  if (typeof value === "string") {
    if (stringKind(path) === undefined) throw new Error(`string field ${path.join(".")} is not in the free-text table (src/config/free-text.ts)`);
    return new UserText(value);
  }
  if (Array.isArray(value)) return value.map((v, i) => toView(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toView(v, [...path, k])]));
  }
  return value;
}

const raw = (v: unknown): unknown => (v instanceof UserText ? v.raw : v);
const str = (v: unknown): string => String(raw(v) ?? "");
const num = (v: unknown): number => Number(raw(v));

/** Labels from the locale joined with commas then `last` (« et », « ou »), typeset like the templates. */
function joinList(items: string[], last: string): string {
  if (items.length <= 1) return frenchTypography(items.join(""));
  return frenchTypography(`${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`);
}

/** Formatting helpers for one language: values into words (labels from the locale), never a fact. */
function helpersFor(lang: Lang): Record<string, (...args: unknown[]) => unknown> {
  const label = (key: string): string => {
    if (!hasMessage(lang, key) && !hasMessage("fr", key)) throw new Error(`no wording for ${key} in locales/${lang}.yaml`);
    return t(lang, key);
  };
  const and = label("labels.list.and");
  const or = label("labels.list.or");
  return {
    eq: (a, b) => raw(a) === raw(b),
    days: (n) => days(num(n)),
    months: (n) => `${num(n)}${NBSP}mois`,
    euros: (n) => euros(num(n)),
    date: (iso) => frenchDate(str(iso)),
    url: (u) => mdUrl(str(u)),
    email: (e) => mdEmail(str(e)),
    block: (text) => mdBlock(str(text)),
    address: (a) => {
      const { street, postalCode, city } = Object.fromEntries(
        Object.entries(a as Record<keyof Address, unknown>).map(([k, v]) => [k, str(v)]),
      );
      return mdInline(`${street}, ${postalCode} ${city}`);
    },
    join: (list) => (list as unknown[]).map((v) => mdInline(str(v))).join(", "),
    sectorList: (list) => joinList((list as unknown[]).map((s) => label(`labels.sectorsFor.${str(s) as Sector}`)), and),
    methodName: (type) => label(`labels.methods.${str(type)}`),
    methodPlaces: (list) => joinList((list as unknown[]).map((m) => label(`labels.methodPlaces.${str(m)}`)), and),
    examineList: (list) => joinList((list as unknown[]).map((k) => label(`labels.examine.${str(k)}`)), and),
    beyondList: (list) => joinList([...(list as unknown[]).map((k) => label(`labels.beyond.${str(k)}`)), label("labels.beyond.damaged")], or),
    /** « de X » or « d’X » before a name (the name printed escaped, like any model string). */
    deName: (name) => `${elidedDe(str(name))}${mdInline(str(name))}`,
    /** The bulky goods a shop sells, by sector: « meubles, gros électroménager ». */
    bulkyList: (list) => (list as unknown[]).map((s) => label(`labels.bulky.${str(s)}`)).join(", "),
    /** The wording of an L221-28 case, by its item number (the model says which cases apply). */
    exceptionText: (item) => label(`policy.exceptions.${num(item)}`),
  };
}

export interface MarkdownOptions {
  /** Language of the templates (`templates/<lang>/`) and labels (`locales/<lang>.yaml`); French by default. */
  lang?: Lang;
  /** Template table (path under templates/ → source); the embedded templates by default. */
  templates?: Readonly<Record<string, string>>;
}

/** Compiled templates, per template table and per language. */
const compiled = new WeakMap<Readonly<Record<string, string>>, Map<Lang, Handlebars.TemplateDelegate>>();

function policyTemplate(lang: Lang, table: Readonly<Record<string, string>>): Handlebars.TemplateDelegate {
  const byLang = compiled.get(table) ?? new Map<Lang, Handlebars.TemplateDelegate>();
  compiled.set(table, byLang);
  const cached = byLang.get(lang);
  if (cached) return cached;
  const main = table[`${lang}/policy.md.hbs`];
  if (main === undefined) throw new Error(`no policy template for ${lang}`);
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpersFor(lang))) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  // The embedded table was precompiled at build time (scripts/gen-assets.mjs), from the same
  // typeset sources and options as below: no parsing or compiling in a worker's first document.
  const built = table === templates ? precompiled[lang] : undefined;
  let template: Handlebars.TemplateDelegate;
  if (built) {
    for (const [name, spec] of Object.entries(built.partials)) hb.registerPartial(name, hb.template(spec));
    template = hb.template(built.main);
  } else {
    const prefix = `${lang}/sections/`;
    for (const [path, source] of Object.entries(table)) {
      if (path.startsWith(prefix)) hb.registerPartial(path.slice(prefix.length).replace(/\.md\.hbs$/u, ""), typesetTemplate(source));
    }
    // noEscape: Handlebars' HTML escaping is wrong for Markdown; UserText escapes instead.
    template = hb.compile(typesetTemplate(main), { noEscape: true });
  }
  byLang.set(lang, template);
  return template;
}

/** Blank lines between blocks, none at the end of lines, one final newline. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}

export function renderMarkdown(policy: PolicyModel, options: MarkdownOptions = {}): string {
  return tidy(finalTypography(policyTemplate(options.lang ?? "fr", options.templates ?? templates)(toView(policy))));
}
