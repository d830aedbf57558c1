import type { Rule } from "../../types.js";

// L221-28 13° (and 1° for services): the right is lost only after express consent and express
// waiver, confirmed on a durable medium (L221-13).
export const digitalContentWaiver: Rule = {
  id: "digital-content-waiver",
  article: "L221-28 1° et 13°, L221-13",
  severity: "error",
  table: ["EX-005"],
  paths: ["withdrawal.expressWaiver", "sectors"],
  summary: {
    fr: "Contenus numériques et services : accord exprès et renonciation expresse avant de commencer.",
    en: "Digital content and services: express consent and waiver before starting.",
  },
  messages: {
    missing: {
      fr: "Pour le contenu numérique ou un service commencé pendant le délai, il faut recueillir l'accord exprès du client et sa renonciation expresse avant de démarrer, puis les confirmer par e-mail. Mettez withdrawal.expressWaiver à true une fois ce parcours en place.",
      en: "For digital content or a service started during the period, collect the customer's express consent and express waiver before starting, then confirm them by e-mail. Set withdrawal.expressWaiver to true once this is in place.",
    },
  },
  check: ({ config }) =>
    config.sectors.some((s) => s === "digital-content" || s === "leisure-services") && !config.withdrawal.expressWaiver
      ? [{ messageId: "missing", path: "sectors" }]
      : [],
};
