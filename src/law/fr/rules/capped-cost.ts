import type { Rule } from "../../types.js";

// L221-23, L221-5 8°: a customer who pays the return must know how much; "capped" needs its cap.
export const cappedCost: Rule = {
  id: "capped-cost",
  article: "L221-23, L221-5 8°",
  severity: "error",
  paths: ["returns.costs.payer", "returns.costs.cap"],
  summary: {
    fr: "Un plafond de frais de retour a un montant.",
    en: "A capped return cost has an amount.",
  },
  messages: {
    missing: {
      fr: "Vous avez choisi « capped » : indiquez le montant maximal payé par le client dans returns.costs.cap (par exemple 5,95).",
      en: "You chose \"capped\": give the most the customer pays in returns.costs.cap (for example 5.95).",
    },
  },
  check: ({ config }) =>
    config.returns.costs.payer === "capped" && config.returns.costs.cap === undefined
      ? [{ messageId: "missing", path: "returns.costs.payer" }]
      : [],
};
