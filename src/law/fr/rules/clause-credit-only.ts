import { clauseRule } from "../wording.js";

// L221-24: same means of payment, unless the customer expressly agrees to another.
export const clauseCreditOnly = clauseRule({
  id: "clause-credit-only",
  article: "L221-24",
  table: ["RF-002"],
  pattern: [
    { all: [/\b(uniquement|seulement|exclusivement|que) (sous forme d'|par |en |d'un )?(un )?(avoir|bon d'achat|bons d'achat|credit boutique|carte cadeau)\b/u] },
    { all: [/\brembours\w* (sous forme d'|en |par )(un )?(avoir|bon d'achat|credit)\b/u], none: [/\b(si vous|a votre demande|au choix|si vous le (souhaitez|preferez|choisissez))/u] },
  ],
  summary: { fr: "Pas de remboursement en avoir imposé.", en: "No imposed credit-note refund." },
  message: {
    fr: "Le remboursement se fait par le même moyen de paiement ; un avoir n'est possible que si le client le choisit expressément : « {quote} ».",
    en: "The refund uses the same means of payment; a credit note only if the customer expressly chooses it: \"{quote}\".",
  },
});
