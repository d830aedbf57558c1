/**
 * The rule cases, one entry per rule of the French ruleset (test/rules.test.ts runs them with
 * RuleTester; test/rule-paths.test.ts reads the configs they make). Each case extends
 * examples/atelier-lumiere.yaml (lawful) and changes one thing; line 1 of the case file is
 * `extends: ./base.yaml`, so the case's first line is line 2.
 */
import type { Severity } from "../src/text/findings.js";
import { PATTERNS } from "../src/law/fr/clauses/patterns.js";
import { MEDIATOR_LIST_URL, MEDIATORS_CHECKED_ON } from "../src/law/fr/mediators.js";
import { frenchTypography } from "../src/text/typography.js";
import { exampleText } from "./helpers.js";
import { BASE_FILE, type InvalidCase, type RuleCases } from "./rule-tester.js";

const withoutGuestAccess = exampleText.replace(/    guestAccess: true\n/u, "");

/** A case with one custom clause; the clause text sits on line 4 of the case file. */
export const clause = (text: string) => `customClauses:\n  - title: Précision\n    text: ${JSON.stringify(text)}\n`;

/** The rewrite a clause pattern suggests, as a wording rule's data holds it. */
function rewriteOf(pattern: string): { rewriteFr: string; rewriteEn: string } {
  const p = PATTERNS.find((q) => q.id === pattern);
  if (!p) throw new Error(`no clause pattern ${pattern}`);
  return { rewriteFr: frenchTypography(p.rewrite.fr), rewriteEn: p.rewrite.en };
}

/**
 * One custom clause that one pattern of the rule finds: the sentence quoted, the pattern's
 * rewrite, and `at` = [line, column, endLine, endColumn] of the words that set it off.
 */
export function clauseCase(
  text: string,
  e: { messageId?: string; quote: string; pattern: string; at: [number, number, number, number]; severity?: Severity },
): InvalidCase {
  const [line, column, endLine, endColumn] = e.at;
  return {
    yaml: clause(text),
    errors: [
      {
        messageId: e.messageId ?? "found",
        data: { quote: e.quote, ...rewriteOf(e.pattern) },
        path: "customClauses.0.text",
        line,
        column,
        endLine,
        endColumn,
        ...(e.severity ? { severity: e.severity } : {}),
      },
    ],
  };
}

/** The example without its online withdrawal function. */
export const baseWithoutFunction = (text: string) => text.replace(/  onlineFunction:\n(    .*\n)+/u, "");

export const RULE_CASES: Record<string, RuleCases> = {
  "withdrawal-days": {
    valid: [
      "withdrawal:\n  days: 14\n",
      "withdrawal:\n  days: 30\n",
    ],
    invalid: [
      { yaml: "withdrawal:\n  days: 13\n", errors: [{ messageId: "tooShort", data: { days: 13 }, path: "withdrawal.days", line: 3, column: 9, endLine: 3, endColumn: 11 }] },
      {
        yaml: "withdrawal:\n  days: 10\n",
        errors: [
          { messageId: "tooShort", data: { days: 10 }, path: "withdrawal.days", line: 3, column: 9, endLine: 3, endColumn: 11 },
        ],
      },
    ],
  },
  "ship-back-days": {
    valid: [
      "returns:\n  shipBackDays: 14\n",
      "returns:\n  shipBackDays: 21\n",
    ],
    invalid: [
      { yaml: "returns:\n  shipBackDays: 13\n", errors: [{ messageId: "tooShort", data: { days: 13 }, path: "returns.shipBackDays", line: 3, column: 17, endLine: 3, endColumn: 19 }] },
      {
        yaml: "returns:\n  shipBackDays: 7\n",
        errors: [
          { messageId: "tooShort", data: { days: 7 }, path: "returns.shipBackDays", line: 3, column: 17, endLine: 3, endColumn: 18 },
        ],
      },
    ],
  },
  "refund-days": {
    valid: [
      "refunds:\n  days: 14\n",
      "refunds:\n  days: 5\n",
    ],
    invalid: [
      { yaml: "refunds:\n  days: 15\n", errors: [{ messageId: "tooLate", data: { days: 15 }, path: "refunds.days", line: 3, column: 9, endLine: 3, endColumn: 11 }] },
      {
        yaml: "refunds:\n  days: 30\n",
        errors: [
          { messageId: "tooLate", data: { days: 30 }, path: "refunds.days", line: 3, column: 9, endLine: 3, endColumn: 11 },
        ],
      },
    ],
  },
  "restocking-fee": {
    valid: [
      "refunds:\n  restockingFee: 0\n",
    ],
    invalid: [
      { yaml: "refunds:\n  restockingFee: 0.01\n", errors: [{ messageId: "fee", data: { fee: 0.01 }, path: "refunds.restockingFee", line: 3, column: 18, endLine: 3, endColumn: 22 }] },
      {
        yaml: "refunds:\n  restockingFee: 4.5\n",
        errors: [
          { messageId: "fee", data: { fee: 4.5 }, path: "refunds.restockingFee", line: 3, column: 18, endLine: 3, endColumn: 21 },
        ],
      },
    ],
  },
  "initial-shipping": {
    valid: [
      "refunds:\n  initialShipping: refunded\n",
    ],
    invalid: [
      {
        yaml: "refunds:\n  initialShipping: not-refunded\n",
        errors: [
          { messageId: "notRefunded", path: "refunds.initialShipping", line: 3, column: 20, endLine: 3, endColumn: 32 },
        ],
      },
    ],
  },
  "refund-method": {
    valid: [
      "refunds:\n  method: original-payment\n",
      "refunds:\n  method: original-payment-or-credit\n",
    ],
    invalid: [
      {
        yaml: "refunds:\n  method: credit-only\n",
        errors: [
          { messageId: "creditOnly", path: "refunds.method", line: 3, column: 11, endLine: 3, endColumn: 22 },
        ],
      },
    ],
  },
  "original-packaging": {
    valid: [
      "returns:\n  originalPackaging: preferred\n",
      "returns:\n  originalPackaging: not-required\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  originalPackaging: required\n",
        errors: [
          { messageId: "required", path: "returns.originalPackaging", line: 3, column: 22, endLine: 3, endColumn: 30 },
        ],
      },
    ],
  },
  "capped-cost": {
    valid: [
      "returns:\n  costs:\n    payer: capped\n    cap: 4.9\n",
      "returns:\n  costs:\n    payer: merchant\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  costs:\n    payer: capped\n",
        base: exampleText.replace("    cap: 5.95\n", ""),
        errors: [
          { messageId: "missing", path: "returns.costs.payer", line: 4, column: 12, endLine: 4, endColumn: 18 },
        ],
      },
    ],
  },
  "online-withdrawal-function": {
    valid: [
      "effectiveDate: 2026-12-01\n",
      { yaml: "effectiveDate: 2026-06-18\nwithdrawal:\n  days: 14\n", base: baseWithoutFunction(exampleText) },
      { yaml: "shop:\n  online: false\n", base: baseWithoutFunction(exampleText) },
    ],
    invalid: [
      {
        yaml: "effectiveDate: 2026-06-19\nwithdrawal:\n  days: 14\n",
        base: baseWithoutFunction(exampleText),
        errors: [
          { messageId: "missing", path: "withdrawal", line: 3, column: 1, endLine: 3, endColumn: 11 },
        ],
      },
      {
        yaml: "effectiveDate: 2026-01-10\nwithdrawal:\n  days: 14\n",
        base: baseWithoutFunction(exampleText),
        asOf: "2026-07-01",
        errors: [
          { messageId: "missing", path: "withdrawal", line: 3, column: 1, endLine: 3, endColumn: 11 },
        ],
      },
    ],
  },
  "online-withdrawal-function-soon": {
    valid: [
      "effectiveDate: 2026-03-01\n",
      { yaml: "effectiveDate: 2026-06-19\nwithdrawal:\n  days: 14\n", base: baseWithoutFunction(exampleText) },
    ],
    invalid: [
      {
        yaml: "effectiveDate: 2026-06-18\nwithdrawal:\n  days: 14\n",
        base: baseWithoutFunction(exampleText),
        errors: [
          { messageId: "soon", path: "withdrawal", line: 3, column: 1, endLine: 3, endColumn: 11 },
        ],
      },
    ],
  },
  "withdrawal-unit": {
    valid: [
      "withdrawal:\n  unit: calendar-days\n",
    ],
    invalid: [
      {
        yaml: "withdrawal:\n  unit: working-days\n",
        errors: [
          { messageId: "working", path: "withdrawal.unit", line: 3, column: 9, endLine: 3, endColumn: 21 },
        ],
      },
    ],
  },
  "withdrawal-start": {
    valid: [
      "withdrawal:\n  startsFrom: receipt\n",
      "sectors: [digital-content]\nwithdrawal:\n  startsFrom: order\n  expressWaiver: true\n",
    ],
    invalid: [
      {
        yaml: "withdrawal:\n  startsFrom: order\n",
        errors: [
          { messageId: "early", path: "withdrawal.startsFrom", line: 3, column: 15, endLine: 3, endColumn: 20 },
        ],
      },
    ],
  },
  "withdrawal-reason": {
    valid: [
      "withdrawal:\n  reasonRequired: false\n",
    ],
    invalid: [
      {
        yaml: "withdrawal:\n  reasonRequired: true\n",
        errors: [
          { messageId: "required", path: "withdrawal.reasonRequired", line: 3, column: 19, endLine: 3, endColumn: 23 },
        ],
      },
    ],
  },
  "withdrawal-channels": {
    valid: [
      "withdrawal:\n  requires: []\n",
    ],
    invalid: [
      {
        yaml: "withdrawal:\n  requires: [registered-letter, prior-approval]\n",
        errors: [
          { messageId: "imposed", data: { what: "registered-letter" }, path: "withdrawal.requires.0", line: 3, column: 14, endLine: 3, endColumn: 31 },
          { messageId: "imposed", data: { what: "prior-approval" }, path: "withdrawal.requires.1", line: 3, column: 33, endLine: 3, endColumn: 47 },
        ],
      },
    ],
  },
  "online-function-label": {
    valid: [
      "withdrawal:\n  onlineFunction:\n    label: Renoncer au contrat ici\n",
      "withdrawal:\n  onlineFunction:\n    label: Me rétracter de ma commande\n",
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Retours\n", asOf: "2026-06-18" },
    ],
    invalid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Retours\n", asOf: "2026-06-19", errors: [{ messageId: "unclear", data: { label: "Retours" }, path: "withdrawal.onlineFunction.label", line: 4, column: 12, endLine: 4, endColumn: 19 }] },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    label: Retours\n",
        errors: [
          { messageId: "unclear", data: { label: "Retours" }, path: "withdrawal.onlineFunction.label", line: 4, column: 12, endLine: 4, endColumn: 19 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    label: Withdraw here\n",
        errors: [
          { messageId: "unclear", data: { label: "Withdraw here" }, path: "withdrawal.onlineFunction.label", line: 4, column: 12, endLine: 4, endColumn: 25 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    label: Politique de rétractation\n",
        errors: [
          { messageId: "unclear", data: { label: "Politique de rétractation" }, path: "withdrawal.onlineFunction.label", line: 4, column: 12, endLine: 4, endColumn: 37 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    label: Renoncer à la newsletter\n",
        errors: [
          { messageId: "unclear", data: { label: "Renoncer à la newsletter" }, path: "withdrawal.onlineFunction.label", line: 4, column: 12, endLine: 4, endColumn: 36 },
        ],
      },
    ],
  },
  "online-function-confirm": {
    valid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Envoyer\n", asOf: "2026-06-18" },
      "withdrawal:\n  onlineFunction:\n    confirmLabel: Valider ma rétractation\n",
      "withdrawal:\n  onlineFunction:\n    confirmLabel: Je confirme ma rétractation\n",
    ],
    invalid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Envoyer\n", asOf: "2026-06-19", errors: [{ messageId: "unclear", data: { label: "Envoyer" }, path: "withdrawal.onlineFunction.confirmLabel", line: 4, column: 19, endLine: 4, endColumn: 26 }] },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Envoyer\n",
        errors: [
          { messageId: "unclear", data: { label: "Envoyer" }, path: "withdrawal.onlineFunction.confirmLabel", line: 4, column: 19, endLine: 4, endColumn: 26 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: \"Confirmer : je ne me rétracte pas\"\n",
        errors: [
          { messageId: "unclear", data: { label: "Confirmer : je ne me rétracte pas" }, path: "withdrawal.onlineFunction.confirmLabel", line: 4, column: 19, endLine: 4, endColumn: 54 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Rétractation\n",
        errors: [
          { messageId: "unclear", data: { label: "Rétractation" }, path: "withdrawal.onlineFunction.confirmLabel", line: 4, column: 19, endLine: 4, endColumn: 31 },
        ],
      },
    ],
  },
  "online-function-ack": {
    valid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    acknowledgement: false\n", asOf: "2026-06-18" },
      "withdrawal:\n  onlineFunction:\n    acknowledgement: true\n",
    ],
    invalid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    acknowledgement: false\n", asOf: "2026-06-19", errors: [{ messageId: "missing", path: "withdrawal.onlineFunction.acknowledgement", line: 4, column: 22, endLine: 4, endColumn: 27 }] },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    acknowledgement: false\n",
        errors: [
          { messageId: "missing", path: "withdrawal.onlineFunction.acknowledgement", line: 4, column: 22, endLine: 4, endColumn: 27 },
        ],
      },
    ],
  },
  "return-cost-consistency": {
    valid: [
      "returns:\n  costs: { payer: capped, cap: 5.95 }\n  methods: [{ type: post, label: printable, price: 5.95 }]\n",
      "returns:\n  costs: { payer: merchant }\n  methods:\n    - { type: post, label: prepaid, price: 0 }\n",
    ],
    invalid: [
      { yaml: "returns:\n  costs: { payer: merchant }\n  methods: [{ type: post, label: prepaid, price: 0.01 }]\n", errors: [{ messageId: "merchantPrice", data: { price: 0.01 }, path: "returns.methods.0.price", line: 4, column: 50, endLine: 4, endColumn: 54 }] },
      { yaml: "returns:\n  costs: { payer: capped, cap: 5.95 }\n  methods: [{ type: post, label: printable, price: 5.96 }]\n", errors: [{ messageId: "aboveCap", data: { price: 5.96, cap: 5.95 }, path: "returns.methods.0.price", line: 4, column: 52, endLine: 4, endColumn: 56, severity: "warning" }] },
      {
        yaml: "returns:\n  costs: { payer: merchant }\n  methods:\n    - { type: post, label: prepaid, price: 4.9 }\n",
        errors: [
          { messageId: "merchantPrice", data: { price: 4.9 }, path: "returns.methods.0.price", line: 5, column: 44, endLine: 5, endColumn: 47 },
        ],
      },
      {
        yaml: "returns:\n  methods:\n    - { type: post, label: printable, price: 9 }\n",
        errors: [
          { messageId: "aboveCap", data: { price: 9, cap: 5.95 }, path: "returns.methods.0.price", line: 4, column: 46, endLine: 4, endColumn: 47, severity: "warning" },
        ],
      },
    ],
  },
  "bulky-return-cost": {
    valid: [
      "sectors: [furniture]\nreturns:\n  costs: { payer: customer, bulkyEstimate: 79 }\n",
      "sectors: [furniture]\nreturns:\n  costs: { payer: merchant }\n  methods: [{ type: pickup }]\n",
      "returns:\n  bulky: true\n  costs: { payer: capped, cap: 5.95 }\n",
    ],
    invalid: [
      {
        yaml: "sectors: [furniture]\nreturns:\n  costs: { payer: customer }\n",
        errors: [
          { messageId: "missing", path: "returns.costs", line: 4, column: 3, endLine: 4, endColumn: 8 },
        ],
      },
      {
        yaml: "returns:\n  bulky: true\n  costs: { payer: customer }\n  methods: [{ type: post, label: customer }]\n",
        errors: [
          { messageId: "missing", path: "returns.costs", line: 4, column: 3, endLine: 4, endColumn: 8 },
        ],
      },
    ],
  },
  "item-condition": {
    valid: [
      "returns:\n  condition: examined\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  condition: tags-attached\n",
        errors: [
          { messageId: "condition", path: "returns.condition", line: 3, column: 14, endLine: 3, endColumn: 27 },
        ],
      },
    ],
  },
  "return-authorization": {
    valid: [
      "returns:\n  authorizationNumber: true\n  authorizationRequired: false\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  authorizationRequired: true\n",
        errors: [
          { messageId: "required", path: "returns.authorizationRequired", line: 3, column: 26, endLine: 3, endColumn: 30 },
        ],
      },
    ],
  },
  "refund-hold": {
    valid: [
      "refunds:\n  holdUntil: goods-or-proof\n",
      "refunds:\n  waitForGoods: false\n  holdUntil: inspection\n",
    ],
    invalid: [
      {
        yaml: "refunds:\n  holdUntil: inspection\n",
        errors: [
          { messageId: "tooLong", path: "refunds.holdUntil", line: 3, column: 14, endLine: 3, endColumn: 24 },
        ],
      },
    ],
  },
  "exceptions-display": {
    valid: [
      "sectors: [fashion, electronics]\n",
      "sectors: [cosmetics]\nwithdrawal:\n  exceptionsOnProductPage: true\n",
    ],
    invalid: [
      {
        yaml: "sectors: [cosmetics]\n",
        errors: [
          { messageId: "display", data: { items: "L221-28 5°" }, path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 21 },
        ],
      },
      {
        yaml: "sectors: [books-media]\n",
        errors: [
          { messageId: "display", data: { items: "L221-28 9°" }, path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 23 },
        ],
      },
      {
        yaml: "sectors: [leisure-services]\n",
        errors: [
          { messageId: "display", data: { items: "L221-28 12°" }, path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 28 },
        ],
      },
      {
        yaml: "sectors: [fashion]\nwithdrawal:\n  exceptions: [3]\n",
        errors: [
          { messageId: "display", data: { items: "L221-28 3°" }, path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 19 },
        ],
      },
    ],
  },
  "digital-content-waiver": {
    valid: [
      "sectors: [digital-content]\nwithdrawal:\n  expressWaiver: true\n",
      "sectors: [software]\nwithdrawal:\n  expressWaiver: true\n",
      "sectors: [leisure-services]\n",
    ],
    invalid: [
      {
        yaml: "sectors: [digital-content]\n",
        errors: [
          { messageId: "missing", path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 27 },
        ],
      },
      {
        yaml: "sectors: [electronics, software]\n",
        errors: [
          { messageId: "missing", path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 33 },
        ],
      },
      {
        yaml: "sectors: [digital-content]\nwithdrawal:\n  exceptions: [13]\n",
        errors: [
          { messageId: "exceptionWithoutWaiver", data: { item: 13 }, path: "withdrawal.exceptions.0", line: 4, column: 16, endLine: 4, endColumn: 18, severity: "error" },
          { messageId: "missing", path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 27 },
        ],
      },
    ],
  },
  "custom-made-scope": {
    valid: [
      "sectors: [furniture]\nreturns:\n  costs: { payer: merchant }\n",
    ],
    invalid: [
      {
        yaml: "sectors: [custom-made]\n",
        errors: [
          { messageId: "scope", path: "sectors", line: 2, column: 10, endLine: 2, endColumn: 23 },
        ],
      },
    ],
  },
  "shop-identification": {
    valid: [
      "shop:\n  rcs: \"RCS Lyon 123 456 789\"\n",
    ],
    invalid: [
      {
        yaml: "",
        base: exampleText.replace(/  siret: .*\n/u, ""),
        errors: [
          { messageId: "missing", path: "shop", line: 8, column: 1, endLine: 8, endColumn: 5, file: BASE_FILE },
        ],
      },
    ],
  },
  mediator: {
    valid: [
      "mediator: { name: CM2C, website: https://www.cm2c.net }\n",
      "mediator: { name: Le médiateur FEVAD, website: https://mediateurfevad.fr }\n",
    ],
    invalid: [
      {
        yaml: "",
        base: exampleText.replace(/mediator:\n(  .*\n)+/u, ""),
        errors: [
          { messageId: "missing", path: "mediator", line: 1, column: 1, endLine: 1, endColumn: 21 },
        ],
      },
      {
        yaml: "mediator: { name: MEDICYS, website: https://www.medicys.fr }\n",
        errors: [
          { messageId: "withdrawn", data: { name: "MEDICYS", list: MEDIATOR_LIST_URL, checked: MEDIATORS_CHECKED_ON, sinceFr: "15\u00A0février 2021", sinceEn: "15 February 2021" }, path: "mediator.name", line: 2, column: 19, endLine: 2, endColumn: 26 },
        ],
      },
      {
        yaml: "mediator: { name: Médiateur du Livre, website: https://www.mediateurdulivre.fr }\n",
        errors: [
          { messageId: "notConsumer", data: { name: "Médiateur du Livre", list: MEDIATOR_LIST_URL, checked: MEDIATORS_CHECKED_ON }, path: "mediator.name", line: 2, column: 19, endLine: 2, endColumn: 37 },
        ],
      },
      {
        yaml: "mediator: { name: Médiation Dupont, website: https://mediation-dupont.example }\n",
        errors: [
          { messageId: "unknown", data: { name: "Médiation Dupont", list: MEDIATOR_LIST_URL, checked: MEDIATORS_CHECKED_ON }, path: "mediator.name", line: 2, column: 19, endLine: 2, endColumn: 35, severity: "warning" },
        ],
      },
    ],
  },
  "b2b-buyers": {
    valid: [
      "shop:\n  b2b: false\n",
    ],
    invalid: [
      {
        yaml: "shop:\n  b2b: true\n",
        errors: [
          { messageId: "b2b", path: "shop.b2b", line: 3, column: 8, endLine: 3, endColumn: 12 },
        ],
      },
    ],
  },
  "cap-amount": {
    valid: [
      "returns:\n  costs: { payer: capped, cap: 0.01 }\n  methods: [{ type: post, label: printable, price: 0 }]\n",
      "returns:\n  costs: { payer: capped, cap: 15 }\n",
      "returns:\n  costs: { payer: capped, cap: 6.5 }\n",
    ],
    invalid: [
      { yaml: "returns:\n  costs: { payer: capped, cap: 15.01 }\n", errors: [{ messageId: "high", data: { cap: 15.01, typical: 15 }, path: "returns.costs.cap", line: 3, column: 32, endLine: 3, endColumn: 37 }] },
      {
        yaml: "returns:\n  costs: { payer: capped, cap: 0 }\n",
        errors: [
          { messageId: "zero", path: "returns.costs.cap", line: 3, column: 32, endLine: 3, endColumn: 33 },
        ],
      },
      {
        yaml: "returns:\n  costs: { payer: capped, cap: 49 }\n  methods: [{ type: post, label: printable, price: 6 }]\n",
        errors: [
          { messageId: "high", data: { cap: 49, typical: 15 }, path: "returns.costs.cap", line: 3, column: 32, endLine: 3, endColumn: 34 },
        ],
      },
      {
        yaml: "returns:\n  costs: { payer: customer, cap: 5 }\n",
        errors: [
          { messageId: "unused", path: "returns.costs.cap", line: 3, column: 34, endLine: 3, endColumn: 35 },
        ],
      },
    ],
  },
  "free-for-sectors": {
    valid: [
      "returns:\n  costs: { freeFor: [shoes] }\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  costs: { freeFor: [fashion, toys] }\n",
        errors: [
          { messageId: "unknown", data: { sector: "toys" }, path: "returns.costs.freeFor.1", line: 3, column: 31, endLine: 3, endColumn: 35 },
        ],
      },
      {
        yaml: "returns:\n  costs: { payer: merchant, freeFor: [shoes] }\n",
        errors: [
          { messageId: "merchant", path: "returns.costs.freeFor", line: 3, column: 38, endLine: 3, endColumn: 45 },
        ],
      },
    ],
  },
  "drop-off-locations": {
    valid: [
      "returns:\n  methods:\n    - { type: store, locations: [\"1 rue A, 75001 Paris\"] }\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  methods:\n    - type: post\n    - type: store\n",
        errors: [
          { messageId: "missing", path: "returns.methods.1.type", line: 5, column: 13, endLine: 5, endColumn: 18 },
        ],
      },
    ],
  },
  "prepaid-label-price": {
    valid: [
      "returns:\n  costs: { payer: customer }\n  methods: [{ type: post, label: prepaid, price: 5.5 }]\n",
    ],
    invalid: [
      {
        yaml: "returns:\n  costs: { payer: customer }\n  methods:\n    - { type: post, label: prepaid }\n",
        errors: [
          { messageId: "noPrice", path: "returns.methods.0.label", line: 5, column: 28, endLine: 5, endColumn: 35 },
        ],
      },
    ],
  },
  "second-hand-presumption": {
    valid: [
      { yaml: "shop:\n  secondHand: true\ncustomClauses:\n  - title: Précision\n    text: \"Nos téléphones reconditionnés sont testés.\"\n" },
    ],
    invalid: [
      {
        yaml: clause("Nos téléphones reconditionnés sont testés."),
        errors: [
          { messageId: "secondHand", path: "customClauses.0.text", line: 4, column: 27, endLine: 4, endColumn: 41 },
        ],
      },
    ],
  },
  "hostile-wording": {
    valid: [
      clause("Merci de nous prévenir avant de renvoyer un colis volumineux."),
    ],
    invalid: [
      clauseCase("Nous refusons les colis envoyés en port dû.", { messageId: "hostile", quote: "Nous refusons les colis envoyés en port dû", pattern: "hostile-we-refuse", at: [4, 12, 4, 16] }),
      clauseCase("Nous n’acceptons pas les retours sans bon.", { messageId: "hostile", quote: "Nous n’acceptons pas les retours sans bon", pattern: "hostile-we-refuse", at: [4, 12, 4, 16] }),
      clauseCase("Aucun retour ne sera accepté après le délai.", { messageId: "hostile", quote: "Aucun retour ne sera accepté après le délai", pattern: "hostile-none-accepted", at: [4, 12, 4, 17] }),
    ],
  },
  "clause-abusive": {
    valid: [
      clause("En cas de litige, vous pouvez saisir gratuitement notre médiateur ou le tribunal."),
    ],
    invalid: [
      clauseCase("NOUS NOUS DÉGAGEONS DE TOUTE RESPONSABILITÉ en cas d'erreur d'adresse.", { quote: "NOUS NOUS DÉGAGEONS DE TOUTE RESPONSABILITÉ en cas d'erreur d'adresse", pattern: "liability-excluded", at: [4, 22, 4, 55] }),
      clauseCase("La boutique ne saurait être tenue responsable d'un retard.", { quote: "La boutique ne saurait être tenue responsable d'un retard", pattern: "liability-excluded", at: [4, 46, 4, 57] }),
      clauseCase("Tout litige sera soumis à un arbitrage, à l’exclusion des tribunaux.", { quote: "Tout litige sera soumis à un arbitrage, à l’exclusion des tribunaux", pattern: "arbitration-imposed", at: [4, 41, 4, 50] }),
    ],
  },
  // The examples say their withdrawal page is open to guests; without that, the words of the address are judged.
  "online-function-access": {
    valid: [
      "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/retractation\n",
      "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n    guestAccess: true\n",
      { yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n", asOf: "2026-06-18" },
      "withdrawal:\n  onlineFunction:\n    location: Lien « Rétractation » en bas de chaque page\n    guestAccess: true\n",
      "withdrawal:\n  onlineFunction:\n    location: Mon compte, ou sans compte depuis le bas de chaque page\n    guestAccess: true\n",
    ],
    invalid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n", base: withoutGuestAccess, asOf: "2026-06-19", errors: [{ messageId: "login", data: { where: "https://atelier-lumiere.fr/compte/retractation" }, path: "withdrawal.onlineFunction.url", line: 4, column: 10, endLine: 4, endColumn: 56 }] },
      {
        base: withoutGuestAccess,
        yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n",
        errors: [
          { messageId: "login", data: { where: "https://atelier-lumiere.fr/compte/retractation" }, path: "withdrawal.onlineFunction.url", line: 4, column: 10, endLine: 4, endColumn: 56 },
        ],
      },
      {
        base: withoutGuestAccess,
        yaml: "withdrawal:\n  onlineFunction:\n    location: Mon compte > Mes commandes\n",
        errors: [
          { messageId: "login", data: { where: "Mon compte > Mes commandes" }, path: "withdrawal.onlineFunction.location", line: 4, column: 15, endLine: 4, endColumn: 41 },
        ],
      },
      {
        // Open to guests (the example says so), yet placed in the account area.
        yaml: "withdrawal:\n  onlineFunction:\n    location: Mon compte > Mes achats > Renoncer au contrat ici\n",
        errors: [
          { messageId: "accountPlace", data: { where: "Mon compte > Mes achats > Renoncer au contrat ici" }, path: "withdrawal.onlineFunction.location", line: 4, column: 15, endLine: 4, endColumn: 64 },
        ],
      },
      {
        yaml: "withdrawal:\n  onlineFunction:\n    guestAccess: false\n",
        errors: [{ messageId: "guests", path: "withdrawal.onlineFunction.guestAccess", line: 4, column: 18, endLine: 4, endColumn: 23 }],
      },
    ],
  },
  "shop-phone": {
    valid: [
      "support:\n  phone: \"01 00 00 00 00\"\n",
    ],
    invalid: [
      {
        yaml: "",
        base: exampleText.replace(/  phone: .*\n/gu, ""),
        errors: [
          { messageId: "missing", path: "shop", line: 8, column: 1, endLine: 8, endColumn: 5, file: BASE_FILE },
        ],
      },
    ],
  },
  "commercial-guarantee": {
    valid: [
      "guarantees:\n  commercial: { months: 25, text: \"Réparation gratuite des coutures pendant 2 ans.\", territory: France }\n",
      "guarantees:\n  commercial: { months: 36, text: \"Pièces et main-d'œuvre pendant 3 ans.\", territory: France }\n",
    ],
    invalid: [
      {
        yaml: "guarantees:\n  commercial: { months: 24, text: \"Réparation gratuite des coutures pendant 2 ans.\", territory: France }\n",
        errors: [
          { messageId: "overlap", data: { months: 24 }, path: "guarantees.commercial.text", line: 3, column: 35, endLine: 3, endColumn: 84 },
        ],
      },
      {
        yaml: "",
        base: exampleText.replace(/    territory: .*\n/u, ""),
        errors: [
          { messageId: "territory", path: "guarantees.commercial", line: 61, column: 3, endLine: 61, endColumn: 13, file: BASE_FILE },
        ],
      },
    ],
  },
  "clause-sale-items": {
    valid: [
      clause("Les articles soldés peuvent être retournés comme les autres."),
    ],
    invalid: [
      clauseCase("Les articles soldés ne sont ni repris ni échangés.", { quote: "Les articles soldés ne sont ni repris ni échangés", pattern: "sale-refused", at: [4, 25, 4, 31] }),
      clauseCase("Produits en promotion :\nnon remboursables.", { quote: "Produits en promotion : non remboursables", pattern: "sale-refused", at: [4, 24, 4, 33] }),
    ],
  },
  "clause-unsealed-hygiene": {
    valid: [
      clause("Les sous-vêtements ne sont pas repris une fois leur film d'hygiène descellé."),
    ],
    invalid: [
      clauseCase("Les sous-vêtements ne sont pas repris.", { quote: "Les sous-vêtements ne sont pas repris", pattern: "hygiene-unsealed", at: [4, 16, 4, 30] }),
      clauseCase("Les maillots de bain ne peuvent être échangés.", { quote: "Les maillots de bain ne peuvent être échangés", pattern: "hygiene-unsealed", at: [4, 16, 4, 32] }),
    ],
  },
  "clause-personalised": {
    valid: [
      clause("Les articles personnalisés à votre nom (gravure) ne sont pas repris."),
    ],
    invalid: [
      clauseCase("Les articles personnalisés ne sont pas repris.", { quote: "Les articles personnalisés ne sont pas repris", pattern: "made-to-order", at: [4, 25, 4, 38] }),
    ],
  },
  "clause-invented-exception": {
    valid: [
      clause("Les bouquets de fleurs fraîches ne peuvent pas être retournés."),
    ],
    invalid: [
      clauseCase("Les produits électroniques ne sont pas repris.", { quote: "Les produits électroniques ne sont pas repris", pattern: "invented-exception", at: [4, 51, 4, 57] }),
      clauseCase("Les accessoires sont exclus du droit de rétractation.", { quote: "Les accessoires sont exclus du droit de rétractation", pattern: "invented-exception", at: [4, 33, 4, 39] }),
    ],
  },
  "clause-credit-only": {
    valid: [
      clause("Si vous le préférez, nous vous remboursons en avoir."),
    ],
    invalid: [
      clauseCase("Les retours sont remboursés uniquement sous forme d'avoir.", { quote: "Les retours sont remboursés uniquement sous forme d'avoir", pattern: "credit-only", at: [4, 56, 4, 69] }),
      clauseCase("Tout retour est remboursé en bon d'achat.", { quote: "Tout retour est remboursé en bon d'achat", pattern: "credit-instead", at: [4, 41, 4, 52] }),
    ],
  },
  "clause-refund-method": {
    valid: [
      clause("Nous vous remboursons avec le moyen de paiement utilisé lors de la commande."),
      clause("Si vous avez payé par virement, nous vous remboursons par virement."),
    ],
    invalid: [
      clauseCase("Les remboursements sont effectués uniquement par virement bancaire.", { quote: "Les remboursements sont effectués uniquement par virement bancaire", pattern: "refund-means-imposed", at: [4, 16, 4, 30], severity: "warning" }),
    ],
  },
  "clause-packaging": {
    valid: [
      clause("Renvoyez l'article de préférence dans son emballage d'origine."),
    ],
    invalid: [
      clauseCase("L'emballage d'origine est obligatoire.", { quote: "L'emballage d'origine est obligatoire", pattern: "packaging-required", at: [4, 14, 4, 33] }),
      clauseCase("Tout article renvoyé sans son emballage d’origine sera refusé.", { quote: "Tout article renvoyé sans son emballage d’origine sera refusé", pattern: "packaging-missing-refused", at: [4, 42, 4, 61] }),
    ],
  },
  "clause-refund-delay": {
    valid: [
      clause("Remboursement sous 14 jours."),
      clause("Nous remboursons sous 7 jours."),
    ],
    invalid: [
      clauseCase("Remboursement sous 15 jours.", { quote: "Remboursement sous 15 jours", pattern: "refund-late", at: [4, 12, 4, 25] }),
      clauseCase("Remboursement sous 30 jours.", { quote: "Remboursement sous 30 jours", pattern: "refund-late", at: [4, 12, 4, 25] }),
      clauseCase("Le remboursement intervient après contrôle qualité de l'article.", { quote: "Le remboursement intervient après contrôle qualité de l'article", pattern: "refund-after-inspection", at: [4, 15, 4, 28] }),
    ],
  },
  "clause-working-days": {
    valid: [
      clause("Vous avez 14 jours pour changer d'avis."),
    ],
    invalid: [
      clauseCase("Vous disposez de 14 jours ouvrés pour nous renvoyer l'article.", { quote: "Vous disposez de 14 jours ouvrés pour nous renvoyer l'article", pattern: "working-days", at: [4, 32, 4, 44] }),
      clauseCase("Délai : 10 jours\nouvrables.", { quote: "Délai : 10 jours ouvrables", pattern: "working-days", at: [4, 23, 4, 28] }),
    ],
  },
  "clause-reason": {
    valid: [
      clause("Indiquer un motif est facultatif : il nous aide à progresser."),
    ],
    invalid: [
      clauseCase("Le motif du retour est obligatoire.", { quote: "Le motif du retour est obligatoire", pattern: "reason-required", at: [4, 15, 4, 20] }),
    ],
  },
  "clause-transport-risk": {
    valid: [
      clause("Si le colis semble abîmé, vous pouvez émettre des réserves auprès du livreur ; cela nous aide."),
    ],
    invalid: [
      clauseCase("Les marchandises voyagent aux risques et périls de l'acheteur.", { quote: "Les marchandises voyagent aux risques et périls de l'acheteur", pattern: "risk-peril", at: [4, 42, 4, 59] }),
      clauseCase("Nous ne sommes pas responsables des colis perdus par le transporteur.", { quote: "Nous ne sommes pas responsables des colis perdus par le transporteur", pattern: "not-responsible", at: [4, 31, 4, 43] }),
      clauseCase("Toute réserve doit être faite sous 48 h, faute de quoi aucun recours ne sera possible.", { quote: "Toute réserve doit être faite sous 48 h, faute de quoi aucun recours ne sera possible", pattern: "reservations-required", at: [4, 18, 4, 25] }),
    ],
  },
  "clause-item-condition": {
    valid: [
      clause("Un article porté peut faire l'objet d'une retenue pour dépréciation."),
    ],
    invalid: [
      clauseCase("Seuls les articles non portés avec leurs étiquettes sont acceptés.", { quote: "Seuls les articles non portés avec leurs étiquettes sont acceptés", pattern: "unworn-required", at: [4, 35, 4, 41] }),
      clauseCase("Les articles portés ne sont pas repris.", { quote: "Les articles portés ne sont pas repris", pattern: "worn-refused", at: [4, 25, 4, 31] }),
    ],
  },
  "clause-fees": {
    valid: [
      clause("Aucuns frais de traitement ne sont retenus."),
    ],
    invalid: [
      clauseCase("Des frais de traitement de 5 € sont retenus sur chaque retour.", { quote: "Des frais de traitement de 5 € sont retenus sur chaque retour", pattern: "fees", at: [4, 16, 4, 35] }),
    ],
  },
  "clause-guarantee": {
    valid: [
      clause("La garantie légale dure 24 mois."),
      clause("La garantie dure 2 ans."),
      clause("Notre garantie commerciale de 6 mois s'ajoute aux garanties légales."),
    ],
    invalid: [
      clauseCase("La garantie légale dure 23 mois.", { quote: "La garantie légale dure 23 mois", pattern: "guarantee-short", at: [4, 15, 4, 23] }),
      clauseCase("La garantie dure 1 an.", { quote: "La garantie dure 1 an", pattern: "guarantee-short", at: [4, 15, 4, 23] }),
      clauseCase("La garantie est limitée à 6 mois.", { quote: "La garantie est limitée à 6 mois", pattern: "guarantee-short", at: [4, 15, 4, 23] }),
      clauseCase("Pour un produit défectueux, les frais de retour restent à votre charge.", { quote: "Pour un produit défectueux, les frais de retour restent à votre charge", pattern: "defect-costs", at: [4, 28, 4, 38] }),
    ],
  },
  "clause-prior-approval": {
    valid: [
      clause("Un numéro de retour vous est proposé ; ce n'est pas une condition."),
    ],
    invalid: [
      clauseCase("Tout retour non autorisé sera refusé.", { quote: "Tout retour non autorisé sera refusé", pattern: "unapproved-refused", at: [4, 28, 4, 36] }),
      clauseCase("Le numéro de retour est obligatoire.", { quote: "Le numéro de retour est obligatoire", pattern: "approval-required", at: [4, 15, 4, 31] }),
    ],
  },
  "clause-channels": {
    valid: [
      clause("Vous pouvez aussi nous appeler si vous préférez."),
    ],
    invalid: [
      clauseCase("La rétractation se fait uniquement par lettre recommandée.", { quote: "La rétractation se fait uniquement par lettre recommandée", pattern: "channel-only", at: [4, 51, 4, 69] }),
    ],
  },
  "clause-odr-link": {
    valid: [
      clause("En cas de litige, contactez notre médiateur."),
    ],
    invalid: [
      clauseCase("Plateforme RLL : https://ec.europa.eu/consumers/odr", { quote: "Plateforme RLL : https://ec.europa.eu/consumers/odr", pattern: "odr-link", at: [4, 12, 4, 26] }),
    ],
  },
  "clause-reduces-rights": {
    valid: [
      clause("Pour un contenu numérique, vous pouvez renoncer à votre droit de rétractation par un accord exprès."),
    ],
    invalid: [
      clauseCase("En commandant, vous renoncez à votre droit de rétractation.", { quote: "En commandant, vous renoncez à votre droit de rétractation", pattern: "waiver", at: [4, 32, 4, 40] }),
      clauseCase("Le délai de rétractation est réduit à 7 jours.", { quote: "Le délai de rétractation est réduit à 7 jours", pattern: "right-reduced", at: [4, 41, 4, 47] }),
    ],
  },
  "clause-mediation": {
    valid: [
      clause("Vous pouvez saisir gratuitement notre médiateur ; vous gardez le droit d'aller devant le juge."),
    ],
    invalid: [
      clauseCase("La médiation préalable obligatoire s'applique avant toute action en justice.", { quote: "La médiation préalable obligatoire s'applique avant toute action en justice", pattern: "mediation-compulsory", at: [4, 15, 4, 24] }),
      clauseCase("Les frais de médiation restent à la charge du client.", { quote: "Les frais de médiation restent à la charge du client", pattern: "mediation-fees", at: [4, 25, 4, 34] }),
    ],
  },
  "clause-withdrawal-period": {
    valid: [
      clause("Vous avez 14 jours pour nous retourner un article."),
      clause("Vous avez 2 semaines pour nous retourner un article."),
      clause("Vous avez 14 jours à compter de la réception pour changer d'avis."),
      clause("Les commandes sont expédiées sous 2 jours."),
    ],
    invalid: [
      clauseCase("Vous avez 13 jours pour nous retourner un article.", { quote: "Vous avez 13 jours pour nous retourner un article", pattern: "period-short", at: [4, 22, 4, 30] }),
      clauseCase("Vous avez 7 jours pour nous retourner un article.", { quote: "Vous avez 7 jours pour nous retourner un article", pattern: "period-short", at: [4, 22, 4, 29] }),
      clauseCase("Le délai de rétractation court à compter de la date de commande.", { quote: "Le délai de rétractation court à compter de la date de commande", pattern: "period-from-order", at: [4, 59, 4, 75] }),
    ],
  },
  "clause-ship-back": {
    valid: [
      clause("L'article doit être renvoyé dans les 14 jours suivant votre demande."),
      clause("Renvoyez l'article au plus tard 14 jours après votre demande."),
    ],
    invalid: [
      clauseCase("L'article doit être renvoyé dans les 13 jours suivant votre demande.", { quote: "L'article doit être renvoyé dans les 13 jours suivant votre demande", pattern: "ship-back-short", at: [4, 49, 4, 57] }),
      clauseCase("L'article doit être renvoyé dans les 5 jours suivant votre demande.", { quote: "L'article doit être renvoyé dans les 5 jours suivant votre demande", pattern: "ship-back-short", at: [4, 49, 4, 56] }),
    ],
  },
  "clause-delivery-costs": {
    valid: [
      clause("Le supplément de la livraison express n'est pas remboursé."),
      clause("Les frais de livraison standard sont remboursés."),
    ],
    invalid: [
      clauseCase("Les frais de port ne sont pas remboursés.", { quote: "Les frais de port ne sont pas remboursés", pattern: "delivery-kept", at: [4, 16, 4, 29] }),
      clauseCase("Le remboursement se fait hors frais de livraison.", { quote: "Le remboursement se fait hors frais de livraison", pattern: "delivery-kept", at: [4, 42, 4, 60] }),
    ],
  },
  "clause-jurisdiction": {
    valid: [
      clause("En cas de litige, vous pouvez saisir le tribunal de votre domicile."),
    ],
    invalid: [
      clauseCase("Tout litige relève de la compétence exclusive des tribunaux de Paris.", { quote: "Tout litige relève de la compétence exclusive des tribunaux de Paris", pattern: "jurisdiction", at: [4, 37, 4, 47] }),
    ],
  },
};
