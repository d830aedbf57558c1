import { findMediator, MEDIATOR_LIST_URL, MEDIATORS_CHECKED_ON } from "../mediators.js";
import { frenchDate } from "../../../text/typography.js";
import type { Rule } from "../../types.js";

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `2021-02-15` → `15 February 2021`: the date in an English message. */
export function englishDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

// L612-1, L616-1: every consumer may use a mediator for free; the shop names one it has actually
// joined, referenced by the CECMC (L615-1), and its website.
export const mediator: Rule = {
  id: "mediator",
  article: "L612-1, L616-1",
  severity: "error",
  table: ["MD-001"],
  paths: ["mediator"],
  summary: {
    fr: "La politique nomme un médiateur de la consommation référencé et son site.",
    en: "The policy names a referenced consumer mediator and its website.",
  },
  messages: {
    missing: {
      fr: "Indiquez le nom et le site du médiateur de la consommation auquel vous avez adhéré (mediator.name, mediator.website).",
      en: "Give the name and website of the consumer mediator you joined (mediator.name, mediator.website).",
    },
    withdrawn: {
      fr: "{name} a été retiré de la liste des médiateurs de la consommation le {sinceFr} : il ne peut plus traiter vos litiges. Adhérez à un médiateur référencé (liste : {list}) et indiquez-le ici.",
      en: "{name} was withdrawn from the list of consumer mediators on {sinceEn}: it can no longer handle your disputes. Join a referenced mediator (list: {list}) and give it here.",
    },
    notConsumer: {
      fr: "{name} n'est pas un médiateur de la consommation : il ne remplit pas votre obligation. Adhérez à un médiateur de la consommation référencé par la CECMC (liste : {list}).",
      en: "{name} is not a consumer mediator: it does not meet your duty. Join a consumer mediator referenced by the CECMC (list: {list}).",
    },
    unknown: {
      fr: "Nous ne connaissons pas « {name} » (liste vérifiée au {checked}) : vérifiez qu'il est référencé par la CECMC pour la vente en ligne ({list}) et que vous y avez bien adhéré.",
      en: "We do not know \"{name}\" (list checked on {checked}): check that it is referenced by the CECMC for online sales ({list}) and that you have joined it.",
    },
  },
  check: ({ config }) => {
    if (!config.mediator) return [{ messageId: "missing", path: "mediator" }];
    const found = findMediator(config.mediator);
    const data = { name: config.mediator.name, list: MEDIATOR_LIST_URL, checked: MEDIATORS_CHECKED_ON };
    if (!found) return [{ messageId: "unknown", path: "mediator.name", severity: "warning", data }];
    if (found.status === "withdrawn") return [{ messageId: "withdrawn", path: "mediator.name", data: { ...data, sinceFr: found.since ? frenchDate(found.since) : "", sinceEn: found.since ? englishDate(found.since) : "" } }];
    if (found.status === "not-consumer") return [{ messageId: "notConsumer", path: "mediator.name", data }];
    return [];
  },
};
