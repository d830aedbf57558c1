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

  it("`@only` is the word after « ne … que »", () => {
    expect(found("Nous ne remboursons que par avoir.")).toEqual(["credit-only «avoir»"]);
  });
});

describe("durations", () => {
  it("hours and days glued to the number: « 72h », « 7j »", () => {
    expect(found("Vous disposez de 72h pour changer d'avis.")).toEqual(["period-short «72h»"]);
    expect(found("Vous disposez de 7j pour changer d'avis.")).toEqual(["period-short «7j»"]);
    expect(found("Vous disposez de 72 h pour changer d'avis.")).toEqual(["period-short «72 h»"]);
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
