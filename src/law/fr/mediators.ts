/**
 * Consumer mediators (L612-1, L615-1) a French online shop may name, as data: the ones we know to
 * be on the CECMC list for consumer sales (e-commerce), the ones known to be withdrawn from it,
 * and known names that are not consumer mediators at all. A dated snapshot, not the list itself:
 * a mediator missing here is only "unknown" (a warning asking to check the official list).
 */

/** The official list, kept by the CECMC (L615-1). */
export const MEDIATOR_LIST_URL = "https://www.economie.gouv.fr/mediation-conso/liste-des-mediateurs-references";
/** When the entries below were last compared with their sources. */
export const MEDIATORS_CHECKED_ON = "2026-11-29";

export type MediatorStatus = "referenced" | "withdrawn" | "not-consumer";

export interface MediatorEntry {
  name: string;
  /** Website host names, without `www.`. */
  hosts: readonly string[];
  /** Words that identify it in a name as written by a shop (normalised: lower case, no accents). */
  names: readonly RegExp[];
  status: MediatorStatus;
  /** For `withdrawn`: the date of the CECMC decision. */
  since?: string;
  /** Where the status comes from. */
  source: string;
  /** For `referenced`: the site the wizard shows to an owner who has no mediator yet. */
  website?: string;
  /** Who may use it, when it is not every business. */
  forWhom?: { fr: string; en: string };
}

export const MEDIATORS: readonly MediatorEntry[] = [
  {
    name: "Médiateur du e-commerce de la FEVAD",
    hosts: ["mediateurfevad.fr"],
    website: "https://www.mediateurfevad.fr",
    forWhom: { fr: "pour les membres de la FEVAD", en: "for members of FEVAD" },
    names: [/\bfevad\b/u],
    status: "referenced",
    source: "https://www.mediateurfevad.fr ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "CM2C — Centre de la médiation de la consommation de conciliateurs de justice",
    hosts: ["cm2c.net"],
    website: "https://www.cm2c.net",
    names: [/\bcm2c\b/u],
    status: "referenced",
    source: "https://www.cm2c.net ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "AME Conso — Association des médiateurs européens",
    hosts: ["mediationconso-ame.com"],
    website: "https://www.mediationconso-ame.com",
    names: [/\bame conso\b/u],
    status: "referenced",
    source: "https://www.mediationconso-ame.com ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "SAS Médiation Solution",
    hosts: ["sasmediationsolution-conso.fr"],
    website: "https://www.sasmediationsolution-conso.fr",
    names: [/\bmediation solution\b/u],
    status: "referenced",
    source: "https://www.sasmediationsolution-conso.fr ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "Devigny Médiation",
    hosts: ["devignymediation.fr"],
    website: "https://www.devignymediation.fr",
    names: [/\bdevigny\b/u],
    status: "referenced",
    source: "https://www.devignymediation.fr ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "CNPM — Médiation de la consommation",
    hosts: ["cnpm-mediation-consommation.eu"],
    website: "https://cnpm-mediation-consommation.eu",
    names: [/\bcnpm\b/u],
    status: "referenced",
    source: "https://cnpm-mediation-consommation.eu ; liste CECMC (economie.gouv.fr/mediation-conso)",
  },
  {
    name: "MEDICYS",
    hosts: ["medicys.fr"],
    names: [/\bmedicys\b/u],
    status: "withdrawn",
    since: "2021-02-15",
    source: "Décision de la CECMC du 15 février 2021 (retrait de la liste), DDPP du Bas-Rhin : https://www.bas-rhin.gouv.fr/Actualites/Protection-des-populations/Mediateurs-de-la-consommation-retrait-de-MEDICYS",
  },
  {
    name: "Médiateur du livre",
    hosts: ["mediateurdulivre.fr"],
    names: [/\bmediateur du livre\b/u],
    status: "not-consumer",
    source: "Loi n° 2014-344 du 17 mars 2014, art. 144 : conciliation des litiges sur le prix du livre (lois n° 81-766 et 2011-590), pas un médiateur de la consommation au sens de L612-1",
  },
];

const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./u, "");
  } catch {
    return undefined;
  }
}

/** The entry a configured mediator matches, by website first, then by name. */
export function findMediator(mediator: { name: string; website: string }): MediatorEntry | undefined {
  const h = host(mediator.website);
  const byHost = h ? MEDIATORS.find((m) => m.hosts.some((x) => h === x || h.endsWith(`.${x}`))) : undefined;
  if (byHost) return byHost;
  const name = plain(mediator.name);
  return MEDIATORS.find((m) => m.names.some((re) => re.test(name)));
}

/** The dated list the wizard shows an owner with no mediator yet: referenced ones, with their site. */
export const mediators: readonly (MediatorEntry & { website: string })[] = MEDIATORS.filter(
  (m): m is MediatorEntry & { website: string } => m.status === "referenced" && m.website !== undefined,
);
export const MEDIATORS_CHECKED = MEDIATORS_CHECKED_ON;
export const OFFICIAL_MEDIATOR_LIST = MEDIATOR_LIST_URL;
