import type { Sector } from "../../../config/schema.js";
import type { Rule } from "../../types.js";
import { WAIVER_EXCEPTIONS } from "../exceptions.js";

const DIGITAL: readonly Sector[] = ["digital-content", "software"];

// L221-28 13° (digital content) and 1° (services fully performed): the right is lost only after
// express consent and an acknowledged loss, confirmed on a durable medium (L221-13). Without that
// flow the customer keeps the right and owes nothing (L221-26, L221-25). 12° (dated leisure
// services) needs no waiver at all.
export const digitalContentWaiver: Rule = {
  id: "digital-content-waiver",
  article: "L221-28 1° et 13°, L221-13, L221-26",
  severity: "warning",
  table: ["EX-005"],
  paths: ["withdrawal.expressWaiver", "withdrawal.exceptions", "sectors"],
  summary: {
    fr: "Contenus numériques et services : sans accord exprès ni renonciation confirmés, le client garde son droit.",
    en: "Digital content and services: without confirmed express consent and waiver, the customer keeps the right.",
  },
  messages: {
    missing: {
      fr: "Vous vendez des contenus numériques ou des logiciels sans parcours de renonciation : vos clients gardent leur droit de rétractation même après le téléchargement et ne vous doivent rien s'ils l'exercent (L221-26). Pour fournir le contenu pendant le délai sans ce risque, recueillez leur accord exprès et la reconnaissance qu'ils perdent ce droit, confirmés par e-mail, puis mettez withdrawal.expressWaiver à true.",
      en: "You sell digital content or software without a waiver flow: customers keep their withdrawal right even after downloading and owe nothing if they use it (L221-26). To supply during the period without that risk, collect their express consent and acknowledgement that they lose the right, confirmed by e-mail, then set withdrawal.expressWaiver to true.",
    },
    exceptionWithoutWaiver: {
      fr: "L'exception {item}° de l'article L221-28 ne s'applique qu'après l'accord exprès du client et sa renonciation expresse, confirmés par e-mail. Mettez withdrawal.expressWaiver à true une fois ce parcours en place, ou retirez {item} de withdrawal.exceptions.",
      en: "Exception {item}° of article L221-28 only applies after the customer's express consent and express waiver, confirmed by e-mail. Set withdrawal.expressWaiver to true once this is in place, or remove {item} from withdrawal.exceptions.",
    },
  },
  check: ({ config }) => {
    if (config.withdrawal.expressWaiver) return [];
    const listed = (config.withdrawal.exceptions ?? []).flatMap((item, i) =>
      WAIVER_EXCEPTIONS.includes(item)
        ? [{ messageId: "exceptionWithoutWaiver", path: `withdrawal.exceptions.${i}`, severity: "error" as const, data: { item } }]
        : [],
    );
    const digital = config.sectors.some((s) => DIGITAL.includes(s)) ? [{ messageId: "missing", path: "sectors" }] : [];
    return [...listed, ...digital];
  },
};
