/**
 * A short, dated list of consumer mediators (L612-1) that take disputes from online shops, for
 * shop owners who have not joined one yet. Not an endorsement and not exhaustive: the official
 * list kept by the CECMC (L615-1) is the authority, and the owner must sign an agreement with
 * the mediator before naming it (economie.gouv.fr, « Choisir un médiateur de la consommation »).
 *
 * Fields: `since` is the earliest date our source shows the mediator as referenced (AAAA-MM);
 * `sourced` is the page that shows it. The list as a whole was last checked on MEDIATORS_CHECKED.
 */
export interface Mediator {
  name: string;
  website: string;
  /** Earliest date (AAAA-MM) a source shows it referenced. */
  since: string;
  /** Where that was seen. */
  sourced: string;
  /** Who may use it, when it is not every business. */
  forWhom?: { fr: string; en: string };
}

/** The day this list was last compared with its sources. */
export const MEDIATORS_CHECKED = "2026-11-29";

/** The official list of referenced mediators (CECMC), to check a mediator is still on it. */
export const OFFICIAL_MEDIATOR_LIST = "https://www.economie.gouv.fr/mediation-conso/liste-des-mediateurs-references";

export const mediators: readonly Mediator[] = [
  {
    name: "CM2C (Centre de la Médiation de la Consommation de Conciliateurs de Justice)",
    website: "https://www.cm2c.net",
    since: "2021-04",
    sourced: "https://www.ffbatiment.fr/actualites-batiment/actualite/l-adhesion-a-un-mediateur-de-la-consommation-est-elle-obligatoire",
  },
  {
    name: "CNPM Médiation Consommation",
    website: "https://cnpm-mediation-consommation.eu",
    since: "2021-04",
    sourced: "https://www.ffbatiment.fr/actualites-batiment/actualite/l-adhesion-a-un-mediateur-de-la-consommation-est-elle-obligatoire",
  },
  {
    name: "AME Conso (Association Médiation Entreprises)",
    website: "https://www.mediationconso-ame.com",
    since: "2025-07",
    sourced: "https://www.mediationconso-ame.com",
  },
  {
    name: "SAS Médiation Solution",
    website: "https://www.sasmediationsolution-conso.fr",
    since: "2025-07",
    sourced: "https://www.sasmediationsolution-conso.fr",
  },
  {
    name: "Médiateur du e-commerce de la FEVAD",
    website: "https://www.mediateurfevad.fr",
    since: "2016-01",
    sourced: "https://www.mediateurfevad.fr",
    forWhom: { fr: "pour les membres de la FEVAD", en: "for members of FEVAD" },
  },
];
