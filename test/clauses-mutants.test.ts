/**
 * The clause analyser's machinery, pinned where `npm run mutation` left mutants alive
 * (docs/mutation.md): how the word lists of concepts.ts are read (gaps, elisions, exact words,
 * `prev`/`notPrev`, `@only`), durations, negation and order, and which words a finding points at.
 *
 * Each test starts from a fresh analyser, as a new process does (the CLI checks one config per
 * process): the analyser compiles a concept's word list the first time a sentence needs it and
 * remembers each text, so with a shared module only the first test to need a list would run that
 * code, and a mutant in it would be judged by whatever that test happened to assert.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { analyseClauses as AnalyseClauses } from "../src/law/fr/clauses/analyse.js";

let analyseClauses: typeof AnalyseClauses;
beforeEach(async () => {
  vi.resetModules();
  ({ analyseClauses } = await import("../src/law/fr/clauses/analyse.js"));
});

/** Each finding as `pattern «words it points at»`. */
const found = (text: string): string[] => analyseClauses(text).map((m) => `${m.pattern} «${text.slice(m.at.start, m.at.end)}»`);

describe("word lists: how concepts.ts is read", () => {
  it("`~` lets up to three words in between, not four", () => {
    expect(found("La boîte rouge vif d'origine est obligatoire.")).toEqual(["packaging-required «boîte rouge vif d'origine»"]);
    expect(found("La boîte rouge et verte d'origine est obligatoire.")).toEqual([]);
    expect(found("Nous déclinons toute forme de responsabilité.")).toEqual([
      "liability-excluded «déclinons toute forme de responsabilité»",
      "hostile-word «déclinons toute forme de responsabilité»",
    ]);
    expect(found("Nous déclinons en cas de panne toute la responsabilité.")).toEqual([]);
  });

  it("a phrase goes on after the word its `~` found: « y compris ~ frais de livraison »", () => {
    expect(found("Nous remboursons la commande, y compris les frais de livraison, sauf les articles personnalisés.")).toEqual([]);
    expect(found("Nous remboursons la commande, sauf les frais de livraison.")).toEqual(["delivery-kept «frais de livraison»"]);
  });

  it("a word said twice: a phrase is tried at each place its first word is", () => {
    expect(found("Les frais de dossier et les frais de port ne sont pas remboursés.")).toEqual(["fees «frais de dossier»", "delivery-kept «frais de port»"]);
  });

  it("`~` goes over a comma, not over a colon", () => {
    expect(found("Emballage, origine obligatoire.")).toEqual(["packaging-required «Emballage, origine»"]);
    expect(found("Emballage : origine obligatoire.")).toEqual([]);
  });

  it("elided words of a list (« n' », « jusqu' ») meet the words as the text writes them", () => {
    expect(found("Nous ne sommes pas responsables des dommages.")).toEqual(["liability-excluded «responsables»"]);
    expect(found("Vous n'êtes pas responsable des dommages.")).toEqual([]);
    expect(found("Le client n'est pas responsable des dommages.")).toEqual([]);
    expect(found("Nous ne sommes pas responsables du transport.")).toEqual(["not-responsible «responsables»"]);
    expect(found("Nous ne sommes pas responsables du transport jusqu'à la remise du colis.")).toEqual([]);
    // « à l'exception » keeps the delivery costs; « s'ajoute » makes a guarantee commercial.
    expect(found("Remboursement à l'exception des frais de port.")).toEqual(["delivery-kept «frais de port»"]);
    expect(found("Notre garantie de 6 mois s'ajoute à la garantie légale.")).toEqual([]);
    expect(found("Notre garantie de 6 mois remplace la garantie légale.")).toEqual(["guarantee-short «garantie»"]);
  });

  it("short words of a list are compared as written: « dès » is not « de »", () => {
    expect(found("Le délai part dès la commande pour tout retour.")).toEqual(["period-from-order «dès la commande»"]);
    expect(found("Le retour de la commande est gratuit.")).toEqual([]);
  });

  it("`=mot` is that word only, not its stem: « porté » is worn, « port » is carriage", () => {
    expect(found("Les articles portés ne sont pas repris.")).toEqual(["worn-refused «portés»"]);
    expect(found("Les frais de port ne sont pas repris.")).toEqual(["delivery-kept «frais de port»"]);
  });

  it("`prev` and `notPrev`: « en avoir » is a credit note, « devez avoir » a verb; « complet » of the item, not of the refund", () => {
    expect(found("Nous remboursons uniquement en avoir.")).toEqual(["credit-only «avoir»"]);
    expect(found("Vous devez avoir reçu l'article pour le renvoyer uniquement.")).toEqual([]);
    expect(found("Le colis doit être complet.")).toEqual(["packaging-required «complet»"]);
    expect(found("Le remboursement complet est obligatoire.")).toEqual([]);
  });

  it("at the start of a sentence: a word with `prev` has none before it, a word with `notPrev` is free", () => {
    expect(found("Raisons de notre choix : nous aimons nos clients.")).toEqual([]);
    expect(found("Complets, les articles doivent être renvoyés.")).toEqual(["packaging-required «Complets»"]);
  });

  it("a `~` at the end of a text without its final point", () => {
    expect(found("L'emballage est obligatoire")).toEqual([]);
    expect(found("L'emballage d'origine est obligatoire")).toEqual(["packaging-required «emballage d'origine»"]);
  });

  it("`@only` is the word after « ne … que »", () => {
    expect(found("Nous ne remboursons que par avoir.")).toEqual(["credit-only «avoir»"]);
  });
});

describe("durations", () => {
  it("hours and days glued to the number: « 72h », « 7j »", () => {
    expect(found("Vous disposez de 72h pour changer d'avis.")).toEqual(["period-short «72h»"]);
    expect(found("Vous disposez de 7j pour changer d'avis.")).toEqual(["period-short «7j»"]);
    expect(found("Vous disposez de 72 h pour changer d'avis.")).toEqual(["period-short «72 h»"]);
    expect(found("Vous disposez de 72 heures pour changer d'avis.")).toEqual(["period-short «72 heures»"]);
    expect(found("Remboursement sous 720h.")).toEqual(["refund-late «Remboursement»"]);
    expect(found("Nous remboursons sous 48h.")).toEqual([]);
  });

  it("a guarantee under two years, in months or years", () => {
    expect(found("Nos produits sont garantis 23 mois.")).toEqual(["guarantee-short «garantis»"]);
    expect(found("Nos produits sont garantis 1 an.")).toEqual(["guarantee-short «garantis»"]);
    expect(found("Nos produits sont garantis 24 mois.")).toEqual([]);
    expect(found("Nos produits sont garantis 2 ans.")).toEqual([]);
  });
});

describe("durations against the law's numbers", () => {
  it("withdrawal: 13 days is short, 14 is not; refund: 15 days is late, 14 is not", () => {
    expect(found("Vous disposez de 13 jours pour changer d'avis.")).toEqual(["period-short «13 jours»"]);
    expect(found("Vous disposez de 14 jours pour changer d'avis.")).toEqual([]);
    expect(found("Nous remboursons sous 15 jours.")).toEqual(["refund-late «remboursons»"]);
    expect(found("Nous remboursons sous 14 jours.")).toEqual([]);
  });

  it("a guarantee in years or months, not days (« 30 jours » there is a repair delay)", () => {
    expect(found("Nos produits sont garantis 1 année.")).toEqual(["guarantee-short «garantis»"]);
    expect(found("Nos produits sont garantis 700 jours.")).toEqual([]);
  });

  it("a duration denied is not the one given", () => {
    expect(found("Le délai n'est pas de 7 jours pour changer d'avis.")).toEqual([]);
    expect(found("Vous disposez de 14 jours, et non de 7 jours, pour changer d'avis.")).toEqual([]);
  });

  it("a date or a code glued to a number is no duration: « 7juin », « RET7j »", () => {
    expect(found("Vous avez jusqu'au 7juin pour retourner un article.")).toEqual([]);
    expect(found("Indiquez le code RET7j pour retourner un article.")).toEqual([]);
  });

  it("a number with no unit after it is no duration, even at the very end", () => {
    expect(found("Vous disposez de 7")).toEqual([]);
    expect(found("Vous disposez de 7 articles pour changer d'avis.")).toEqual([]);
  });
});

describe("patterns: order, refusal, one finding per rule and sentence, the closed list last", () => {
  it("a finding points at the first of its alternatives said in the sentence", () => {
    expect(found("Tout article incomplet ou sans sa notice sera refusé.")).toEqual(["packaging-missing-refused «incomplet»"]);
  });

  it("an ordered pattern needs its words in that order", () => {
    expect(found("Aucun remboursement : un avoir vous sera proposé.")).toEqual(["credit-after-no-refund «remboursement»", "hostile-none-accepted «Aucun»"]);
    expect(found("Un avoir vous sera proposé, aucun remboursement.")).toEqual(["hostile-none-accepted «aucun»"]);
  });

  it("`*X` takes X said or denied: « aucun droit de rétractation » still names the right", () => {
    expect(found("Aucun droit de rétractation ne s'applique à nos produits.")).toEqual(["right-denied «droit de rétractation»"]);
  });

  it("refusing denied is no refusal", () => {
    expect(found("Les articles soldés ne sont pas refusés.")).toEqual([]);
    expect(found("Les articles soldés ne sont pas repris.")).toEqual(["sale-refused «soldés»"]);
    // « not excluded » wins over a « not taken back » that only says where.
    expect(found("Les articles soldés ne sont pas exclus : ils ne sont pas repris en magasin mais par la poste.")).toEqual([]);
  });

  it("one finding per rule in each sentence, each sentence on its own", () => {
    const text = "Les soldes ne sont pas repris. Les promotions ne sont pas reprises non plus.";
    const matches = analyseClauses(text);
    expect(matches.map((m) => [m.pattern, m.rule, m.severity, text.slice(m.sentence.start, m.sentence.end), text.slice(m.at.start, m.at.end)])).toEqual([
      ["sale-refused", "clause-sale-items", "error", "Les soldes ne sont pas repris.", "soldes"],
      ["sale-refused", "clause-sale-items", "error", "Les promotions ne sont pas reprises non plus.", "promotions"],
    ]);
    expect(matches[0]).toMatchObject({ category: "sale", article: "L221-28, L221-29" });
    expect(matches[0]?.rewrite.fr).toMatch(/^Écrivez plutôt/u);
  });

  it("the closed list (L221-28) speaks when no error did, warnings aside, and not on a heading of three words", () => {
    expect(found("Nous refusons les produits électroniques.")).toEqual(["hostile-we-refuse «Nous»", "invented-exception «refusons»"]);
    expect(found("Produits électroniques non repris.")).toEqual(["invented-exception «repris»"]);
    expect(found("Électronique non reprise.")).toEqual([]);
    expect(found("Jeux non repris.")).toEqual([]);
    expect(found("Les articles soldés ne sont pas repris.")).toEqual(["sale-refused «soldés»"]);
  });
});

describe("each text is read once", () => {
  it("the same text gives the same findings, not read again", () => {
    const text = "Les soldes ne sont pas repris.";
    expect(analyseClauses(text)).toBe(analyseClauses(text));
  });

  it("the memory holds 2 000 texts, then starts again", () => {
    const first = analyseClauses("Les soldes ne sont pas repris.");
    for (let i = 1; i < 2_000; i++) analyseClauses(`n${i}`);
    expect(analyseClauses("Les soldes ne sont pas repris.")).toBe(first);
    analyseClauses("n2000");
    const again = analyseClauses("Les soldes ne sont pas repris.");
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
