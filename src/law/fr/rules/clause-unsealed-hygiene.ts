import { clauseRule } from "../wording.js";

// L221-28 5° and 9°: hygiene products and recordings are excluded only once their seal is broken.
export const clauseUnsealedHygiene = clauseRule({
  id: "clause-unsealed-hygiene",
  article: "L221-28 5°, 9°",
  table: ["EX-003"],
  summary: {
    fr: "Hygiène et supports scellés : exclus seulement une fois descellés.",
    en: "Hygiene products and sealed media: excluded only once unsealed.",
  },
  message: {
    fr: "Cette exception ne s'applique qu'aux produits livrés scellés que le client a descellés ; un produit encore scellé peut être retourné : « {quote} ». Précisez « une fois descellés ».",
    en: "This exception only covers goods delivered sealed that the customer unsealed; a sealed product can be returned: \"{quote}\". Say \"once unsealed\".",
  },
});
