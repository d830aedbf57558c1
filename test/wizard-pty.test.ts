/**
 * The real executable in a pseudo-terminal, as a shop owner uses it: python3's standard `pty`
 * module gives `node bin/politique-retour.js init` a terminal (no native Node addon to build).
 * Each step waits for a piece of the question on screen, then types.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigFile } from "../src/io/read-config.js";
import { checkLoaded } from "../src/law/check.js";
import { loadConfig } from "../src/config/load.js";
import { FILE_NAMES, FORMATS } from "../src/render/policy-files.js";
import { mediators } from "../src/law/fr/mediators.js";
import { tempDir } from "./helpers.js";
import { DOWN, inPty } from "./pty.js";

describe("init in a real terminal", () => {
  it("refuses 10 days (L221-18), takes a 5,95 cap, survives Ctrl-C, resumes, writes the YAML and the policy", async () => {
    const dir = tempDir();
    const first = await inPty(["init", "boutique.yaml"], dir, [
      ["nom de votre boutique", "Atelier PTY\r"],
      ["raison sociale", "\r"],
      ["SIRET", "123 456 789 00015\r"],
      ["numéro et rue", "12 rue des Lilas\r"],
      ["Code postal", "69003\r"],
      ["Ville", "Lyon\r"],
      ["e-mail de contact", "bonjour@pty.fr\r"],
      // A telephone number is due before the contract (L221-5, R111-1): leaving it out is a warning.
      ["numéro de téléphone", "04 78 00 00 00\r"],
      ["adresse de votre site", "https://pty.fr\r"],
      ["Que vendez-vous", " "],
      ["◉", "\r"],
      ["partir de quelle date", "\r"],
      ["pour changer", "10\r"],
      ["L221-18", ""],
      ["pour changer", "14\r"],
      ["abonnements livrés", "\r"],
      ["bouton pour se", "oui\r"],
      ["se trouve ce bouton", "https://pty.fr/retractation\r"],
      ["Comment y arrive", "\r"],
      ["sans compte peut-il", "oui\r"],
      ["Texte du bouton", "\r"],
      ["bouton de confirmation", "\r"],
      ["Qui paie le renvoi", DOWN],
      ["", DOWN],
      ["", "\r"],
      ["au plus pour un retour", "5,95\r"],
      ["peuvent-ils vous renvoyer", "\r"],
      ["quel transporteur", "\r"],
      ["quelle étiquette", "\r"],
      ["combien le client paie", "\r"],
      ["pour renvoyer", "\x03"],
    ]);
    expect(first.failed, first.screen).toBeNull();
    expect(first.code, first.screen).toBe(130);
    expect(first.screen).toContain("Le délai de rétractation doit être d’au moins 14");
    expect(first.screen).toContain("init boutique.yaml --resume");
    expect(existsSync(join(dir, "boutique.yaml"))).toBe(false);

    const second = await inPty(["init", "boutique.yaml", "--resume"], dir, [
      ["Reprise de votre brouillon", ""],
      ["pour renvoyer", "\r"],
      ["Les retours arrivent", "\r"],
      ["numéro de retour", "\r"],
      ["emballage", "\r"],
      ["au plus pour rembourser", "\r"],
      ["Comment remboursez", "\r"],
      ["Attendez-vous", "\r"],
      ["des échanges", "\r"],
      ["garantie commerciale", "\r"],
      ["E-mail du service client", "\r"],
      ["Téléphone du service client", "\r"],
      ["Horaires du service client", "\r"],
      ["chat sur votre site", "\r"],
      ["formulaire de contact", "\r"],
      ["médiateur de la consommation", "\r"],
      ["Son nom", "Médiateur du e-commerce de la FEVAD\r"],
      ["Son site web", "https://www.mediateurfevad.fr\r"],
      ["clause à vous", "\r"],
      ["Voici vos choix", ""],
      ["Atelier PTY", ""],
      ["Tout est bon, ou voulez", "\r"],
      ["Créer la politique", "\r"],
      ["Que voulez-vous obtenir", "\r"],
      ["Votre politique est prête", ""],
      ["Pour changer une réponse plus tard", ""],
    ]);
    expect(second.failed, second.screen).toBeNull();
    expect(second.code, second.screen).toBe(0);

    const file = join(dir, "boutique.yaml");
    expect(readFileSync(file, "utf8")).toMatch(/^# yaml-language-server: \$schema=/u);
    const checked = checkLoaded(loadConfig(file, readConfigFile));
    expect(checked.ok).toBe(true);
    expect(checked.config).toMatchObject({
      shop: { name: "Atelier PTY", address: { city: "Lyon" } },
      withdrawal: { days: 14 },
      returns: { costs: { payer: "capped", cap: 5.95 }, methods: [{ type: "post", price: 5.95 }] },
    });
    // Every policy format is ticked by default; the kit only when the owner asked for it.
    for (const format of FORMATS) expect(existsSync(join(dir, "out", "atelier-pty", FILE_NAMES[format])), format).toBe(format !== "withdrawal-kit" && format !== "docx"); // the kit unless asked for; Word only with --format docx
  }, 60_000);

  it("goes through every refusal to the end: SIREN, e-mail, nothing ticked, no button (kit), required packaging, no mediator", async () => {
    const dir = tempDir();
    const started = Date.now();
    const run = await inPty(["init"], dir, [
      ["nom de votre boutique", "Mode Lyon\r"],
      ["raison sociale", "\r"],
      ["SIRET", "123 456 789\r"],
      ["C’est un SIREN", ""],
      ["SIRET", "\r"],
      ["immatriculation au RCS", "RCS Lyon 123 456 789\r"],
      ["numéro et rue", "4 rue Mercière\r"],
      ["Code postal", "69 002\r"],
      ["Ville", "Lyon\r"],
      ["e-mail de contact", "bonjour.modelyon.fr\r"],
      ["Il manque le", ""],
      ["e-mail de contact", "bonjour@modelyon.fr\r"],
      ["numéro de téléphone", "04 78 00 00 02\r"],
      ["adresse de votre site", "www.modelyon.fr\r"],
      ["Que vendez-vous", "\r"],
      ["appuyez sur Espace pour cocher", " \r"],
      ["partir de quelle date", "01/12/2026\r"],
      ["pour changer", "\r"],
      ["abonnements livrés", "\r"],
      ["bouton pour se", "\r"],
      ["Répondez oui ou non", "non\r"],
      ["la loi demande", ""],
      ["Que voulez-vous faire", "\r"],
      ["page du kit", "\r"],
      ["Comment y arrive", "\r"],
      ["sans compte peut-il", "oui\r"],
      ["Texte du bouton", "\r"],
      ["bouton de confirmation", "\r"],
      ["formulaire du kit", "\r"],
      ["Qui paie le renvoi", `${DOWN}${DOWN}\r`],
      ["au plus pour un retour", "5,95\r"],
      ["peuvent-ils vous renvoyer", "\r"],
      ["quel transporteur", "\r"],
      ["quelle étiquette", "\r"],
      ["combien le client paie", "\r"],
      ["pour renvoyer", "\r"],
      ["Les retours arrivent", "\r"],
      ["numéro de retour", "\r"],
      ["comme emballage", `${DOWN}\r`],
      ["dans un autre carton", ""],
      ["comme emballage", "\r"],
      ["au plus pour rembourser", "\r"],
      ["Comment remboursez", "\r"],
      ["Attendez-vous", "\r"],
      ["des échanges", "\r"],
      ["garantie commerciale", "\r"],
      ["E-mail du service client", "\r"],
      ["Téléphone du service client", "\r"],
      ["Horaires du service client", "\r"],
      ["chat sur votre site", "\r"],
      ["formulaire de contact", "\r"],
      ["Adhérez-vous à un médiateur", "non\r"],
      ["https://www.cm2c.net", ""],
      // From « pause » (last, after « other ») up to CM2C, wherever the shared list puts it.
      ["Où en êtes-vous", "\x1b[A".repeat(mediators.length + 1 - mediators.findIndex((m) => m.website === "https://www.cm2c.net")) + "\r"],
      ["clause à vous", "\r"],
      ["Voici vos choix", ""],
      ["Tout est bon, ou voulez", "\r"],
      ["Créer la politique", "\r"],
      ["Que voulez-vous obtenir", "\r"],
      ["Pour changer une réponse plus tard", ""],
    ]);
    expect(run.failed, run.screen).toBeNull();
    expect(run.code, run.screen).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    // Refusals in plain words: no YAML path, no « mettez preferred », never ✔ then ✖ for one answer.
    expect(run.screen).not.toMatch(/withdrawal\.onlineFunction|mediator\.name|« preferred »|Erreur interne/u);
    expect(run.screen).not.toMatch(/✔ Son numéro SIRET[^\n]*123 456 789\n/u);
    expect(run.screen).toMatch(/✖ Son numéro SIRET[^\n]*123 456 789/u);
    // Inquirer's key hints in French.
    expect(run.screen).toContain("espace choisir");
    expect(run.screen).toContain("Entrée valider");
    expect(run.screen).not.toMatch(/space select|⏎ submit/u);
    const checked = checkLoaded(loadConfig(join(dir, "politique-retour.yaml"), readConfigFile));
    expect(checked.ok).toBe(true);
    expect(checked.config).toMatchObject({
      effectiveDate: "2026-12-01",
      shop: { rcs: "RCS Lyon 123 456 789", website: "https://www.modelyon.fr", address: { postalCode: "69002" } },
      withdrawal: { onlineFunction: { url: "https://www.modelyon.fr/renoncer-au-contrat" } },
      returns: { originalPackaging: "preferred" },
      mediator: { website: "https://www.cm2c.net" },
    });
    expect(existsSync(join(dir, "out", "mode-lyon", "retractation-page.html"))).toBe(true);
    expect(existsSync(join(dir, "out", "mode-lyon", "retractation-accuse-reception.txt"))).toBe(true);
  }, 90_000);
});
