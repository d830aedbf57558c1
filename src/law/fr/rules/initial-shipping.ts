import type { Rule } from "../../types.js";

// L221-24: all sums paid are refunded, standard delivery included (only an express surcharge may be kept).
export const initialShipping: Rule = {
  id: "initial-shipping",
  article: "L221-24",
  severity: "error",
  table: ["RF-004"],
  paths: ["refunds.initialShipping"],
  summary: {
    fr: "Les frais de livraison standard sont remboursés.",
    en: "Standard delivery costs are refunded.",
  },
  messages: {
    notRefunded: {
      fr: "Les frais de livraison standard payés par le client doivent être remboursés (seul le supplément d'une livraison express choisie peut être conservé). Mettez « refunded ».",
      en: "The standard delivery costs the customer paid must be refunded (only the extra cost of a chosen express delivery may be kept). Set \"refunded\".",
    },
  },
  check: ({ config }) =>
    config.refunds.initialShipping !== "refunded" ? [{ messageId: "notRefunded", path: "refunds.initialShipping" }] : [],
};
