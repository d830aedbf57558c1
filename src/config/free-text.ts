/**
 * The one table of the config's strings. Every string field is either free text (the shop writes
 * what it likes: read by the wording rules, escaped as data by the renderers) or shaped (an enum,
 * a checked address, e-mail, date or number, or text we wrote ourselves). The Markdown renderer
 * refuses a string at a path listed in neither, so no field can reach a policy unchecked.
 *
 * Paths are dotted; `*` stands for any index of a list. The policy model keeps the config's
 * paths for everything it takes from the config, so one table serves both.
 */

/** Free text: wording rules read every one of these; renderers print them escaped. */
export const FREE_TEXT_FIELDS = [
  "shop.name",
  "shop.legalName",
  "shop.rcs",
  "shop.phone",
  "shop.address.street",
  "shop.address.city",
  "withdrawal.onlineFunction.location",
  "withdrawal.onlineFunction.label",
  "withdrawal.onlineFunction.confirmLabel",
  "mediator.name",
  "mediator.address",
  "returns.methods.*.carrier",
  "returns.methods.*.notes",
  "returns.methods.*.locations.*",
  "returns.address.street",
  "returns.address.city",
  "returns.addressName",
  "guarantees.commercial.text",
  "guarantees.commercial.guarantor",
  "guarantees.commercial.territory",
  "support.phone",
  "support.hours",
  "customClauses.*.title",
  "customClauses.*.text",
] as const;

/**
 * Policy-model paths that carry a config's free text under another name: the wording rules read it
 * at its config path (shop.address.*, support.phone, shop.phone), the renderer prints it as free text.
 */
export const MODEL_FREE_TEXT_ALIASES = [
  "guarantees.commercial.guarantorAddress.street",
  "guarantees.commercial.guarantorAddress.city",
  "phone",
] as const;

/**
 * Strings that are not free text: their shape is checked by the schema (enums, addresses,
 * e-mails, dates, digits) or they are ours (catalogue text, article numbers, versions).
 * Config-only fields (`$schema`, `extends`, enums the model turns into booleans) are never printed.
 */
export const SHAPED_STRING_FIELDS = [
  "$schema",
  "extends",
  "schemaVersion",
  "jurisdiction",
  "language",
  "effectiveDate",
  "rulesetVersion",
  "output.slug",
  "sectors.*",
  "shop.siret",
  "shop.address.postalCode",
  "shop.address.country",
  "shop.email",
  "shop.website",
  "shop.policyUrl",
  "withdrawal.unit",
  "withdrawal.startsFrom",
  "withdrawal.requires.*",
  "withdrawal.onlineFunction.url",
  "withdrawal.onlineFunction.formAction",
  "withdrawal.onlineForm",
  "withdrawal.email",
  "mediator.website",
  "returns.freeFor.*",
  "returns.costs.payer",
  "returns.costs.freeFor.*",
  "returns.methods.*.type",
  "returns.methods.*.label",
  "returns.address.postalCode",
  "returns.address.country",
  "returns.condition",
  "returns.originalPackaging",
  "refunds.method",
  "refunds.holdUntil",
  "refunds.initialShipping",
  "support.email",
  "support.contactForm",
  // Facts of the policy model (enums we set ourselves).
  "exceptionsOf",
  "examination.actions.*",
  "examination.beyond.*",
  "returns.freeMethods.*",
  "returns.bulkyKinds.*",
  "returns.methods.*.cost.kind",
  "returns.methods.*.freeForHow",
  "returns.customerPays.kind",
  "refunds.wait.kind",
  "guarantees.commercial.claim",
  "guarantees.commercial.guarantorAddress.postalCode",
  "guarantees.commercial.guarantorAddress.country",
  "exceptions.*.article",
  "references.consommation.*",
  "references.civil.*",
] as const;

type Key = string | number;

const matches = (parts: readonly string[], path: readonly Key[]) =>
  parts.length === path.length && parts.every((p, i) => (p === "*" ? typeof path[i] === "number" : p === String(path[i])));

/** Does a concrete path (`returns.methods.0.notes`) match a table entry (`returns.methods.*.notes`)? */
export function matchesField(pattern: string, path: readonly Key[]): boolean {
  return matches(pattern.split("."), path);
}

export type StringKind = "free" | "shaped" | undefined;

const FREE = new Set<string>([...FREE_TEXT_FIELDS, ...MODEL_FREE_TEXT_ALIASES]);
const SHAPED = new Set<string>(SHAPED_STRING_FIELDS);

/** Whether the string at `path` is free text, shaped, or unlisted (a field the table forgot). */
export function stringKind(path: readonly Key[]): StringKind {
  // A list index stands as `*`; a key that is not a plain name can match no entry.
  if (path.some((k) => typeof k === "string" && !/^[$\w]+$/u.test(k))) return undefined;
  const generic = path.map((k) => (typeof k === "number" ? "*" : k)).join(".");
  return FREE.has(generic) ? "free" : SHAPED.has(generic) ? "shaped" : undefined;
}

export interface FreeText {
  /** Dotted concrete path, e.g. `returns.methods.0.carrier`. */
  path: string;
  text: string;
}

/** Every free-text value of a config (or of anything shaped like one), in table order. */
export function freeTextValues(data: unknown): FreeText[] {
  const out: FreeText[] = [];
  const visit = (node: unknown, parts: readonly string[], at: readonly Key[]): void => {
    if (parts.length === 0) {
      if (typeof node === "string") out.push({ path: at.join("."), text: node });
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (head === "*") {
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, rest, [...at, i]));
    } else if (node !== null && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, head)) {
      visit((node as Record<string, unknown>)[head], rest, [...at, head]);
    }
  };
  for (const field of FREE_TEXT_FIELDS) visit(data, field.split("."), []);
  return out;
}

/** The table's fields as config path prefixes (`returns.methods`, `customClauses`…), for rule `paths`. */
export const FREE_TEXT_PATHS: string[] = [...new Set(FREE_TEXT_FIELDS.map((f) => f.split(".*")[0] as string))];
