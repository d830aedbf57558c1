import type { Rule } from "../../types.js";

// L221-23: a customer who pays the return must be told what it costs; a prepaid label the
// customer pays for needs its price.
export const prepaidLabelPrice: Rule = {
  id: "prepaid-label-price",
  article: "L221-23",
  severity: "warning",
  paths: ["returns.methods", "returns.costs.payer"],
  summary: {
    fr: "Une étiquette prépayée payée par le client a un prix.",
    en: "A prepaid label the customer pays for has a price.",
  },
  messages: {
    noPrice: {
      fr: "Vous fournissez une étiquette prépayée mais le client paie le retour : indiquez ce qu'elle lui coûte (price, par exemple 5.95), ou mettez price: 0 si elle est gratuite.",
      en: "You provide a prepaid label but the customer pays for returns: give what it costs (price, e.g. 5.95), or price: 0 if it is free.",
    },
  },
  check: ({ config }) =>
    config.returns.costs.payer === "customer"
      ? config.returns.methods.flatMap((m, i) =>
          m.label === "prepaid" && m.price === undefined ? [{ messageId: "noPrice", path: `returns.methods.${i}.label` }] : [],
        )
      : [],
};
