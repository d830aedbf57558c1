/** Table tests for the whole French catalogue: each rule with lawful and unlawful configs, positions included. */
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import type { Rule } from "../src/law/types.js";
import { exampleText } from "./helpers.js";
import { ruleTester, type InvalidCase, type ValidCase } from "./rule-tester.js";

const withoutGuestAccess = exampleText.replace(/    guestAccess: true\n/u, "");

const rule = (id: string): Rule => {
  const found = frRuleset.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/** A case with one custom clause; the clause text sits on line 4 of the case file. */
const clause = (text: string) => `customClauses:\n  - title: Précision\n    text: ${JSON.stringify(text)}\n`;
const clauseCase = (text: string, messageId = "found"): InvalidCase => ({ yaml: clause(text), findings: [{ messageId, path: "customClauses.0.text", line: 4 }] });

const cases: Record<string, { valid: (string | ValidCase)[]; invalid: InvalidCase[] }> = {
  "withdrawal-unit": {
    valid: ["withdrawal:\n  unit: calendar-days\n"],
    invalid: [{ yaml: "withdrawal:\n  unit: working-days\n", findings: [{ messageId: "working", path: "withdrawal.unit", line: 3, column: 9 }] }],
  },
  "withdrawal-start": {
    valid: ["withdrawal:\n  startsFrom: receipt\n", "sectors: [digital-content]\nwithdrawal:\n  startsFrom: order\n  expressWaiver: true\n"],
    invalid: [{ yaml: "withdrawal:\n  startsFrom: order\n", findings: [{ messageId: "early", path: "withdrawal.startsFrom", line: 3, column: 15 }] }],
  },
  "withdrawal-reason": {
    valid: ["withdrawal:\n  reasonRequired: false\n"],
    invalid: [{ yaml: "withdrawal:\n  reasonRequired: true\n", findings: [{ messageId: "required", path: "withdrawal.reasonRequired", line: 3, column: 19 }] }],
  },
  "withdrawal-channels": {
    valid: ["withdrawal:\n  requires: []\n"],
    invalid: [
      {
        yaml: "withdrawal:\n  requires: [registered-letter, prior-approval]\n",
        findings: [
          { messageId: "imposed", path: "withdrawal.requires.0", line: 3, column: 14 },
          { messageId: "imposed", path: "withdrawal.requires.1", line: 3, column: 33 },
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
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Retours\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.label", line: 4, column: 12 }] },
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Withdraw here\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.label" }] },
      // A word stem is not a clear wording (issue 13, point 12).
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Politique de rétractation\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.label" }] },
      { yaml: "withdrawal:\n  onlineFunction:\n    label: Renoncer à la newsletter\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.label" }] },
    ],
  },
  "online-function-confirm": {
    valid: ["withdrawal:\n  onlineFunction:\n    confirmLabel: Valider ma rétractation\n", "withdrawal:\n  onlineFunction:\n    confirmLabel: Je confirme ma rétractation\n"],
    invalid: [
      { yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Envoyer\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.confirmLabel", line: 4, column: 19 }] },
      // The stem is there, the meaning is the opposite (issue 13, point 12).
      { yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: \"Confirmer : je ne me rétracte pas\"\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.confirmLabel" }] },
      { yaml: "withdrawal:\n  onlineFunction:\n    confirmLabel: Rétractation\n", findings: [{ messageId: "unclear", path: "withdrawal.onlineFunction.confirmLabel" }] },
    ],
  },
  "online-function-ack": {
    valid: ["withdrawal:\n  onlineFunction:\n    acknowledgement: true\n"],
    invalid: [{ yaml: "withdrawal:\n  onlineFunction:\n    acknowledgement: false\n", findings: [{ messageId: "missing", path: "withdrawal.onlineFunction.acknowledgement", line: 4, column: 22 }] }],
  },
  "return-cost-consistency": {
    valid: ["returns:\n  costs: { payer: merchant }\n  methods:\n    - { type: post, label: prepaid, price: 0 }\n"],
    invalid: [
      { yaml: "returns:\n  costs: { payer: merchant }\n  methods:\n    - { type: post, label: prepaid, price: 4.9 }\n", findings: [{ messageId: "merchantPrice", path: "returns.methods.0.price", line: 5, column: 44 }] },
      { yaml: "returns:\n  methods:\n    - { type: post, label: printable, price: 9 }\n", findings: [{ messageId: "aboveCap", path: "returns.methods.0.price", severity: "warning" }] },
    ],
  },
  "bulky-return-cost": {
    valid: [
      "sectors: [furniture]\nreturns:\n  costs: { payer: customer, bulkyEstimate: 79 }\n",
      "sectors: [furniture]\nreturns:\n  costs: { payer: merchant }\n  methods: [{ type: pickup }]\n",
      // A cap bounds every return, bulky ones included (issue 13, point 12).
      "returns:\n  bulky: true\n  costs: { payer: capped, cap: 5.95 }\n",
    ],
    invalid: [
      { yaml: "sectors: [furniture]\nreturns:\n  costs: { payer: customer }\n", findings: [{ messageId: "missing", path: "returns.costs", line: 4, column: 3 }] },
      { yaml: "returns:\n  bulky: true\n  costs: { payer: customer }\n  methods: [{ type: post, label: customer }]\n", findings: [{ messageId: "missing", path: "returns.costs" }] },
    ],
  },
  "item-condition": {
    valid: ["returns:\n  condition: examined\n"],
    invalid: [{ yaml: "returns:\n  condition: tags-attached\n", findings: [{ messageId: "condition", path: "returns.condition", line: 3, column: 14 }] }],
  },
  "return-authorization": {
    valid: ["returns:\n  authorizationNumber: true\n  authorizationRequired: false\n"],
    invalid: [{ yaml: "returns:\n  authorizationRequired: true\n", findings: [{ messageId: "required", path: "returns.authorizationRequired", line: 3, column: 26 }] }],
  },
  "refund-hold": {
    valid: ["refunds:\n  holdUntil: goods-or-proof\n", "refunds:\n  waitForGoods: false\n  holdUntil: inspection\n"],
    invalid: [{ yaml: "refunds:\n  holdUntil: inspection\n", findings: [{ messageId: "tooLong", path: "refunds.holdUntil", line: 3, column: 14 }] }],
  },
  "exceptions-display": {
    valid: ["sectors: [fashion, electronics]\n", "sectors: [cosmetics]\nwithdrawal:\n  exceptionsOnProductPage: true\n"],
    invalid: [
      { yaml: "sectors: [cosmetics]\n", findings: [{ messageId: "display", path: "sectors", line: 2, column: 10 }] },
      // Every sector whose policy states an exception, not a fixed short list (issue 13, point 12).
      { yaml: "sectors: [books-media]\n", findings: [{ messageId: "display", path: "sectors" }] },
      { yaml: "sectors: [leisure-services]\n", findings: [{ messageId: "display", path: "sectors" }] },
      { yaml: "sectors: [fashion]\nwithdrawal:\n  exceptions: [3]\n", findings: [{ messageId: "display", path: "sectors" }] },
    ],
  },
  "digital-content-waiver": {
    valid: [
      "sectors: [digital-content]\nwithdrawal:\n  expressWaiver: true\n",
      "sectors: [software]\nwithdrawal:\n  expressWaiver: true\n",
      // Dated leisure services (12°) need no waiver (issue 13, point 3).
      "sectors: [leisure-services]\n",
    ],
    invalid: [
      { yaml: "sectors: [digital-content]\n", findings: [{ messageId: "missing", path: "sectors", line: 2, column: 10 }] },
      { yaml: "sectors: [electronics, software]\n", findings: [{ messageId: "missing", path: "sectors" }] },
      { yaml: "sectors: [digital-content]\nwithdrawal:\n  exceptions: [13]\n", findings: [{ messageId: "exceptionWithoutWaiver", path: "withdrawal.exceptions.0", severity: "error", line: 4 }, { messageId: "missing", path: "sectors" }] },
    ],
  },
  "custom-made-scope": {
    valid: ["sectors: [furniture]\nreturns:\n  costs: { payer: merchant }\n"],
    invalid: [{ yaml: "sectors: [custom-made]\n", findings: [{ messageId: "scope", path: "sectors", line: 2, column: 10 }] }],
  },
  "shop-identification": {
    valid: ['shop:\n  rcs: "RCS Lyon 123 456 789"\n'],
    invalid: [{ yaml: "", base: exampleText.replace(/  siret: .*\n/u, ""), findings: [{ messageId: "missing", path: "shop" }] }],
  },
  mediator: {
    valid: ["mediator: { name: CM2C, website: https://www.cm2c.net }\n", "mediator: { name: Le médiateur FEVAD, website: https://mediateurfevad.fr }\n"],
    invalid: [
      { yaml: "", base: exampleText.replace(/mediator:\n(  .*\n)+/u, ""), findings: [{ messageId: "missing", path: "mediator" }] },
      // Withdrawn from the CECMC list (decision of 15 February 2021): an error (issue 13, point 12).
      { yaml: "mediator: { name: MEDICYS, website: https://www.medicys.fr }\n", findings: [{ messageId: "withdrawn", path: "mediator.name", line: 2, column: 19 }] },
      // A book-price conciliator is not a consumer mediator.
      { yaml: "mediator: { name: Médiateur du Livre, website: https://www.mediateurdulivre.fr }\n", findings: [{ messageId: "notConsumer", path: "mediator.name" }] },
      // Unknown: a warning asking to check the CECMC list.
      { yaml: "mediator: { name: Médiation Dupont, website: https://mediation-dupont.example }\n", findings: [{ messageId: "unknown", path: "mediator.name", severity: "warning" }] },
    ],
  },
  "b2b-buyers": {
    valid: ["shop:\n  b2b: false\n"],
    invalid: [{ yaml: "shop:\n  b2b: true\n", findings: [{ messageId: "b2b", path: "shop.b2b", line: 3, column: 8 }] }],
  },
  "cap-amount": {
    valid: ["returns:\n  costs: { payer: capped, cap: 6.5 }\n"],
    invalid: [
      { yaml: "returns:\n  costs: { payer: capped, cap: 0 }\n", findings: [{ messageId: "zero", path: "returns.costs.cap", line: 3, column: 32 }] },
      { yaml: "returns:\n  costs: { payer: capped, cap: 49 }\n  methods: [{ type: post, label: printable, price: 6 }]\n", findings: [{ messageId: "high", path: "returns.costs.cap" }] },
      { yaml: "returns:\n  costs: { payer: customer, cap: 5 }\n", findings: [{ messageId: "unused", path: "returns.costs.cap" }] },
    ],
  },
  "free-for-sectors": {
    valid: ["returns:\n  costs: { freeFor: [shoes] }\n"],
    invalid: [
      { yaml: "returns:\n  costs: { freeFor: [fashion, toys] }\n", findings: [{ messageId: "unknown", path: "returns.costs.freeFor.1", line: 3, column: 31 }] },
      { yaml: "returns:\n  costs: { payer: merchant, freeFor: [shoes] }\n", findings: [{ messageId: "merchant", path: "returns.costs.freeFor" }] },
    ],
  },
  "drop-off-locations": {
    valid: ["returns:\n  methods:\n    - { type: store, locations: [\"1 rue A, 75001 Paris\"] }\n"],
    invalid: [{ yaml: "returns:\n  methods:\n    - type: post\n    - type: store\n", findings: [{ messageId: "missing", path: "returns.methods.1.type", line: 5, column: 13 }] }],
  },
  "prepaid-label-price": {
    valid: ["returns:\n  costs: { payer: customer }\n  methods: [{ type: post, label: prepaid, price: 5.5 }]\n"],
    invalid: [{ yaml: "returns:\n  costs: { payer: customer }\n  methods:\n    - { type: post, label: prepaid }\n", findings: [{ messageId: "noPrice", path: "returns.methods.0.label", line: 5, column: 28 }] }],
  },
  "second-hand-presumption": {
    valid: [{ yaml: `shop:\n  secondHand: true\n${clause("Nos téléphones reconditionnés sont testés.")}` }],
    invalid: [{ yaml: clause("Nos téléphones reconditionnés sont testés."), findings: [{ messageId: "secondHand", path: "customClauses.0.text", line: 4 }] }],
  },
  "hostile-wording": {
    valid: [clause("Merci de nous prévenir avant de renvoyer un colis volumineux.")],
    invalid: [
      clauseCase("Nous refusons les colis envoyés en port dû.", "hostile"),
      clauseCase("Nous n’acceptons pas les retours sans bon.", "hostile"),
      clauseCase("Aucun retour ne sera accepté après le délai.", "hostile"),
    ],
  },
  "clause-abusive": {
    valid: [clause("En cas de litige, vous pouvez saisir gratuitement notre médiateur ou le tribunal.")],
    invalid: [
      clauseCase("NOUS NOUS DÉGAGEONS DE TOUTE RESPONSABILITÉ en cas d'erreur d'adresse."),
      clauseCase("La boutique ne saurait être tenue responsable d'un retard."),
      clauseCase("Tout litige sera soumis à un arbitrage, à l’exclusion des tribunaux."),
    ],
  },
  // The examples say their withdrawal page is open to guests; without that, the words of the address are judged.
  "online-function-access": {
    valid: [
      "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/retractation\n",
      "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n    guestAccess: true\n",
      { yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n", asOf: "2026-06-18" },
    ],
    invalid: [
      { base: withoutGuestAccess, yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n", findings: [{ messageId: "login", path: "withdrawal.onlineFunction.url", line: 4, column: 10 }] },
      { base: withoutGuestAccess, yaml: "withdrawal:\n  onlineFunction:\n    location: Mon compte > Mes commandes\n", findings: [{ messageId: "login", path: "withdrawal.onlineFunction.location", line: 4 }] },
      { yaml: "withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/retractation\n    guestAccess: false\n", findings: [{ messageId: "guests", path: "withdrawal.onlineFunction.guestAccess", line: 5 }] },
    ],
  },
  "shop-phone": {
    valid: ["support:\n  phone: \"01 00 00 00 00\"\n"],
    invalid: [{ yaml: "", base: exampleText.replace(/  phone: .*\n/gu, ""), findings: [{ messageId: "missing", path: "shop" }] }],
  },
  "commercial-guarantee": {
    valid: ["guarantees:\n  commercial: { months: 36, text: \"Pièces et main-d'œuvre pendant 3 ans.\", territory: France }\n"],
    invalid: [
      { yaml: "guarantees:\n  commercial: { months: 24, text: \"Réparation gratuite des coutures pendant 2 ans.\", territory: France }\n", findings: [{ messageId: "overlap", path: "guarantees.commercial.text", line: 3 }] },
      { yaml: "", base: exampleText.replace(/    territory: .*\n/u, ""), findings: [{ messageId: "territory", path: "guarantees.commercial" }] },
    ],
  },
  "clause-sale-items": {
    valid: [clause("Les articles soldés peuvent être retournés comme les autres.")],
    invalid: [clauseCase("Les articles soldés ne sont ni repris ni échangés."), clauseCase("Produits en promotion :\nnon remboursables.")],
  },
  "clause-unsealed-hygiene": {
    valid: [clause("Les sous-vêtements ne sont pas repris une fois leur film d'hygiène descellé.")],
    invalid: [clauseCase("Les sous-vêtements ne sont pas repris."), clauseCase("Les maillots de bain ne peuvent être échangés.")],
  },
  "clause-personalised": {
    valid: [clause("Les articles personnalisés à votre nom (gravure) ne sont pas repris.")],
    invalid: [clauseCase("Les articles personnalisés ne sont pas repris.")],
  },
  "clause-invented-exception": {
    valid: [clause("Les bouquets de fleurs fraîches ne peuvent pas être retournés.")],
    invalid: [clauseCase("Les produits électroniques ne sont pas repris."), clauseCase("Les accessoires sont exclus du droit de rétractation.")],
  },
  "clause-credit-only": {
    valid: [clause("Si vous le préférez, nous vous remboursons en avoir.")],
    invalid: [clauseCase("Les retours sont remboursés uniquement sous forme d'avoir."), clauseCase("Tout retour est remboursé en bon d'achat.")],
  },
  "clause-packaging": {
    valid: [clause("Renvoyez l'article de préférence dans son emballage d'origine.")],
    invalid: [clauseCase("L'emballage d'origine est obligatoire."), clauseCase("Tout article renvoyé sans son emballage d’origine sera refusé.")],
  },
  "clause-refund-delay": {
    valid: [clause("Nous remboursons sous 7 jours.")],
    invalid: [clauseCase("Remboursement sous 30 jours."), clauseCase("Le remboursement intervient après contrôle qualité de l'article.")],
  },
  "clause-working-days": {
    valid: [clause("Vous avez 14 jours pour changer d'avis.")],
    invalid: [clauseCase("Vous disposez de 14 jours ouvrés pour nous renvoyer l'article."), clauseCase("Délai : 10 jours\nouvrables.")],
  },
  "clause-reason": {
    valid: [clause("Indiquer un motif est facultatif : il nous aide à progresser.")],
    invalid: [clauseCase("Le motif du retour est obligatoire.")],
  },
  "clause-transport-risk": {
    valid: [clause("Si le colis semble abîmé, vous pouvez émettre des réserves auprès du livreur ; cela nous aide.")],
    invalid: [
      clauseCase("Les marchandises voyagent aux risques et périls de l'acheteur."),
      clauseCase("Nous ne sommes pas responsables des colis perdus par le transporteur."),
      clauseCase("Toute réserve doit être faite sous 48 h, faute de quoi aucun recours ne sera possible."),
    ],
  },
  "clause-item-condition": {
    valid: [clause("Un article porté peut faire l'objet d'une retenue pour dépréciation.")],
    invalid: [clauseCase("Seuls les articles non portés avec leurs étiquettes sont acceptés."), clauseCase("Les articles portés ne sont pas repris.")],
  },
  "clause-fees": {
    valid: [clause("Aucuns frais de traitement ne sont retenus.")],
    invalid: [clauseCase("Des frais de traitement de 5 € sont retenus sur chaque retour.")],
  },
  "clause-guarantee": {
    valid: [clause("Notre garantie commerciale de 6 mois s'ajoute aux garanties légales.")],
    invalid: [clauseCase("La garantie est limitée à 6 mois."), clauseCase("Pour un produit défectueux, les frais de retour restent à votre charge.")],
  },
  "clause-prior-approval": {
    valid: [clause("Un numéro de retour vous est proposé ; ce n'est pas une condition.")],
    invalid: [clauseCase("Tout retour non autorisé sera refusé."), clauseCase("Le numéro de retour est obligatoire.")],
  },
  "clause-channels": {
    valid: [clause("Vous pouvez aussi nous appeler si vous préférez.")],
    invalid: [clauseCase("La rétractation se fait uniquement par lettre recommandée.")],
  },
  "clause-odr-link": {
    valid: [clause("En cas de litige, contactez notre médiateur.")],
    invalid: [{ ...clauseCase("Plateforme RLL : https://ec.europa.eu/consumers/odr"), findings: [{ messageId: "found", path: "customClauses.0.text", line: 4, severity: "warning" }] }],
  },
  "clause-reduces-rights": {
    valid: [clause("Pour un contenu numérique, vous pouvez renoncer à votre droit de rétractation par un accord exprès.")],
    invalid: [clauseCase("En commandant, vous renoncez à votre droit de rétractation."), clauseCase("Le délai de rétractation est réduit à 7 jours.")],
  },
  "clause-mediation": {
    valid: [clause("Vous pouvez saisir gratuitement notre médiateur ; vous gardez le droit d'aller devant le juge.")],
    invalid: [clauseCase("La médiation préalable obligatoire s'applique avant toute action en justice."), clauseCase("Les frais de médiation restent à la charge du client.")],
  },
  "clause-withdrawal-period": {
    valid: [clause("Vous avez 14 jours à compter de la réception pour changer d'avis."), clause("Les commandes sont expédiées sous 2 jours.")],
    invalid: [clauseCase("Vous avez 7 jours pour nous retourner un article."), clauseCase("Le délai de rétractation court à compter de la date de commande.")],
  },
  "clause-ship-back": {
    valid: [clause("Renvoyez l'article au plus tard 14 jours après votre demande.")],
    invalid: [clauseCase("L'article doit être renvoyé dans les 5 jours suivant votre demande.")],
  },
  "clause-delivery-costs": {
    valid: [clause("Le supplément de la livraison express n'est pas remboursé."), clause("Les frais de livraison standard sont remboursés.")],
    invalid: [clauseCase("Les frais de port ne sont pas remboursés."), clauseCase("Le remboursement se fait hors frais de livraison.")],
  },
  "clause-jurisdiction": {
    valid: [clause("En cas de litige, vous pouvez saisir le tribunal de votre domicile.")],
    invalid: [clauseCase("Tout litige relève de la compétence exclusive des tribunaux de Paris.")],
  },
};

for (const [id, c] of Object.entries(cases)) ruleTester(rule(id), c);

describe("the catalogue", () => {
  it("has table cases for every rule", () => {
    const tested = new Set([...Object.keys(cases), "withdrawal-days", "ship-back-days", "refund-days", "restocking-fee", "initial-shipping", "refund-method", "original-packaging", "capped-cost", "online-withdrawal-function", "online-withdrawal-function-soon"]);
    expect(frRuleset.rules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it("points a clause finding at the line of the sentence inside a block", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride("customClauses:\n  - title: Conditions\n    text: |\n      Merci pour votre commande.\n      Les articles soldés ne sont ni repris ni échangés.\n");
    expect(r.findings).toMatchObject([{ rule: "clause-sale-items", line: 6, column: 20, path: "customClauses.0.text" }]);
  });

  it("points at the sentence found, not at an earlier use of the same word", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride("customClauses:\n  - title: Soldes\n    text: |\n      Nos articles soldés sont choisis avec soin.\n      Les articles soldés ne sont ni repris ni échangés.\n");
    expect(r.findings).toMatchObject([{ rule: "clause-sale-items", line: 6, column: 7 }]);
  });

  it("matches across case, accents, typographic apostrophes and line breaks", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride(clause("LES ARTICLES SOLDES\nNE SONT NI REPRIS NI ECHANGES"));
    expect(r.findings.map((f) => f.rule)).toContain("clause-sale-items");
    const apostrophe = checkOverride(clause("L’emballage d’origine est obligatoire."));
    expect(apostrophe.findings.map((f) => f.rule)).toContain("clause-packaging");
  });
});
