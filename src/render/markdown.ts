/**
 * Policy model → Markdown, the one source text of every format. Prose lives in templates/fr;
 * helpers only format values. Every string of the model reaches the template wrapped as
 * UserText, whose default output is Markdown-escaped: a value cannot inject markup by mistake.
 */
import Handlebars from "handlebars";
import { stringKind } from "../config/free-text.js";
import type { Address, Sector } from "../config/schema.js";
import { templates } from "../generated/assets.js";
import { t } from "../text/i18n.js";
import type { PolicyModel } from "../policy/model.js";
import { mdBlock, mdEmail, mdInline, mdUrl } from "./escape.js";
import { days, euros, finalTypography, frenchDate, frenchTypography, NBSP, typesetTemplate } from "../text/typography.js";

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

/** Labels from the locale joined the French way, typeset like the templates. */
function frenchList(items: string[], last = "et"): string {
  if (items.length <= 1) return frenchTypography(items.join(""));
  return frenchTypography(`${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`);
}

const helpers: Record<string, (...args: unknown[]) => unknown> = {
  eq: (a, b) => raw(a) === raw(b),
  isNumber: (v) => typeof raw(v) === "number",
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
  sectorList: (list) => frenchList((list as unknown[]).map((s) => t("fr", `labels.sectorsFor.${str(s) as Sector}`))),
  methodName: (type) => t("fr", `labels.methods.${str(type)}`),
  methodPlaces: (list) => frenchList((list as unknown[]).map((m) => t("fr", `labels.methodPlaces.${str(m)}`))),
  examineList: (list) => frenchList((list as unknown[]).map((k) => t("fr", `labels.examine.${str(k)}`))),
  beyondList: (list) => frenchList([...(list as unknown[]).map((k) => t("fr", `labels.beyond.${str(k)}`)), "abîmé"], "ou"),
  hasMethod: (methods, ...rest) => {
    const types = rest.slice(0, -1).map(str);
    return (methods as { type: unknown }[]).some((m) => types.includes(str(m.type)));
  },
};

let compiled: Handlebars.TemplateDelegate | undefined;

function policyTemplate(lang: string): Handlebars.TemplateDelegate {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const prefix = `${lang}/sections/`;
  for (const [path, source] of Object.entries(templates)) {
    if (path.startsWith(prefix)) hb.registerPartial(path.slice(prefix.length).replace(/\.md\.hbs$/u, ""), typesetTemplate(source));
  }
  const main = templates[`${lang}/policy.md.hbs`];
  if (main === undefined) throw new Error(`no policy template for ${lang}`);
  // noEscape: Handlebars' HTML escaping is wrong for Markdown; UserText escapes instead.
  compiled = hb.compile(typesetTemplate(main), { noEscape: true });
  return compiled;
}

/** Blank lines between blocks, none at the end of lines, one final newline. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}

export function renderMarkdown(policy: PolicyModel): string {
  return tidy(finalTypography(policyTemplate("fr")(toView(policy))));
}
