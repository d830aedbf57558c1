import type { Rule } from "../../types.js";

// L217-21, L217-22: a commercial guarantee is a written contract giving its content, how to claim,
// its price, duration, territory, and the guarantor; L121-4 10° (always misleading): presenting
// the rights the law gives anyway as a feature of the offer. Within the first 24 months, a
// promise of free repair of defects is what the legal guarantee of conformity already gives.
const LEGAL_ONLY = /\b(repar|panne|defaut|defectu|vice|casse|dysfonction|garantie)\w*/u;
const EXTRA = /\b(vol|perte|accident|chute|oxydation|liquide|usure|dommage|pret|remplacement immediat|a domicile|assistance|entretien|nettoyage)\w*/u;

const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export const commercialGuarantee: Rule = {
  id: "commercial-guarantee",
  article: "L217-22, L121-4 10°",
  severity: "warning",
  paths: ["guarantees.commercial"],
  summary: {
    fr: "La garantie commerciale ajoute quelque chose aux garanties légales et en donne les détails.",
    en: "The commercial guarantee adds something to the legal guarantees and gives its details.",
  },
  messages: {
    overlap: {
      fr: "Votre garantie commerciale de {months} mois semble couvrir ce que la garantie légale de conformité couvre déjà pendant 2 ans : présenter ces droits comme un avantage est une pratique trompeuse (L121-4 10°). Dites ce qu'elle ajoute (durée au-delà de 2 ans, casse, vol, prêt d'un appareil…) ou retirez-la.",
      en: "Your {months}-month commercial guarantee seems to cover what the legal guarantee of conformity already covers for 2 years: presenting those rights as a feature is misleading (L121-4 10°). Say what it adds (beyond 2 years, breakage, theft, a loan device…) or remove it.",
    },
    territory: {
      fr: "Précisez l'étendue territoriale de votre garantie commerciale (guarantees.commercial.territory, par exemple « France métropolitaine ») : c'est une mention obligatoire (L217-22).",
      en: "Give the territorial scope of your commercial guarantee (guarantees.commercial.territory, e.g. « France métropolitaine »): it is mandatory (L217-22).",
    },
  },
  check: ({ config }) => {
    const g = config.guarantees?.commercial;
    if (!g) return [];
    const out = [];
    const text = plain(g.text);
    if (g.months <= 24 && LEGAL_ONLY.test(text) && !EXTRA.test(text)) {
      out.push({ messageId: "overlap", path: "guarantees.commercial.text", data: { months: g.months } });
    }
    if (!g.territory) out.push({ messageId: "territory", path: "guarantees.commercial", key: true });
    return out;
  },
};
