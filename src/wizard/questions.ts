/**
 * The wizard's questions, as data (STYLE.md "Wizard questions are data shared with the schema").
 * Each question points at a config path; the enums come from the schema, the wording from
 * locales (`wizard.q.<label>`, `wizard.help.<label>`, `wizard.choices.<choiceSet>.<value>`), and
 * after each answer the schema and the law rules that read that path judge it.
 *
 * A path may hold `$<type>`: the index, in `returns.methods`, of the method of that type
 * (`returns.methods.$store.locations` → `returns.methods.1.locations`).
 */
import { LABEL_KINDS, METHOD_TYPES, PACKAGING, PAYERS, REFUND_METHODS, SECTORS } from "../config/schema.js";
import { sellsOnlyServices } from "../config/validate.js";
import { GOODS_SECTORS } from "../config/sectors.js";
import type { ParseKind } from "./parse.js";

export type MethodType = (typeof METHOD_TYPES)[number];
export type AnswerValue = string | number | boolean | string[] | Clause[];
export interface Clause {
  title: string;
  text: string;
}
/** Question id → answer. Answers of questions that no longer apply are kept, so going back restores them. */
export type Answers = Record<string, AnswerValue | undefined>;

export type QuestionKind =
  | "text" // one line; `optional` ones may be left empty
  | "number" // whole number of days or months
  | "money" // euros: 5,95 / 5.95 / 5,95 €
  | "confirm"
  | "select"
  | "checkbox"
  | "list" // several lines of text (addresses), one prompt each, empty to end
  | "clauses"; // several { title, text }

export interface Question {
  id: string;
  /** Dotted config path the answer goes to (the rules listing it run after the answer). */
  path: string;
  kind: QuestionKind;
  /** Locale key under wizard.q / wizard.help, when several questions share a wording. */
  label?: string;
  /** Extra data for the wording, e.g. the method's name. */
  labelData?: Record<string, string>;
  choices?: readonly string[] | ((a: Answers) => readonly string[]);
  /** Locale set under wizard.choices for the choice labels. */
  choiceSet?: string;
  default?: AnswerValue | ((a: Answers) => AnswerValue | undefined);
  /**
   * Stands in for an unanswered question while earlier answers are judged (a whole config is
   * needed to run the rules); never written.
   */
  placeholder?: AnswerValue;
  when?: (a: Answers) => boolean;
  /** An empty answer leaves the field out. */
  optional?: boolean;
  /** Needs at least one item (lists). */
  required?: boolean;
  /**
   * A yes/no that decides whether the object at `path` exists (mediator, return address…);
   * `present(answer)` tells when it does. The answer itself is not written.
   */
  present?: (answer: boolean) => boolean;
  /** How a typed reply is read before it is judged (`www.x.fr` → https://…, `01/12/2026`, `69 002`…). */
  parse?: ParseKind;
  /** Rules whose findings wait for a later question (no SIRET: the RCS is asked next). */
  defer?: string[];
}

/** Answers that are not config fields: the owner asked for the withdrawal kit (issue 16). */
export const EXTRA_ANSWERS = ["withdrawalKit"] as const;

const BULKY = ["furniture", "appliances"];
const has = (a: Answers, id: string, value: string) => Array.isArray(a[id]) && (a[id] as string[]).includes(value);
const methodChosen = (type: MethodType) => (a: Answers) => has(a, "methods", type);
const yes = (id: string) => (a: Answers) => a[id] === true;

/** The same few questions for each drop-off method; the wording names the method. */
function methodQuestions(type: MethodType, fields: { carrier?: string; label?: boolean; price?: boolean; locations?: boolean }): Question[] {
  const chosen = methodChosen(type);
  const labelData = { method: type };
  const qs: Question[] = [];
  if (fields.carrier !== undefined) {
    qs.push({ id: `${type}Carrier`, label: "methodCarrier", labelData, path: `returns.methods.$${type}.carrier`, kind: "text", optional: true, when: chosen, ...(fields.carrier ? { default: fields.carrier } : {}) });
  }
  if (fields.label) {
    qs.push({ id: `${type}Label`, label: "methodLabel", labelData, path: `returns.methods.$${type}.label`, kind: "select", choices: LABEL_KINDS, choiceSet: "label", default: "prepaid", when: chosen });
  }
  if (fields.price) {
    qs.push({
      id: `${type}Price`,
      label: "methodPrice",
      labelData,
      path: `returns.methods.$${type}.price`,
      kind: "money",
      // Free when the shop pays; at most the cap when capped.
      default: (a) => (a.payer === "merchant" ? 0 : a.payer === "capped" && typeof a.cap === "number" ? a.cap : undefined),
      placeholder: 0,
      when: (a) => chosen(a) && a[`${type}Label`] !== "customer",
    });
  }
  if (fields.locations) {
    qs.push({ id: `${type}Locations`, label: "methodLocations", labelData, path: `returns.methods.$${type}.locations`, kind: "list", required: true, placeholder: ["1 rue de la Paix, 75001 Paris"], when: chosen });
  }
  return qs;
}

export const QUESTIONS: readonly Question[] = [
  // The shop (L221-5: who the customer deals with).
  { id: "shopName", path: "shop.name", kind: "text", placeholder: "Boutique" },
  { id: "legalName", path: "shop.legalName", kind: "text", default: (a) => (typeof a.shopName === "string" ? a.shopName : undefined), placeholder: "Boutique SAS" },
  { id: "siret", path: "shop.siret", kind: "text", optional: true, parse: "siret", defer: ["shop-identification"] },
  { id: "rcs", path: "shop.rcs", kind: "text", optional: true, when: (a) => a.siret === "" },
  { id: "street", path: "shop.address.street", kind: "text", placeholder: "1 rue de la Paix" },
  { id: "postalCode", path: "shop.address.postalCode", kind: "text", placeholder: "75001", parse: "postalCode" },
  { id: "city", path: "shop.address.city", kind: "text", placeholder: "Paris" },
  { id: "email", path: "shop.email", kind: "text", placeholder: "contact@example.fr", parse: "email" },
  { id: "phone", path: "shop.phone", kind: "text", optional: true },
  { id: "website", path: "shop.website", kind: "text", optional: true, parse: "url" },
  { id: "sectors", path: "sectors", kind: "checkbox", choices: SECTORS, choiceSet: "sector", placeholder: ["general"] },
  { id: "effectiveDate", path: "effectiveDate", kind: "text", placeholder: "2026-12-01", parse: "date" },

  // The right of withdrawal (L221-18, L221-21).
  { id: "withdrawalDays", path: "withdrawal.days", kind: "number", default: 14 },
  // L221-18: a goods subscription's period starts at the first delivery; only shops that send goods.
  { id: "regularDeliveries", path: "withdrawal.regularDeliveries", kind: "confirm", default: false, when: (a) => GOODS_SECTORS.some((s) => has(a, "sectors", s)) },
  // No default: a shop must not be pushed into claiming a button it does not have.
  { id: "onlineFunction", path: "withdrawal.onlineFunction", kind: "confirm", present: (v) => v },
  {
    id: "onlineFunctionUrl",
    path: "withdrawal.onlineFunction.url",
    kind: "text",
    when: yes("onlineFunction"),
    placeholder: "https://example.fr/retractation",
    parse: "buttonUrl",
    default: (a) => (a.withdrawalKit === true && typeof a.website === "string" ? `${a.website.replace(/\/+$/u, "")}/renoncer-au-contrat` : undefined),
  },
  { id: "onlineFunctionLocation", path: "withdrawal.onlineFunction.location", kind: "text", optional: true, when: yes("onlineFunction") },
  // D221-5: usable by every buyer, a guest too. No default outside the kit: the owner says what is true of the site.
  {
    id: "onlineFunctionGuestAccess",
    path: "withdrawal.onlineFunction.guestAccess",
    kind: "confirm",
    when: yes("onlineFunction"),
    default: (a) => (a.withdrawalKit === true ? true : undefined),
  },
  { id: "onlineFunctionLabel", path: "withdrawal.onlineFunction.label", kind: "text", default: "Renoncer au contrat ici", when: yes("onlineFunction") },
  { id: "onlineFunctionConfirmLabel", path: "withdrawal.onlineFunction.confirmLabel", kind: "text", default: "Confirmer la rétractation", when: yes("onlineFunction") },
  // The kit's form posts to the shop's form handler; empty: the kit's checklist says how to set it later.
  { id: "kitFormAction", path: "withdrawal.onlineFunction.formAction", kind: "text", optional: true, parse: "url", when: (a) => a.onlineFunction === true && a.withdrawalKit === true },

  // Who pays the return (L221-23, L221-5 8°).
  { id: "payer", path: "returns.costs.payer", kind: "select", choices: PAYERS, choiceSet: "payer", default: "merchant" },
  { id: "cap", path: "returns.costs.cap", kind: "money", when: (a) => a.payer === "capped", placeholder: 5.95 },
  {
    id: "freeFor",
    path: "returns.costs.freeFor",
    kind: "checkbox",
    choices: (a) => (Array.isArray(a.sectors) ? (a.sectors as string[]) : []),
    choiceSet: "sector",
    optional: true,
    when: (a) => a.payer !== "merchant" && Array.isArray(a.sectors) && a.sectors.length > 1,
  },
  { id: "bulkyEstimate", path: "returns.costs.bulkyEstimate", kind: "money", placeholder: 0, when: (a) => a.payer !== "merchant" && BULKY.some((s) => has(a, "sectors", s)) },

  // How goods come back.
  { id: "methods", path: "returns.methods", kind: "checkbox", choices: METHOD_TYPES, choiceSet: "method", default: ["post"] },
  ...methodQuestions("post", { carrier: "Colissimo", label: true, price: true }),
  ...methodQuestions("relay", { carrier: "Mondial Relay", label: true, price: true }),
  ...methodQuestions("store", { locations: true }),
  ...methodQuestions("pickup", { carrier: "", price: true }),
  ...methodQuestions("warehouse", { locations: true }),
  { id: "shipBackDays", path: "returns.shipBackDays", kind: "number", default: 14 },
  { id: "returnAddressSame", path: "returns.address", kind: "confirm", default: true, present: (same) => !same },
  { id: "returnStreet", path: "returns.address.street", kind: "text", when: (a) => a.returnAddressSame === false, placeholder: "1 rue de la Paix" },
  { id: "returnPostalCode", path: "returns.address.postalCode", kind: "text", when: (a) => a.returnAddressSame === false, placeholder: "75001", parse: "postalCode" },
  { id: "returnCity", path: "returns.address.city", kind: "text", when: (a) => a.returnAddressSame === false, placeholder: "Paris" },
  { id: "authorizationNumber", path: "returns.authorizationNumber", kind: "confirm", default: false },
  { id: "originalPackaging", path: "returns.originalPackaging", kind: "select", choices: PACKAGING, choiceSet: "packaging", default: "preferred" },

  // Refunds (L221-24).
  { id: "refundDays", path: "refunds.days", kind: "number", default: 14 },
  { id: "refundMethod", path: "refunds.method", kind: "select", choices: REFUND_METHODS, choiceSet: "refundMethod", default: "original-payment" },
  { id: "waitForGoods", path: "refunds.waitForGoods", kind: "confirm", default: true },

  // What the shop offers beyond the law.
  { id: "exchanges", path: "exchanges.enabled", kind: "confirm", default: false },
  { id: "exchangeDays", path: "exchanges.days", kind: "number", default: 30, when: yes("exchanges") },
  { id: "exchangeFreeShipping", path: "exchanges.freeShipping", kind: "confirm", default: false, when: yes("exchanges") },
  { id: "commercialGuarantee", path: "guarantees", kind: "confirm", default: false, present: (v) => v },
  { id: "guaranteeMonths", path: "guarantees.commercial.months", kind: "number", default: 24, when: yes("commercialGuarantee") },
  { id: "guaranteeText", path: "guarantees.commercial.text", kind: "text", when: yes("commercialGuarantee"), placeholder: "Garantie" },

  // Contact and disputes.
  { id: "supportEmail", path: "support.email", kind: "text", optional: true, parse: "email", default: (a) => (typeof a.email === "string" ? a.email : undefined) },
  { id: "supportPhone", path: "support.phone", kind: "text", optional: true, default: (a) => (typeof a.phone === "string" ? a.phone : undefined) },
  { id: "supportHours", path: "support.hours", kind: "text", optional: true },
  { id: "supportChat", path: "support.chat", kind: "confirm", default: false },
  { id: "supportContactForm", path: "support.contactForm", kind: "text", optional: true, parse: "url" },
  { id: "mediator", path: "mediator", kind: "confirm", default: true, present: (v) => v },
  { id: "mediatorName", path: "mediator.name", kind: "text", when: yes("mediator"), placeholder: "Médiateur" },
  { id: "mediatorWebsite", path: "mediator.website", kind: "text", when: yes("mediator"), placeholder: "https://example.fr", parse: "url" },
  { id: "customClauses", path: "customClauses", kind: "clauses", optional: true },
];

/** Whether a question is asked: its own condition, and no return question for a shop that delivers nothing. */
export const applies = (q: Question, a: Answers): boolean => (q.path.startsWith("returns.") && sellsOnlyServices(a.sectors) ? false : (q.when?.(a) ?? true));

export function defaultOf(q: Question, a: Answers): AnswerValue | undefined {
  return typeof q.default === "function" ? q.default(a) : q.default;
}

export function choicesOf(q: Question, a: Answers): readonly string[] {
  return typeof q.choices === "function" ? q.choices(a) : (q.choices ?? []);
}

/** The recap's groups, each starting at a question (in QUESTIONS order): the owner changes a group at a time. */
export const GROUPS = [
  { id: "shop", first: "shopName" },
  { id: "withdrawal", first: "withdrawalDays" },
  { id: "returns", first: "payer" },
  { id: "refunds", first: "refundDays" },
  { id: "extras", first: "exchanges" },
  { id: "contact", first: "supportEmail" },
  { id: "clauses", first: "customClauses" },
] as const;

export function groupOf(q: Question): string {
  const index = QUESTIONS.indexOf(q);
  let group: string = GROUPS[0].id;
  for (const g of GROUPS) if (QUESTIONS.findIndex((x) => x.id === g.first) <= index) group = g.id;
  return group;
}
