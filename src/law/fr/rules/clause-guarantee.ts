import { clauseRule } from "../wording.js";

// L217-3, L217-7: the legal guarantee of conformity lasts 2 years and its costs stay with the seller.
export const clauseGuarantee = clauseRule({
  id: "clause-guarantee",
  article: "L217-3, L217-7",
  table: ["GU-002"],
  pattern: [
    { all: [/\bgarantie\b/u, /\b(limitee?|reduite?|ramenee?) a\b|\b([1-9]|1\d|2[0-3]) mois\b|\bsans garantie\b|\baucune garantie\b|\bpas de garantie\b/u], none: [/\bcommerciale?\b|\ben plus (de|des) garanties? legales?/u] },
    { all: [/\b(defectueux|defaut|non conformes?|panne)\b/u, /\bfrais\b/u, /\b(a votre charge|a la charge du client|vous (incombent|reviennent)|restent a votre charge)\b/u] },
  ],
  summary: { fr: "La garantie légale de conformité n'est jamais réduite.", en: "The legal guarantee of conformity is never reduced." },
  message: {
    fr: "La garantie légale de conformité dure 2 ans et ne peut pas être réduite ; les frais liés à un défaut restent à votre charge : « {quote} ».",
    en: "The legal guarantee of conformity lasts 2 years and cannot be reduced; costs due to a defect stay with you: \"{quote}\".",
  },
});
