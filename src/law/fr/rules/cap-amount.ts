import type { Rule } from "../../types.js";

/** Above what a parcel carrier charges for a usual return in France (2026): likely a typo. */
export const TYPICAL_CARRIER_MAX = 15;

// L221-23: the customer bears only the direct cost of return; a cap of 0 means free returns.
export const capAmount: Rule = {
  id: "cap-amount",
  article: "L221-23",
  severity: "warning",
  paths: ["returns.costs.cap", "returns.costs.payer"],
  summary: {
    fr: "Le plafond des frais de retour est plausible.",
    en: "The return cost cap is plausible.",
  },
  messages: {
    zero: {
      fr: "Un plafond de 0 € veut dire que le retour est gratuit : mettez plutôt payer: merchant.",
      en: "A cap of €0 means free returns: set payer: merchant instead.",
    },
    high: {
      fr: "Un plafond de {cap:eur} dépasse le prix habituel d'un retour par transporteur (environ {typical:eur}) : le client ne paie que le coût direct du retour. Vérifiez ce montant.",
      en: "A cap of {cap:eur} is above a usual carrier return price (about {typical:eur}): the customer only pays the direct cost of return. Check this amount.",
    },
    unused: {
      fr: "Un plafond n'est utilisé qu'avec payer: capped ; il est ignoré ici.",
      en: "A cap is only used with payer: capped; it is ignored here.",
    },
  },
  check: ({ config }) => {
    const { payer, cap } = config.returns.costs;
    if (cap === undefined) return [];
    if (payer !== "capped") return [{ messageId: "unused", path: "returns.costs.cap" }];
    if (cap === 0) return [{ messageId: "zero", path: "returns.costs.cap" }];
    if (cap > TYPICAL_CARRIER_MAX) {
      return [{ messageId: "high", path: "returns.costs.cap", data: { cap, typical: TYPICAL_CARRIER_MAX } }];
    }
    return [];
  },
};
