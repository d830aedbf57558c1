import type { Rule } from "../../types.js";

// L612-1, L616-1: every consumer may use a mediator for free; the shop names it and its website.
export const mediator: Rule = {
  id: "mediator",
  article: "L612-1, L616-1",
  severity: "error",
  table: ["MD-001"],
  paths: ["mediator"],
  summary: {
    fr: "La politique nomme le médiateur de la consommation et son site.",
    en: "The policy names the consumer mediator and its website.",
  },
  messages: {
    missing: {
      fr: "Indiquez le nom et le site du médiateur de la consommation auquel vous avez adhéré (mediator.name, mediator.website).",
      en: "Give the name and website of the consumer mediator you joined (mediator.name, mediator.website).",
    },
  },
  check: ({ config }) => (config.mediator ? [] : [{ messageId: "missing", path: "mediator" }]),
};
