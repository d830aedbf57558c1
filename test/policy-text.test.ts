/**
 * The text follows the policy model: every combination of sector family × who pays × return method
 * renders a policy whose statements agree with each other and with the model (cost table vs. cost
 * section vs. En bref; exceptions vs. examination paragraph; start of the period vs. kind of item),
 * with no unlawful sentence (patterns from LEGAL-FR.md) and with every statement the law requires.
 */
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchema, type ConfigInput, type Sector } from "../src/config/schema.js";
import { checkLaw } from "../src/law/engine.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy, type PolicyModel } from "../src/policy/model.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { euros } from "../src/text/typography.js";
import { exampleText } from "./helpers.js";

const base = parse(exampleText) as ConfigInput;

/** Who pays: the three payers of the config, and "free for a sector" on top of a paying customer. */
const PAYERS = ["merchant", "customer", "capped", "free-for-sector"] as const;
type Payer = (typeof PAYERS)[number];

const METHODS = [
  { type: "post", carrier: "Colissimo", label: "prepaid" },
  { type: "post", label: "printable" },
  { type: "post", label: "customer" },
  { type: "relay", carrier: "Mondial Relay", label: "printable" },
  { type: "store", locations: ["1 rue du Port, 13002 Marseille"] },
  { type: "pickup" },
  { type: "warehouse", locations: ["ZI Nord, 69100 Villeurbanne"] },
] as const;

/** Sector families with their own path through the text (issue 13). */
const FAMILIES: { name: string; sectors: Sector[]; waiver?: boolean }[] = [
  { name: "goods by parcel", sectors: ["fashion", "shoes"] },
  { name: "bulky goods", sectors: ["furniture", "appliances"] },
  { name: "sealed hygiene", sectors: ["cosmetics"] },
  { name: "sealed media and press", sectors: ["books-media", "press"] },
  { name: "perishables", sectors: ["food", "beverages"] },
  { name: "made to order", sectors: ["custom-made"] },
  { name: "digital content with waiver", sectors: ["digital-content"], waiver: true },
  { name: "digital content without waiver", sectors: ["digital-content"] },
  { name: "software without waiver", sectors: ["electronics", "software"] },
  { name: "services with start request", sectors: ["leisure-services"], waiver: true },
  { name: "dated leisure services", sectors: ["leisure-services"] },
  { name: "general", sectors: ["general"] },
];

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
  // The lawyer's findings (issue 13): misleading heading, overstated guarantee, jargon.
  ["heading: items that cannot be returned", /ne peuvent pas être retournés\n/u],
  ["overstated presumption", /il suffit de le signaler/u],
  ["ruleset in consumer text", /règles vérifiées|fr-20\d\d\.\d+/u],
  ["vague exception list", /cela peut concerner/u],
];

const norm = (md: string) => md.replace(/[\u00A0\u202F]/gu, " ").replace(/’/gu, "'").toLowerCase();

/** The text of one `## ` section, by the start of its heading (empty when the section is absent). */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`);
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + 4);
  return text.slice(start, next < 0 ? undefined : next);
}

function render(payer: Payer, method: (typeof METHODS)[number], family: (typeof FAMILIES)[number]) {
  const price = payer === "merchant" || method.type === "store" || method.type === "warehouse" ? 0 : payer === "capped" ? 5.95 : 7.5;
  const goodsSector = family.sectors.find((s) => s !== "digital-content" && s !== "leisure-services");
  const input = {
    ...base,
    sectors: family.sectors,
    withdrawal: { ...base.withdrawal, expressWaiver: family.waiver ?? false },
    returns: {
      ...base.returns,
      costs: {
        payer: payer === "free-for-sector" ? "customer" : payer,
        ...(payer === "capped" ? { cap: 5.95 } : {}),
        ...(payer !== "merchant" ? { bulkyEstimate: 59 } : {}),
        ...(payer === "free-for-sector" && goodsSector ? { freeFor: [goodsSector] } : {}),
      },
      methods: [{ ...method, price: method.type === "pickup" && payer !== "merchant" ? undefined : price }],
    },
  };
  const config = configSchema.parse(input);
  const errors = checkLaw(config, frRuleset).filter((f) => f.severity === "error");
  const model = buildPolicy(config, frRuleset.version);
  return { config, errors, model, markdown: renderMarkdown(model) };
}

/** What the cost table says for the one method, checked against the model's decision. */
function expectTableCell(text: string, model: PolicyModel) {
  const row = model.returns.methods[0]!;
  const line = text.split("\n").find((l) => l.startsWith("| ") && !l.startsWith("| mode de retour") && !l.startsWith("| ---"));
  expect(line, "a table row").toBeDefined();
  const cell = norm(line!.split(" | ").at(-1)!.replace(/ \|$/u, ""));
  switch (row.cost.kind) {
    case "free":
      expect(cell).toMatch(/^gratuit/u);
      if (row.cost.postageRefund) expect(cell).toContain("nous vous remboursons l'envoi");
      break;
    case "amount":
      expect(cell).toContain(norm(euros(row.cost.amount)));
      if (row.cost.deducted) expect(cell).toContain("déduits de votre remboursement");
      break;
    case "carrier":
      expect(cell).toContain("le prix de l'envoi choisi");
      break;
    case "quote":
      expect(cell).toContain("sur devis");
      break;
  }
  if (row.cost.kind !== "free") expect(cell).not.toMatch(/^gratuit/u);
  if (row.freeForHow) expect(cell).toContain("gratuit pour");
}

describe("every sector family × payer × method renders one consistent, lawful text", () => {
  for (const family of FAMILIES) {
    for (const payer of PAYERS) {
      for (const method of METHODS) {
        it(`${family.name} × ${payer} × ${method.type}/${"label" in method ? method.label : "-"}`, () => {
          const { errors, model, markdown } = render(payer, method, family);
          expect(errors).toEqual([]);
          const text = norm(markdown);
          for (const [name, re] of FORBIDDEN) expect(text, name).not.toMatch(re);

          // Always stated (L221-18, L221-19, L221-21, L221-24, R221-1, R221-3, L612-1).
          expect(text).toContain("**14 jours**");
          expect(text).toContain("prolongé jusqu'au jour ouvrable suivant");
          expect(text).toContain("le moyen de paiement que vous avez utilisé");
          expect(text).toContain("## avis d'information type sur le droit de rétractation");
          expect(text).toContain("## annexe — formulaire de rétractation");
          expect(text).toContain("médiateur de la consommation");
          expect(text).toContain("renoncer au contrat ici");
          expect(text).toContain("sans droit de rétractation\n");

          const brief = text.slice(text.indexOf("> **en bref**"), text.indexOf("## votre droit"));
          const start = section(text, "votre droit de rétractation");
          const fees = section(text, "frais de retour");
          const exam = section(text, "état des articles");
          const exceptions = section(text, model.exceptionsOf === "articles" ? "articles sans droit" : "achats sans droit");
          const notice = section(text, "avis d'information type");

          // Start of the period vs. kind of item (L221-18).
          if (model.sellsGoods) {
            expect(start).toContain("le délai part du jour où vous le recevez");
            expect(notice).toContain("prenez physiquement possession du bien");
          } else {
            expect(text).not.toMatch(/après réception|jour de la réception|vous le recevez/u);
            expect(brief).toContain("après la conclusion du contrat");
            expect(notice).toContain("après le jour de la conclusion du contrat");
          }
          if (model.sellsDigital) expect(start).toContain("contenu numérique fourni sans support matériel");
          if (model.sellsServices) expect(start).toContain("prestation de service, il part du jour de la conclusion du contrat");

          // Parcels only when goods are sold (a digital-only shop has no returns section).
          for (const heading of ["comment nous retourner", "frais de retour", "état des articles", "colis perdu"]) {
            expect(section(text, heading) !== "", heading).toBe(model.sellsGoods);
          }

          // Who pays: the table, the cost section, En bref and the notice say the same (L221-23, L211-1).
          if (model.sellsGoods) {
            expectTableCell(text, model);
            if (model.returns.customerPays.kind === "free") {
              expect(brief).toContain("le retour est gratuit.");
              expect(fees).toContain("le retour est gratuit :");
              expect(notice).toContain("nous prendrons en charge les frais de renvoi du bien");
              expect(text).not.toMatch(/frais (directs )?de (renvoi|retour)[^.]*sont à votre charge/u);
            } else {
              expect(brief).toMatch(/sont à votre charge|vous coûte/u);
              expect(fees).toContain("sont à votre charge");
              expect(notice).toContain("vous devrez prendre en charge les frais directs de renvoi du bien");
              expect(text).not.toContain("le retour est gratuit.");
            }
            if (model.returns.customerPays.kind === "capped") {
              expect(model.returns.customerPays.max).toBe(5.95);
              for (const part of [brief, fees, notice]) expect(part).toContain("5,95 €");
              for (const m of model.returns.methods) if (m.cost.kind === "amount") expect(m.cost.amount).toBeLessThanOrEqual(5.95);
            }
            for (const sector of model.returns.freeFor) {
              expect(fees).toContain("toujours gratuit pour");
              if (model.returns.customerPays.kind !== "free") expect(brief).toContain("gratuit");
              expect(model.sectors).toContain(sector);
            }
            // How the customer's postage is paid back, whenever the customer may pay the carrier for a free return.
            if (model.returns.postageRefund) expect(text).toContain("gardez le reçu du transporteur");
            if (model.returns.labelDeducted) expect(text).toContain("déduit de votre remboursement");
            // Bulky goods: the return cost is given when the customer pays (L221-5 8°).
            if (model.returns.bulky && model.returns.customerPays.kind !== "free") expect(fees).toMatch(/59 €\*\* au plus|5,95 €\*\* au plus/u);
            // Partial returns have their rule (L221-24).
            expect(section(text, "remboursement")).toContain("qu'une partie de votre commande");
          }

          // Exceptions: exactly the model's, and the examination paragraph agrees with them (L221-28, L211-1).
          const listed = [...exceptions.matchAll(/\(l221-28 (\d+)°\)/gu)].map((m) => Number(m[1]));
          expect(listed).toEqual(model.exceptions.map((e) => e.item));
          expect(listed.includes(13)).toBe(model.sellsDigital && family.waiver === true && family.sectors.includes("digital-content"));
          expect(listed.includes(1)).toBe(model.sellsServices && family.waiver === true);
          expect(listed.includes(12)).toBe(model.sellsServices);
          if (!family.sectors.some((s) => ["leisure-services", "sports"].includes(s))) expect(listed).not.toContain(12);
          if (model.sellsGoods) {
            const sealed = listed.includes(5) || listed.includes(9);
            expect(exam.includes("scellé")).toBe(sealed);
            if (sealed) expect(exam).not.toMatch(/: [^.]*\. votre droit de rétractation reste entier/u);
            if (listed.includes(4)) expect(exam).toContain("se périment rapidement");
            const tries = family.sectors.some((s) => ["fashion", "shoes", "jewelry", "sports"].includes(s));
            expect(exam.includes("l'essayer")).toBe(tries);
            expect(exam.includes("(porté")).toBe(tries);
            expect(section(text, "échanges").includes("taille ou un autre coloris")).toBe(family.sectors.some((s) => s === "fashion" || s === "shoes"));
            if (listed.length > 0) expect(exceptions).toContain("au titre des garanties légales");
          }
          expect(start.includes("abonnement")).toBe(family.sectors.includes("press"));

          // Digital content: nothing owed without the waiver (L221-26), never the services' proportional payment.
          if (model.sellsDigital && !model.sellsServices) {
            expect(text).not.toMatch(/part du service|montant proportionnel/u);
            if (family.waiver) expect(start).toContain("votre accord exprès et la reconnaissance que vous perdez");
            else {
              expect(start).toContain("vous gardez votre droit de rétractation même si vous avez déjà téléchargé");
              expect(text).not.toContain("renoncé expressément");
            }
          }
          // Services: the proportional payment only with the start request (L221-25).
          if (model.sellsServices) {
            expect(text.includes("montant proportionnel")).toBe(family.waiver === true);
            if (!family.waiver) expect(start).toContain("vous ne nous devez rien");
          }

          // Each family its guarantee box (L211-2; D211-2 for goods, D211-3 for digital content).
          expect(text.includes("encadré prévu par l'article d211-2")).toBe(model.sellsGoods);
          expect(text.includes("encadré prévu par l'article d211-3")).toBe(model.sellsDigital);
          expect(text.includes("articles 1217 et suivants du code civil")).toBe(model.sellsServices);
          if (model.sellsGoods) expect(text).toContain("sauf si nous prouvons le contraire");
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

  it("a goods subscription (regular deliveries): the period starts at the first delivery, in the policy and in the avis (L221-18)", () => {
    const policy = (sectors: Sector[], regularDeliveries?: boolean) =>
      norm(renderMarkdown(buildPolicy(configSchema.parse({ ...base, sectors, withdrawal: { ...base.withdrawal, ...(regularDeliveries === undefined ? {} : { regularDeliveries }) } }), frRuleset.version)));
    const coffee = policy(["food", "beverages"], true);
    expect(coffee).toContain("pour un abonnement (livraison régulière), il part de la réception de la première livraison.");
    expect(coffee).toContain("ou, pour une livraison régulière de biens pendant une période définie, du premier bien");
    expect(coffee).not.toContain("premier numéro");
    // Press alone: issues of a periodical.
    expect(policy(["books-media", "press"])).toContain("il part de la réception du premier numéro.");
    expect(policy(["books-media", "press"], true)).toContain("il part de la réception de la première livraison.");
    // Without it, no subscription at all.
    for (const text of [policy(["food", "beverages"]), policy(["food", "beverages"], false)]) {
      expect(text).not.toContain("pour un abonnement");
      expect(text).not.toContain("livraison régulière de biens");
    }
  });

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
    // One bullet: the free ways (by kind, the table below gives each place), then « sinon » and the cap.
    expect(enBref).toContain("> - le retour est gratuit en magasin ; sinon, il vous coûte **5,95 € au plus**.\n");
    const prepaid = withMethods([{ type: "post", carrier: "Colissimo", label: "prepaid", price: 0 }, relay], "customer");
    expect(prepaid).toContain("> - le retour est gratuit par la poste ; sinon, les frais de retour sont à votre charge.\n");
    const none = withMethods([relay]);
    expect(none).toContain("> - le retour vous coûte **5,95 € au plus**.");
    expect(none).not.toContain("sinon");
  });
});
