import type { Rule } from "../../types.js";

// L221-5 (avis d'information type, note 5): the customer must know where to hand goods back.
export const dropOffLocations: Rule = {
  id: "drop-off-locations",
  article: "L221-5, L221-23",
  severity: "error",
  paths: ["returns.methods"],
  summary: {
    fr: "Un dépôt en magasin ou à l'entrepôt donne ses adresses.",
    en: "A store or warehouse drop-off gives its addresses.",
  },
  messages: {
    missing: {
      fr: "Pour un retour en magasin ou à l'entrepôt, indiquez au moins une adresse dans locations.",
      en: "For a store or warehouse return, give at least one address in locations.",
    },
  },
  check: ({ config }) =>
    config.returns.methods.flatMap((m, i) =>
      (m.type === "store" || m.type === "warehouse") && !m.locations?.length
        ? [{ messageId: "missing", path: `returns.methods.${i}.type` }]
        : [],
    ),
};
