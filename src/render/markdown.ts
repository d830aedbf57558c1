/**
 * Policy model → Markdown, the one source text of every format. Prose lives in templates/fr;
 * helpers only format values. Every string of the model reaches the template wrapped as
 * UserText, whose default output is Markdown-escaped: a value cannot inject markup by mistake.
 */
import Handlebars from "handlebars";
import type { Address, Sector } from "../config/schema.js";
import { templates } from "../generated/assets.js";
import { t } from "../i18n.js";
import type { PolicyModel } from "../policy/model.js";
import { mdBlock, mdInline, mdUrl } from "./escape.js";
import { days, euros, finalTypography, frenchDate, NBSP, typesetTemplate } from "./typography.js";

/** A string from the model: prints escaped; helpers read `.raw`. */
class UserText {
  constructor(readonly raw: string) {}
  toString(): string {
    return mdInline(this.raw);
  }
}

type View = unknown;

function toView(value: unknown): View {
  if (typeof value === "string") return new UserText(value);
  if (Array.isArray(value)) return value.map(toView);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toView(v)]));
  }
  return value;
}

const raw = (v: unknown): unknown => (v instanceof UserText ? v.raw : v);
const str = (v: unknown): string => String(raw(v) ?? "");
const num = (v: unknown): number => Number(raw(v));

function frenchList(items: string[], and = "et"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

interface MethodView { type: unknown; price?: unknown; carrier?: unknown; label?: unknown; locations?: unknown[] }

function isFreeMethod(m: MethodView, returns: unknown): boolean {
  const r = returns as { payer: unknown };
  return str(r.payer) === "merchant" || num(m.price) === 0 || ["store", "warehouse"].includes(str(m.type));
}

const freeMethods = (methods: unknown, returns: unknown): MethodView[] =>
  (methods as MethodView[]).filter((m) => isFreeMethod(m, returns));

/** « par dépôt dans notre magasin », written for one place or several. */
function freeWay(m: MethodView): string {
  const several = (m.locations?.length ?? 0) > 1;
  const carrier = m.carrier === undefined ? "" : ` ${mdInline(str(m.carrier))}`;
  switch (str(m.type)) {
    case "store":
      return several ? "par dépôt dans l’un de nos magasins" : "par dépôt dans notre magasin";
    case "warehouse":
      return several ? "par dépôt dans l’un de nos entrepôts" : "par dépôt à notre entrepôt";
    case "relay":
      return `par dépôt en point relais${carrier}`;
    case "pickup":
      return "par enlèvement chez vous";
    default:
      return str(m.label) === "prepaid" ? `par envoi${carrier} avec notre étiquette prépayée` : `par envoi${carrier}`;
  }
}

const helpers: Record<string, (...args: unknown[]) => unknown> = {
  eq: (a, b) => raw(a) === raw(b),
  isNumber: (v) => typeof raw(v) === "number",
  days: (n) => days(num(n)),
  months: (n) => `${num(n)}${NBSP}mois`,
  euros: (n) => euros(num(n)),
  date: (iso) => frenchDate(str(iso)),
  url: (u) => mdUrl(str(u)),
  email: (e) => `<${str(e)}>`,
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
  hasMethod: (methods, ...rest) => {
    const types = rest.slice(0, -1).map(str);
    return (methods as { type: unknown }[]).some((m) => types.includes(str(m.type)));
  },
  isFree: (method, returns) => isFreeMethod(method as MethodView, returns),
  /** The ways to send an item back that cost the customer nothing, as a phrase for « En bref »
   * (« par dépôt dans notre magasin ou par dépôt en point relais Mondial Relay »); "" when none. */
  freeWays: (methods, returns) => frenchList(freeMethods(methods, returns).map(freeWay), "ou"),
  /** Some ways are free and some are not. */
  someFree: (methods, returns) => {
    const free = freeMethods(methods, returns).length;
    return free > 0 && free < (methods as unknown[]).length;
  },
  allFree: (methods, returns) => freeMethods(methods, returns).length === (methods as unknown[]).length,
  capAt: (price, returns) => {
    const cap = (returns as { cap?: unknown }).cap;
    return cap === undefined ? num(price) : Math.min(num(price), num(cap));
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
