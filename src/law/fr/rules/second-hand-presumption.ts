import type { Rule } from "../../types.js";
import { findSentences, FREE_TEXT_PATHS } from "../wording.js";

// L217-7: for second-hand goods the presumption of an existing defect is 12 months, and the text must say so.
export const secondHandPresumption: Rule = {
  id: "second-hand-presumption",
  article: "L217-7",
  severity: "warning",
  table: ["GU-003"],
  paths: ["shop.secondHand", ...FREE_TEXT_PATHS],
  summary: {
    fr: "Produits d'occasion : la présomption de défaut de 12 mois est indiquée.",
    en: "Second-hand goods: the 12-month presumption of defect is stated.",
  },
  messages: {
    secondHand: {
      fr: "Vos textes parlent de produits d'occasion ou reconditionnés : mettez shop.secondHand à true pour que la politique indique la présomption de défaut de 12 mois.",
      en: "Your texts mention second-hand or refurbished goods: set shop.secondHand to true so the policy states the 12-month presumption of defect.",
    },
  },
  check: ({ config }) => {
    if (config.shop.secondHand) return [];
    const [first] = findSentences(config, { all: [/\b(d'occasion|reconditionne\w*|seconde main)\b/u] });
    return first ? [{ messageId: "secondHand", path: first.path, needle: first.needle }] : [];
  },
};
