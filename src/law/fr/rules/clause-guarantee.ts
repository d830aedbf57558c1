import { clauseRule } from "../wording.js";

// L217-3, L217-7: the legal guarantee of conformity lasts 2 years and its costs stay with the seller.
export const clauseGuarantee = clauseRule({
  id: "clause-guarantee",
  article: "L217-3, L217-7",
  table: ["GU-002"],
  summary: { fr: "La garantie légale de conformité n'est jamais réduite.", en: "The legal guarantee of conformity is never reduced." },
  message: {
    fr: "La garantie légale de conformité dure 2 ans et ne peut pas être réduite ; les frais liés à un défaut restent à votre charge : « {quote} ».",
    en: "The legal guarantee of conformity lasts 2 years and cannot be reduced; costs due to a defect stay with you: \"{quote}\".",
  },
});
