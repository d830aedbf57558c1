/**
 * Issue 13: the fourteen points a French consumer-law reviewer raised on the example policies,
 * each pinned on the shop where it was found (and on the other families it concerns).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { KIT_FILES, renderWithdrawalKit } from "../src/render/withdrawal-kit.js";
import { t } from "../src/text/i18n.js";
import { elidedDe } from "../src/text/typography.js";
import { GOODS_SECTORS } from "../src/config/sectors.js";
import { findMediator, MEDIATOR_LIST_URL } from "../src/law/fr/mediators.js";
import { checkOverride, exampleText, ROOT, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";
import { pdfPages } from "./pdf-text.js";

const norm = (md: string) => md.replace(/[\u00A0\u202F]/gu, " ").replace(/’/gu, "'");

function example(file: string) {
  const result = checkLoaded(loadConfig(join(ROOT, file), readConfigFile));
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  const model = buildPolicy(result.config!, frRuleset.version);
  return { result, model, text: norm(renderMarkdown(model)) };
}

/** A config that extends the fashion example and changes what the case needs. */
function shop(yaml: string, options: { asOf?: string } = {}) {
  const result = checkOverride(yaml, options);
  const model = result.config ? buildPolicy(result.config, frRuleset.version) : undefined;
  return { result, model, text: model ? norm(renderMarkdown(model)) : "", rules: result.findings.map((f) => `${f.rule}:${f.severity}`) };
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}`);
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + 4);
  return text.slice(start, next < 0 ? undefined : next);
}

const digitalOnly = "sectors: [digital-content]\nreturns:\n  costs: { payer: merchant }\n  methods: [{ type: post }]\n";

describe("issue 13 — what a consumer-law reviewer would correct", () => {
  it("1. costs: the table, the cost section and En bref agree on freeFor, and say how the postage comes back (L221-23, L211-1)", () => {
    const { text } = example("examples/librairie-des-quais.yaml");
    const row = text.split("\n").find((l) => l.startsWith("| Envoi postal"))!;
    expect(row).toContain("gratuit pour les livres et supports audio ou vidéo : nous vous remboursons l'envoi");
    expect(text).toContain("gardez le reçu du transporteur : nous vous remboursons le prix de l'envoi avec le remboursement de l'article");
    expect(section(text, "Frais de retour")).toContain("Le retour est toujours gratuit pour les livres et supports audio ou vidéo, quel que soit le mode de retour choisi");
    expect(text).toMatch(/> - Le retour est gratuit en magasin, ainsi que pour les livres.* ; sinon, les frais de retour sont à votre charge/u);
  });

  it("2. examination: no « unpack it, your right stays whole » for sealed goods, no « try it » for food (L221-28 5° and 9°, L211-1)", () => {
    const sweets = section(example("examples/douceurs-de-provence.yaml").text, "État des articles");
    expect(sweets).not.toContain("l'essayer");
    expect(sweets).toContain("tant que le scellé est intact");
    expect(sweets).toContain("Pour les articles qui ne sont pas livrés scellés et qui ne se périment pas rapidement, votre droit de rétractation reste entier");
    expect(sweets).toContain("se périment rapidement");
    const books = section(example("examples/librairie-des-quais.yaml").text, "État des articles");
    expect(books).toContain("le feuilleter");
    expect(books).toContain("CD, DVD, jeu vidéo ou logiciel");
    expect(books).not.toContain("produit d'hygiène");
  });

  it("3a. software without a waiver never claims the 13° exception (L221-28 13°)", () => {
    const { text, result } = example("examples/voltix-electronique.yaml");
    expect(text).not.toContain("renoncé expressément");
    expect(text).not.toContain("(L221-28 13°)");
    expect(result.findings.map((f) => `${f.rule}:${f.severity}`)).toContain("digital-content-waiver:warning");
  });

  it("3b. digital content: period from the contract, nothing owed without waiver (L221-18, L221-26), no parcels, its own box (D211-3)", () => {
    const { text, rules } = shop(digitalOnly);
    expect(rules.filter((r) => r.endsWith(":error"))).toEqual([]);
    expect(text).not.toMatch(/après réception|Le jour de la réception|part du service|montant proportionnel/u);
    expect(text).toContain("14 jours** après la conclusion du contrat");
    expect(text).toContain("vous ne nous devez rien pour ce contenu");
    expect(text).not.toContain("## Comment nous retourner");
    expect(text).not.toContain("## Frais de retour");
    expect(text).toContain("encadré prévu par l'article D211-3");
    expect(text).not.toContain("encadré prévu par l'article D211-2");
  });

  it("3c. dated leisure services need no waiver (L221-28 12°); services with the start request owe a proportional amount (L221-25)", () => {
    const leisure = shop("sectors: [leisure-services]\n");
    expect(leisure.rules.filter((r) => r.startsWith("digital-content-waiver"))).toEqual([]);
    expect(leisure.text).toContain("(L221-28 12°)");
    expect(leisure.text).not.toContain("montant proportionnel");
    const started = shop("sectors: [leisure-services]\nwithdrawal:\n  expressWaiver: true\n");
    expect(started.text).toContain("un montant proportionnel à ce qui a été fourni");
    expect(started.text).toContain("(L221-28 1°)");
  });

  it("4. the heading says only withdrawal is excluded, and a faulty item always comes back (L217-3, L121-2)", () => {
    const { text } = example("examples/douceurs-de-provence.yaml");
    expect(text).toContain("## Articles sans droit de rétractation");
    expect(text).not.toContain("ne peuvent pas être retournés");
    expect(section(text, "Articles sans droit")).toContain("un article défectueux ou non conforme peut toujours nous être renvoyé");
  });

  it("5. exceptions: only the cases of what the shop sells, no promise it does not make (L221-5, L221-28)", () => {
    const garden = example("examples/agence/clients/vert-jardin.yaml").text;
    expect(garden).not.toContain("L221-28 12°");
    const sweets = example("examples/douceurs-de-provence.yaml").text;
    expect(sweets).not.toMatch(/L221-28 [67]°/u);
    expect(sweets).toMatch(/L221-28 4°[\s\S]*L221-28 5°/u);
    expect(sweets).not.toContain("cela peut concerner");
    expect(sweets).toContain("Nous les signalons aussi sur la fiche de chaque produit concerné");
    const unflagged = shop("sectors: [cosmetics]\n");
    expect(unflagged.text).not.toContain("sur la fiche");
    expect(unflagged.rules).toContain("exceptions-display:warning");
  });

  it("6. the guarantee summary does not overstate the presumption (L217-7)", () => {
    const { text } = example("examples/atelier-lumiere.yaml");
    expect(text).not.toContain("il suffit de le signaler");
    expect(text).toContain("vous devez seulement établir que le défaut existe, pas qu'il existait déjà à la livraison");
    expect(text).toContain("sauf si nous prouvons le contraire");
  });

  it("7. a commercial guarantee gives the L217-22 details and is not the legal guarantee sold as a feature (L121-4 10°)", () => {
    const commercial = section(example("examples/voltix-electronique.yaml").text, "Article défectueux").split("### Notre garantie commerciale")[1]!;
    for (const detail of ["Garant : Voltix Distribution SARL, 8 avenue de l'Europe, 33000 Bordeaux", "Durée : 36 mois", "Prix : gratuite", "Étendue territoriale : France métropolitaine", "Pour la mettre en œuvre : écrivez-nous à"]) {
      expect(commercial).toContain(detail);
    }
    expect(commercial).toContain("pendant les 2 ans qui suivent la livraison, un défaut de conformité reste couvert par la garantie légale");
    expect(shop('guarantees:\n  commercial: { months: 24, text: "Réparation gratuite des coutures pendant 2 ans.", territory: France }\n').rules).toContain("commercial-guarantee:warning");
  });

  it("8. the telephone number is given: shop.phone when there is no support line (L221-5, L111-1, R111-1)", () => {
    for (const file of ["examples/agence/clients/ciel-de-lit.yaml", "examples/agence/clients/vert-jardin.yaml", "examples/douceurs-de-provence.yaml"]) {
      const { text, result } = example(file);
      expect(section(text, "Nous contacter")).toContain(`- par téléphone : ${result.config!.shop.phone!}`);
    }
  });

  it("9. an online function behind a login gets a warning with the fix (D221-5)", () => {
    // The example says its page is open to guests; a shop that says nothing is judged by its address's words.
    const login = checkOverride("withdrawal:\n  onlineFunction:\n    url: https://atelier-lumiere.fr/compte/retractation\n    location: Mon compte > Mes commandes\n", {
      base: exampleText.replace(/    guestAccess: true\n/u, ""),
    });
    const finding = login.findings.find((f) => f.rule === "online-function-access")!;
    expect(finding.severity).toBe("warning");
    expect(finding.messageId).toBe("login");
    expect(finding.message).toContain("guestAccess: true");
    // A shop that says guests cannot use it is told the same fix.
    const noGuests = shop("withdrawal:\n  onlineFunction:\n    guestAccess: false\n");
    expect(noGuests.result.findings.find((f) => f.rule === "online-function-access")).toMatchObject({ severity: "warning", messageId: "guests" });
  });

  it("10. how a paid label is charged, and partial returns (L221-5 8°, L221-24, L211-1)", () => {
    const { text } = shop("returns:\n  costs: { payer: customer }\n  methods: [{ type: post, label: prepaid, price: 5.95 }]\n");
    expect(text).toContain("| 5,95 €, déduits de votre remboursement |");
    expect(text).toContain("Le prix de l'étiquette que nous vous fournissons est déduit de votre remboursement");
    expect(section(text, "Remboursement")).toContain("Si vous ne nous retournez qu'une partie de votre commande, nous vous remboursons le prix des articles retournés et la part des frais de livraison standard qui leur correspond");
  });

  it("11. the law of today judges a policy published today; --as-of keeps runs reproducible (L221-21 since 19 June 2026)", async () => {
    const dir = tempDir();
    const file = join(dir, "mai.yaml");
    const base = readFileSync(join(ROOT, "examples/atelier-lumiere.yaml"), "utf8").replace(/  onlineFunction:\n(    .*\n)+/u, "");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, base.replace("effectiveDate: 2026-12-01", "effectiveDate: 2026-05-01"));
    // Pure core: the date is an argument.
    const loaded = loadConfig(file, readConfigFile);
    const now = checkLoaded(loaded, { today: "2026-11-29" });
    expect(now.asOf).toBe("2026-11-29");
    expect(now.asOfReason).toBe("today");
    expect(now.findings.map((f) => `${f.rule}:${f.severity}`)).toContain("online-withdrawal-function:error");
    const then = checkLoaded(loaded, { today: "2026-11-29", asOf: "2026-05-01" });
    expect(then.ok).toBe(true);
    expect(then.asOfReason).toBe("as-of");
    const future = checkLoaded(loadConfig(join(ROOT, "examples/atelier-lumiere.yaml"), readConfigFile), { today: "2026-11-29" });
    expect({ asOf: future.asOf, reason: future.asOfReason }).toEqual({ asOf: "2026-12-01", reason: "effective-date" });
    // The CLI judges at today's date (the machine's clock is past 19 June 2026) and says so.
    const run = await runHere(["check", file, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { asOf: string; asOfReason: string; findings: { rule: string }[] }[] };
    expect(report.files[0]!.asOfReason).toBe("today");
    expect(report.files[0]!.findings.map((f) => f.rule)).toContain("online-withdrawal-function");
    expect(run.stderr).toContain("jugé selon le droit en vigueur au");
    const pinned = await runHere(["check", file, "--json", "--as-of", "2026-05-01"]);
    expect(pinned.code).toBe(0);
    expect(JSON.parse(pinned.stdout).files[0]).toMatchObject({ asOf: "2026-05-01", asOfReason: "as-of" });
  });

  it("12. rules with the right logic: clear labels, a referenced mediator, abusive clauses as errors (D221-5, L612-1, R212-1)", () => {
    expect(shop("withdrawal:\n  onlineFunction:\n    label: Politique de rétractation\n").rules).toContain("online-function-label:error");
    expect(shop('withdrawal:\n  onlineFunction:\n    confirmLabel: "Confirmer : je ne me rétracte pas"\n').rules).toContain("online-function-confirm:error");
    expect(shop("mediator: { name: Médiateur du Livre, website: https://www.mediateurdulivre.fr }\n").rules).toContain("mediator:error");
    expect(shop("mediator: { name: MEDICYS, website: https://www.medicys.fr }\n").rules).toContain("mediator:error");
    expect(shop("mediator: { name: Médiation Dupont, website: https://mediation-dupont.example }\n").rules).toContain("mediator:warning");
    expect(shop("sectors: [books-media]\n").rules).toContain("exceptions-display:warning");
    expect(shop("returns:\n  bulky: true\n").rules.filter((r) => r.startsWith("bulky-return-cost"))).toEqual([]);
    const abusive = shop('customClauses:\n  - title: Responsabilité\n    text: "Nous déclinons toute responsabilité en cas de retard."\n');
    expect(abusive.result.findings.find((f) => f.rule === "clause-abusive")).toMatchObject({ severity: "error", article: "R212-1, R212-2" });
    expect(frRuleset.rules.find((r) => r.id === "hostile-wording")!.article).toBe("L211-1");
    // The wizard suggests only mediators the data knows as referenced, and points at the CECMC list.
    const help = t("fr", "wizard.help.mediatorName");
    expect(help).toContain(MEDIATOR_LIST_URL);
    for (const name of ["Médiateur du e-commerce de la FEVAD", "CM2C", "AME Conso", "Devigny Médiation"]) {
      expect(help).toContain(name);
      expect(findMediator({ name, website: "https://example.invalid" })?.status).toBe("referenced");
    }
  });

  it("13. the tone fits the sector, and the ruleset version is metadata, not consumer text", async () => {
    const books = example("examples/librairie-des-quais.yaml");
    expect(books.text).not.toContain("taille ou un autre coloris");
    expect(books.text).not.toContain("(porté");
    expect(books.text).toContain("abonnement");
    const furniture = example("examples/maison-chene.yaml").text;
    expect(furniture).not.toContain("taille ou un autre coloris");
    expect(furniture).not.toContain("abonnement");
    for (const t of [books.text, furniture]) expect(t).not.toMatch(/Règles vérifiées|fr-20\d\d\.\d+/u);
    const files = await renderFiles(books.model, ["html", "pdf"], { fontLoader: notoSansFonts });
    const html = files.find((f) => f.name.endsWith(".html"))!.content as string;
    expect(html).toContain(`<meta name="generator" content="politique-retour (règles ${frRuleset.version})">`);
    const pages = pdfPages(files.find((f) => f.name.endsWith(".pdf"))!.content as Uint8Array);
    for (const page of pages) expect(page).not.toContain("Règles");
    expect(Buffer.from(files.find((f) => f.name.endsWith(".pdf"))!.content as Uint8Array).toString("latin1")).toContain(`politique-retour ruleset ${frRuleset.version}`);
  });

  it("14. the R221-3 information notice, filled in, in the page and in the PDF", async () => {
    const { text, model } = example("examples/maison-chene.yaml");
    const notice = section(text, "Avis d'information type sur le droit de rétractation");
    expect(notice).toContain("Avis d'information type prévu par l'article R221-3");
    expect(notice).toContain("Le délai de rétractation expire quatorze jours après le jour où vous-même, ou un tiers autre que le transporteur et désigné par vous, prenez physiquement possession du bien");
    expect(notice).toContain("(Maison Chêne SAS, 27 rue du Faubourg Saint-Antoine, 75011 Paris, téléphone : 01 43 00 00 00, adresse électronique : <contact@maison-chene.fr>)");
    expect(notice).toContain("Vous pouvez également exercer votre droit de rétractation en ligne sur <https://www.maison-chene.fr/retractation>");
    expect(notice).toContain("Vous devrez prendre en charge les frais directs de renvoi du bien");
    expect(notice).toContain("ces frais sont estimés à un maximum d'environ 89 €");
    expect(notice).toContain("Nous récupérerons le bien lorsque vous choisissez l'enlèvement à domicile");
    const [pdf] = await renderFiles(model, ["pdf"], { fontLoader: notoSansFonts });
    const pages = pdfPages(pdf!.content as Uint8Array).join("\n");
    expect(norm(pages)).toContain("Avis d'information type sur le droit de rétractation");
    expect(norm(pages)).toContain("Avis d'information type prévu par l'article R221-3");
  });
});

describe("issue 15 — a lawyer's reading of three sectors, whole", () => {
  it("perishables: the examination paragraph never says the right stays whole for them (L221-28 4°, L211-1)", () => {
    const sweets = section(example("examples/douceurs-de-provence.yaml").text, "État des articles");
    expect(sweets).not.toMatch(/Pour les articles qui ne sont pas livrés scellés, votre droit/u);
    expect(sweets).toContain("Les produits qui se périment rapidement n'ont pas de droit de rétractation");
    const fresh = section(shop("sectors: [food]\n").text, "État des articles");
    expect(fresh).not.toContain("Votre droit de rétractation reste entier");
    expect(fresh).toContain("Pour les articles qui ne se périment pas rapidement, votre droit de rétractation reste entier.");
    const clothes = section(shop("sectors: [fashion]\n").text, "État des articles");
    expect(clothes).toContain("Votre droit de rétractation reste entier.");
    expect(clothes).not.toContain("se périment");
  });

  it("a shop that offers to collect the goods does not defer the refund, in the section, the notice and the kit (L221-24 al. 3)", () => {
    const { model, text } = example("examples/maison-chene.yaml");
    expect(model.refunds.wait).toEqual({ kind: "not-when-collecting" });
    const refund = section(text, "Remboursement");
    expect(refund).not.toMatch(/nous pouvons attendre/u);
    expect(refund).toContain("Comme nous vous proposons de venir chercher l'article chez vous, nous n'attendons pas de l'avoir récupéré, ni la preuve de son envoi");
    expect(section(text, "Avis d'information type")).not.toContain("différer le remboursement");
    const ack = renderWithdrawalKit(model).find((f) => f.name === KIT_FILES.ackText)!.content;
    expect(ack).not.toContain("nous pouvons attendre");
    // Without collection, the refund may wait, and every part says so.
    const posted = shop("returns:\n  methods: [{ type: post, label: prepaid, price: 5.95 }]\n");
    expect(section(posted.text, "Remboursement")).toContain("Nous pouvons attendre d'avoir reçu l'article");
    expect(section(posted.text, "Avis d'information type")).toContain("Nous pouvons différer le remboursement");
  });

  it("no proof of posting asked for when nothing goes by parcel (L211-1)", () => {
    const store = shop("returns:\n  methods: [{ type: store, locations: [\"4 place Bellecour, 69002 Lyon\"] }]\n");
    expect(section(store.text, "Comment nous retourner")).not.toContain("preuve de dépôt de votre colis");
    expect(store.text).not.toContain("Adresse de retour :");
    expect(section(example("examples/douceurs-de-provence.yaml").text, "Comment nous retourner")).toContain("Gardez la preuve de dépôt de votre colis");
  });

  it("the postage paid back: above the cap when nothing is free, in full when the return is free, both when both (L221-23)", () => {
    const capped = shop("returns:\n  costs: { payer: capped, cap: 5.95 }\n  methods: [{ type: post, label: customer }]\n");
    expect(capped.model!.returns.postageRefund).toEqual({ full: false, above: 5.95 });
    const back = capped.text.split("\n").find((l) => l.includes("gardez le reçu du transporteur"))!;
    expect(back).toBe("Lorsque votre envoi coûte plus de 5,95 €, gardez le reçu du transporteur : nous vous remboursons ce qui dépasse ce montant avec le remboursement de l'article, par le même moyen de paiement.");
    const both = shop("returns:\n  costs: { payer: capped, cap: 5.95, freeFor: [shoes] }\n  methods: [{ type: post, label: customer }]\n");
    expect(both.model!.returns.postageRefund).toEqual({ full: true, above: 5.95 });
    expect(both.text).toContain("gardez le reçu du transporteur : nous vous remboursons le prix de l'envoi si le retour est gratuit pour vous, sinon ce qui dépasse 5,95 €,");
    expect(both.text).not.toContain("ce qui dépasse ce montant");
  });

  it("a sector free through a label the shop supplies is not told its postage is paid back (L221-23)", () => {
    const label = shop("returns:\n  costs: { payer: capped, cap: 5.95, freeFor: [shoes] }\n  methods: [{ type: relay, label: printable }]\n");
    expect(label.model!.returns.methods[0]!.freeForHow).toBe("free-label");
    // The label is ours: the customer pays it (the cap at most) out of the refund, never a carrier.
    expect(label.model!.returns.postageRefund).toBeUndefined();
    expect(label.text.split("\n").find((l) => l.startsWith("| Point relais"))).toMatch(/ \| 5,95\s€ au plus, déduits de votre remboursement\s; gratuit pour les chaussures \|$/u);
    expect(label.text).not.toContain("reçu du transporteur");
    const fees = section(label.text, "Frais de retour");
    expect(fees).toContain("Le retour est toujours gratuit pour les chaussures, quel que soit le mode de retour choisi.");
    expect(fees).not.toContain("si vous payez l'envoi, nous vous en remboursons le prix");
  });
});

describe("a lawyer's review of the rendered policies: four sentences that must hold for every shop", () => {
  const maisonChene = readFileSync(join(ROOT, "examples/maison-chene.yaml"), "utf8");
  /** A config that extends the furniture example (examples/maison-chene.yaml). */
  function furniture(yaml: string) {
    const result = checkOverride(yaml, { base: maisonChene });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const model = buildPolicy(result.config!, frRuleset.version);
    return { model, text: norm(renderMarkdown(model)) };
  }
  const rightWhole = (exam: string) => exam.split(/(?<=\.)\s+/u).filter((s) => s.includes("reste entier"));

  it("the right « reste entier » is never said without pointing at the exceptions other than sealed or perishable items (L221-28 3°, 10°)", () => {
    const madeToMeasure = furniture("sectors: [furniture, custom-made]\n");
    expect(madeToMeasure.model.exceptions.map((e) => e.item)).toEqual([3]);
    const exam = section(madeToMeasure.text, "État des articles");
    expect(exam).not.toContain("Votre droit de rétractation reste entier");
    expect(rightWhole(exam)).toEqual(["En dehors des cas listés dans « Articles sans droit de rétractation », votre droit de rétractation reste entier."]);
    expect(section(madeToMeasure.text, "Articles sans droit de rétractation")).toContain("(L221-28 3°)");

    const books = section(example("examples/librairie-des-quais.yaml").text, "État des articles");
    expect(books).not.toContain("Pour les articles qui ne sont pas livrés scellés, votre droit de rétractation reste entier");
    expect(books).toContain("En dehors des cas listés dans « Articles sans droit de rétractation », votre droit de rétractation reste entier. Un article livré scellé (CD, DVD, jeu vidéo ou logiciel) peut être retourné tant que le scellé est intact");

    // Where it was already true, the wording stays: no exception at all, or only sealed items.
    expect(rightWhole(section(example("examples/maison-chene.yaml").text, "État des articles"))).toEqual(["Votre droit de rétractation reste entier."]);
    expect(rightWhole(section(example("examples/voltix-electronique.yaml").text, "État des articles"))).toEqual([
      "Pour les articles qui ne sont pas livrés scellés, votre droit de rétractation reste entier.",
    ]);

    // Every goods sector, alone and with made-to-measure items: the sentence matches the exceptions listed.
    let checked = 0;
    for (const sector of GOODS_SECTORS) {
      for (const sectors of [[sector], [sector, "custom-made"]]) {
        const { model, text } = shop(`sectors: [${sectors.join(", ")}]\n`);
        if (!model) continue;
        checked++;
        const whole = rightWhole(section(text, "État des articles"));
        expect(whole, sectors.join("+")).toHaveLength(1);
        const items = model.exceptions.map((e) => e.item);
        if (items.some((i) => ![4, 5, 9].includes(i))) expect(whole[0], sectors.join("+")).toMatch(/^En dehors des cas listés dans « (Articles|Achats) sans droit de rétractation »/u);
        else if (items.length === 0) expect(whole[0], sectors.join("+")).toBe("Votre droit de rétractation reste entier.");
        else expect(whole[0], sectors.join("+")).toMatch(/^Pour les articles qui ne (sont pas livrés scellés|se périment pas rapidement)/u);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2 * GOODS_SECTORS.length - 2);
  });

  it("the bulky goods named are the ones the shop sells, and none for a shop that only says returns.bulky (L221-5 8°)", () => {
    const bulkyLine = (text: string) => section(text, "Frais de retour").split("\n").find((l) => l.startsWith("Certains articles volumineux")) ?? "";
    expect(bulkyLine(example("examples/maison-chene.yaml").text)).toBe(
      "Certains articles volumineux (meubles) ne peuvent pas être renvoyés par la poste. Le coût de leur retour est estimé à **89 €** au plus.",
    );
    expect(bulkyLine(furniture("sectors: [appliances]\n").text)).toMatch(/^Certains articles volumineux \(gros électroménager\) ne peuvent pas/u);
    expect(bulkyLine(furniture("sectors: [appliances, furniture]\n").text)).toMatch(/^Certains articles volumineux \(meubles, gros électroménager\) ne peuvent pas/u);

    const cosmetics = (costs: string) => shop(`sectors: [cosmetics]\nreturns:\n  bulky: true\n  costs: ${costs}\n`);
    for (const costs of ["{ payer: customer, bulkyEstimate: 30 }", "{ payer: capped, cap: 5.95 }", "{ payer: merchant }"]) {
      const { model, text } = cosmetics(costs);
      expect(model!.returns.bulky, costs).toBe(true);
      expect(model!.returns.bulkyKinds, costs).toEqual([]);
      expect(bulkyLine(text), costs).toMatch(/^Certains articles volumineux ne peuvent pas être renvoyés par la poste[ .:]/u);
      expect(text, costs).not.toMatch(/gros électroménager|\(meubles/u);
    }
    expect(shop("sectors: [cosmetics]\n").text).not.toContain("gros électroménager");
    // No template names bulky goods by itself any more.
    const sections = join(ROOT, "templates/fr/sections");
    for (const file of readdirSync(sections)) expect(readFileSync(join(sections, file), "utf8"), file).not.toContain("gros électroménager");
  });

  it("« de » before a shop's name is elided before a vowel or a mute h, in the model form and every template (R221-1)", () => {
    expect(elidedDe("Atelier Copeau SARL")).toBe("d’");
    expect(elidedDe("Éclat Naturel SAS")).toBe("d’");
    expect(elidedDe("ÉCLAT")).toBe("d’");
    for (const name of ["Âme Sœur", "Île Verte", "Ôde", "Œuvres Vives", "Ulysse", "Ysengrin", "Hôtel du Lac", "hibiscus", "eden", " Azur"]) expect(elidedDe(name), name).toBe("d’");
    for (const name of ["Librairie des Quais SCOP", "Maison Chêne SAS", "Yaourts & Co", "3 Suisses", "« Azur »", "Zèbre", ""]) expect(elidedDe(name), name).toBe("de ");

    const form = (text: string) => text.split("\n").find((l) => l.startsWith("À l'attention")) ?? "";
    expect(form(example("examples/atelier-lumiere.yaml").text)).toMatch(/^À l'attention d'Atelier Lumière SAS, 12 rue des Lilas/u);
    expect(form(example("examples/librairie-des-quais.yaml").text)).toMatch(/^À l'attention de Librairie des Quais SCOP, /u);
    expect(form(shop("shop:\n  legalName: Éclat Naturel SAS\n").text)).toMatch(/^À l'attention d'Éclat Naturel SAS, /u);
    expect(form(shop("shop:\n  legalName: Atelier Copeau SARL\n").text)).toMatch(/^À l'attention d'Atelier Copeau SARL, /u);
    expect(form(shop("shop:\n  legalName: Hôtel des Ventes SARL\n").text)).toMatch(/^À l'attention d'Hôtel des Ventes SARL, /u);
    expect(form(shop("shop:\n  legalName: \"*Atelier* SAS\"\n").text)).toMatch(/^À l'attention de \\\*Atelier\\\* SAS, /u);
    // The typographic apostrophe, like the templates' own text.
    const raw = renderMarkdown(shop("shop:\n  legalName: Éclat Naturel SAS\n").model!);
    expect(raw).toContain("À l’attention d’Éclat Naturel SAS");
    // No template writes « de » straight before a name any more.
    const dir = join(ROOT, "templates/fr");
    for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".hbs"))) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/\bde \{\{[^}]*(name|Name|guarantor)\}\}/u);
    }
  });

  it("a shop with hygiene-sealed goods is not invited to unpack them: open the parcel, keep the seal (L221-28 5°, L221-23)", () => {
    const sealedOnly = "sans rompre un scellé d'hygiène";
    const sweets = section(example("examples/douceurs-de-provence.yaml").text, "État des articles");
    expect(sweets).not.toContain("déballer");
    expect(sweets).toContain("Vous pouvez examiner l'article comme vous le feriez en magasin : ouvrir le colis et contrôler l'article, sans rompre un scellé d'hygiène.");
    const cosmetics = section(shop("sectors: [cosmetics]\n").text, "État des articles");
    expect(cosmetics).not.toContain("déballer");
    expect(cosmetics).toContain(sealedOnly);
    const sport = shop("sectors: [sports]\nwithdrawal:\n  exceptions: [5]\n");
    expect(sport.model!.examination.sealedHygiene).toBe(true);
    expect(section(sport.text, "État des articles")).toContain(": ouvrir le colis, contrôler l'article et l'essayer, sans rompre un scellé d'hygiène.");
    // Without 5°, the sentence stays as it was.
    const clothes = section(example("examples/atelier-lumiere.yaml").text, "État des articles");
    expect(clothes).toContain(": le déballer et l'essayer.");
    expect(clothes).not.toContain(sealedOnly);
    expect(section(example("examples/librairie-des-quais.yaml").text, "État des articles")).not.toContain(sealedOnly);
  });
});

describe("cross-references in the rendered policies", () => {
  it("every « voir « … » » names a heading of the same policy (voltix's title is « Achats… », not « Articles… »)", () => {
    const shops = readdirSync(join(ROOT, "test/golden"));
    let seen = 0;
    for (const shop of shops) {
      const md = norm(readFileSync(join(ROOT, "test/golden", shop, "politique-retour.md"), "utf8"));
      const headings = new Set([...md.matchAll(/^#{2,4} (.+)$/gmu)].map((m) => (m[1] as string).trim()));
      for (const [, title] of md.matchAll(/voir « ([^»]+?) »/gu)) {
        seen++;
        expect(headings.has(title as string), `${shop}: voir « ${title} »`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(17);
  });
});

describe("a commercial guarantee's own text (L217-21, L217-22)", () => {
  const commercial = (text: string) =>
    checkOverride(`guarantees:\n  commercial:\n    months: 12\n    territory: France métropolitaine\n    text: ${JSON.stringify(text)}\n`).findings.filter((f) => f.rule === "clause-guarantee");
  it("may last less than two years: that is its own duration, not a shortened legal guarantee", () => {
    for (const text of [
      "Garantie Seconde Vie : batterie remplacée gratuitement si sa capacité passe sous 80 % pendant 12 mois.",
      "Garantie Seconde Vie : écran remplacé gratuitement en cas de casse accidentelle pendant 12 mois.",
    ]) {
      expect(commercial(text), text).toEqual([]);
    }
  });
  it("still may not shorten the legal guarantee, there or in a clause of the shop's own", () => {
    expect(commercial("La garantie légale de conformité est limitée à 12 mois.")).toMatchObject([{ rule: "clause-guarantee", severity: "error" }]);
    const clause = checkOverride(`customClauses:\n  - title: Garantie\n    text: "Garantie : écran remplacé gratuitement pendant 12 mois."\n`).findings.filter((f) => f.rule === "clause-guarantee");
    expect(clause).toMatchObject([{ rule: "clause-guarantee", severity: "error" }]);
  });
});

describe("second-hand goods and the D211-2 box (L217-7)", () => {
  const policy = (secondHand: boolean) => {
    const loaded = loadConfig("/virtual/case.yaml", (path) => (path === "/virtual/case.yaml" ? { text: exampleText.replace("shop:\n", `shop:\n  secondHand: ${secondHand}\n`) } : { error: "missing" }));
    const r = checkLoaded(loaded, { lang: "fr" });
    if (!r.config) throw new Error(JSON.stringify(r.findings));
    return norm(renderMarkdown(buildPolicy(r.config, frRuleset.version)));
  };
  it("after the box (two years, verbatim), a second-hand shop says the presumption lasts 12 months; a shop of new goods does not", () => {
    const used = policy(true);
    const box = used.indexOf("encadré prévu par l'article D211-2");
    const note = used.indexOf("Pour un article d'occasion ou reconditionné, le délai pendant lequel vous n'avez à établir que l'existence du défaut, et non sa date d'apparition, est de **12 mois**");
    expect(box).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(box);
    expect(policy(false)).not.toContain("Pour un article d'occasion ou reconditionné, le délai");
  });
});

describe("a shop of services that are not dated leisure (sector `services`)", () => {
  const policy = (sectors: string) => {
    const r = checkOverride(`sectors: ${sectors}\nwithdrawal:\n  expressWaiver: true\n`);
    if (!r.config) throw new Error(JSON.stringify(r.findings));
    return norm(renderMarkdown(buildPolicy(r.config, frRuleset.version)));
  };
  it("runs the period from the contract and lists 1° (with the waiver path), never the dated leisure of 12° (L221-18, L221-28)", () => {
    const coaching = policy("[services]");
    expect(coaching).toContain("Pour une prestation de service, il part du jour de la conclusion du contrat");
    expect(coaching).toContain("(L221-28 1°)");
    expect(coaching).not.toContain("12°");
    expect(coaching).toContain("montant proportionnel"); // L221-25
    expect(policy("[leisure-services]")).toContain("(L221-28 12°)");
  });
});
