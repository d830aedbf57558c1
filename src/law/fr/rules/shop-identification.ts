import type { Rule } from "../../types.js";

// L221-5, LCEN art. 19: customers must be able to identify the business (SIREN/SIRET or RCS).
export const shopIdentification: Rule = {
  id: "shop-identification",
  article: "L221-5, LCEN art. 19",
  severity: "warning",
  table: ["ID-002"],
  paths: ["shop.siret", "shop.rcs"],
  summary: { fr: "La boutique indique son SIRET (ou son RCS).", en: "The shop gives its SIRET (or RCS)." },
  messages: {
    missing: {
      fr: "Ajoutez votre numéro SIRET (ou votre immatriculation RCS) pour que vos clients puissent vous identifier.",
      en: "Add your SIRET number (or RCS registration) so that customers can identify you.",
    },
  },
  check: ({ config }) => (!config.shop.siret && !config.shop.rcs ? [{ messageId: "missing", path: "shop", key: true }] : []),
};
