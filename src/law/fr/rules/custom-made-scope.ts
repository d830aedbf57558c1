import type { Rule } from "../../types.js";

// L221-28 3°, read narrowly (Cass. civ. 1re, 17 Jan 2018): catalogue options are not personalisation.
export const customMadeScope: Rule = {
  id: "custom-made-scope",
  article: "L221-28 3°",
  severity: "warning",
  table: ["EX-006"],
  paths: ["sectors"],
  summary: {
    fr: "Seules les vraies créations sur mesure échappent au droit de rétractation.",
    en: "Only truly made-to-measure goods escape the withdrawal right.",
  },
  messages: {
    scope: {
      fr: "Le choix d'une couleur ou d'une taille du catalogue ne rend pas un produit « personnalisé ». Réservez cette exception aux vraies créations sur mesure.",
      en: "Choosing a catalogue colour or size does not make a product \"personalised\". Keep this exception for truly made-to-measure goods.",
    },
  },
  check: ({ config }) => (config.sectors.includes("custom-made") ? [{ messageId: "scope", path: "sectors" }] : []),
};
