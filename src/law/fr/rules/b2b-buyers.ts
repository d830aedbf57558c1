import type { Rule } from "../../types.js";

// Article liminaire, L221-3: the legal right is for consumers; professional buyers need their own terms.
export const b2bBuyers: Rule = {
  id: "b2b-buyers",
  article: "L221-3, article liminaire",
  severity: "warning",
  table: ["BB-001"],
  paths: ["shop.b2b"],
  summary: {
    fr: "Les clients professionnels ont des conditions séparées.",
    en: "Professional customers get separate terms.",
  },
  messages: {
    b2b: {
      fr: "Le droit de rétractation légal ne concerne que les consommateurs ; pour vos clients professionnels, utilisez des conditions séparées. Les très petites entreprises peuvent rester protégées hors établissement.",
      en: "The legal withdrawal right only covers consumers; use separate terms for professional customers. Very small businesses may still be protected off-premises.",
    },
  },
  check: ({ config }) => (config.shop.b2b ? [{ messageId: "b2b", path: "shop.b2b" }] : []),
};
