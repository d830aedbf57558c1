/**
 * The text follows the rules: every combination of payer × return method × sector family renders a
 * policy with no unlawful or contradictory sentence (patterns from LEGAL-FR.md), and with every
 * statement the law requires.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput } from "../src/config/schema.js";
import { checkLaw } from "../src/law/engine.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { exampleText } from "./helpers.js";

const base = parse(exampleText) as ConfigInput;
const PAYERS = ["merchant", "customer", "capped"] as const;
const METHODS = [
  { type: "post", carrier: "Colissimo", label: "prepaid" },
  { type: "post", label: "printable" },
  { type: "post", label: "customer" },
  { type: "relay", carrier: "Mondial Relay", label: "printable" },
  { type: "store", locations: ["1 rue du Port, 13002 Marseille"] },
  { type: "pickup" },
  { type: "warehouse", locations: ["ZI Nord, 69100 Villeurbanne"] },
] as const;
const FAMILIES: readonly (readonly string[])[] = [["fashion"], ["furniture", "appliances"], ["cosmetics", "food"], ["books-media", "press"], ["digital-content"], ["general"]];

/** Sentences that must never appear in a policy (normalised: lower case, straight apostrophes). */
const FORBIDDEN: [string, RegExp][] = [
  ["working days", /jours? ouvr(e|é)s?\b|jours ouvrables\b(?! suivant)/u],
  ["hostile refusal", /nous refusons|n'acceptons pas|n'admettons|ne tolérons|n'autorisons|aucun retour ne sera accepté/u],
  ["customer risk", /risques et périls|ne sommes pas responsables/u],
  ["credit note imposed", /uniquement (sous forme d'|en |par )?(un )?avoir|remboursement en avoir/u],
  ["packaging as a condition", /emballage d'origine (est )?(obligatoire|exigé)/u],
  ["late refund", /rembours\w*[^.]{0,60}\b(1[5-9]|[2-9]\d) jours/u],
  ["restocking fee", /(?<!aucuns )frais de (traitement|remise en stock)(?! pour vous)/u],
  ["reason required", /motif (est )?obligatoire/u],
  ["obsolete ODR link", /ec\.europa\.eu\/consumers\/odr|plateforme rll/u],
];

const norm = (md: string) => md.replace(/[\u00A0\u202F]/gu, " ").replace(/’/gu, "'").toLowerCase();

function render(payer: (typeof PAYERS)[number], method: (typeof METHODS)[number], sectors: readonly string[]) {
  const price = payer === "merchant" || method.type === "store" || method.type === "warehouse" ? 0 : payer === "capped" ? 5.95 : 7.5;
  const input = {
    ...base,
    sectors: [...sectors],
    withdrawal: { ...base.withdrawal, expressWaiver: sectors.includes("digital-content") },
    returns: {
      ...base.returns,
      costs: { payer, ...(payer === "capped" ? { cap: 5.95 } : {}), ...(payer !== "merchant" ? { bulkyEstimate: 59 } : {}) },
      methods: [{ ...method, price }],
    },
  };
  const config = configSchema.parse(input);
  const errors = checkLaw(config, frRuleset).filter((f) => f.severity === "error");
  return { config, errors, markdown: renderMarkdown(buildPolicy(config, frRuleset.version)) };
}

describe("every combination renders a lawful, consistent text", () => {
  for (const payer of PAYERS) {
    for (const method of METHODS) {
      for (const sectors of FAMILIES) {
        it(`${payer} × ${method.type}/${"label" in method ? method.label : "-"} × ${sectors.join("+")}`, () => {
          const { errors, markdown } = render(payer, method, sectors);
          expect(errors).toEqual([]);
          const text = norm(markdown);
          for (const [name, re] of FORBIDDEN) expect(text, name).not.toMatch(re);

          // Always stated (L221-18, L221-19, L221-21, L221-24, R221-1, L216-4, L612-1).
          expect(text).toContain("**14 jours**");
          expect(text).toContain("prolongé jusqu'au jour ouvrable suivant");
          expect(text).toContain("frais de livraison standard compris");
          expect(text).toContain("le moyen de paiement que vous avez utilisé");
          expect(text).toContain("## annexe — formulaire de rétractation");
          expect(text).toContain("## colis perdu ou abîmé");
          expect(text).toContain("médiateur de la consommation");
          expect(text).toContain("renoncer au contrat ici");

          // Who pays is true for this config, and never contradicted (L221-23).
          const fees = text.slice(text.indexOf("## frais de retour"), text.indexOf("## remboursement"));
          if (payer === "merchant") {
            expect(fees).toContain("le retour est gratuit");
            expect(text).not.toMatch(/frais (directs )?de (renvoi|retour)[^.]*sont à votre charge/u);
          } else {
            expect(fees).toContain("sont à votre charge");
            expect(text).not.toContain("le retour est gratuit.");
          }
          if (payer === "capped") expect(fees).toContain("5,95 €");

          // Bulky goods: the return cost is given when the customer pays (L221-5 8°).
          if (sectors.includes("furniture") && payer !== "merchant") expect(fees).toContain("59 €** au plus");

          // Exceptions only for the shop's sectors (L221-28).
          const exceptions = text.slice(text.indexOf("## articles qui ne peuvent pas"), text.indexOf("## article défectueux"));
          if (sectors.includes("general")) expect(exceptions).toContain("tous nos articles peuvent être retournés");
          if (sectors.includes("food")) expect(exceptions).toContain("l221-28 4°");
          else expect(exceptions).not.toContain("l221-28 4°");
          expect(exceptions).not.toMatch(/soldes?[^.]*(ne peuvent pas|exclu)/u);

          // Goods sellers carry the official guarantee box (L211-2, D211-2 annex), word for word.
          if (!sectors.every((s) => s === "digital-content")) {
            expect(text).toContain("encadré prévu par l'article d211-2");
            expect(text).toContain("> le consommateur bénéficie également de la garantie légale des vices cachés");
          }

          // Services and digital content: start date and proportional payment (L221-18, L221-25).
          if (sectors.includes("digital-content")) expect(text).toContain("conclusion du contrat");
        });
      }
    }
  }
});

describe("sentences written for the actual case", () => {
  const withMethods = (methods: unknown[], payer: "customer" | "capped" = "capped") =>
    norm(
      renderMarkdown(
        buildPolicy(
          configSchema.parse({ ...base, returns: { ...base.returns, costs: { payer, ...(payer === "capped" ? { cap: 5.95 } : {}) }, methods } }),
          frRuleset.version,
        ),
      ),
    );
  const relay = { type: "relay", carrier: "Mondial Relay", label: "printable", price: 5.95 };

  it("one shop: « notre magasin », its address on one line", () => {
    const text = withMethods([relay, { type: "store", locations: ["1 rue du Port, 13002 Marseille"] }]);
    expect(text).toContain("| dépôt dans notre magasin (adresse ci-dessous) | gratuit |");
    expect(text).toContain("notre magasin : 1 rue du port, 13002 marseille.");
    expect(text).not.toMatch(/l'un de nos magasins|adresses :/u);
  });

  it("several shops: « l'un de nos magasins », their addresses in a list", () => {
    const text = withMethods([relay, { type: "store", locations: ["1 rue du Port, 13002 Marseille", "2 quai Nord, 69001 Lyon"] }], "customer");
    expect(text).toContain("| dépôt dans l'un de nos magasins (adresses ci-dessous) | gratuit |");
    expect(text).toContain("nos magasins :\n\n- 1 rue du port, 13002 marseille\n- 2 quai nord, 69001 lyon");
  });

  it("en bref names the free ways first, then what the others cost", () => {
    const text = withMethods([relay, { type: "store", locations: ["1 rue du Port, 13002 Marseille"] }]);
    const enBref = text.slice(0, text.indexOf("## votre droit"));
    expect(enBref).toContain("> - le retour est gratuit par dépôt dans notre magasin.\n> - sinon, il vous coûte **5,95 € au plus**.");
    const prepaid = withMethods([{ type: "post", carrier: "Colissimo", label: "prepaid", price: 0 }, relay], "customer");
    expect(prepaid).toContain("> - le retour est gratuit par envoi colissimo avec notre étiquette prépayée.\n> - sinon, les frais de retour sont à votre charge");
    const none = withMethods([relay]);
    expect(none).toContain("> - le retour vous coûte **5,95 € au plus**.");
    expect(none).not.toContain("sinon");
  });
});
