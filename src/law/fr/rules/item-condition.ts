import type { Rule } from "../../types.js";

// L221-23: the customer may handle goods as in a shop; beyond that, only a depreciation claim.
export const itemCondition: Rule = {
  id: "item-condition",
  article: "L221-23",
  severity: "error",
  table: ["RT-005"],
  paths: ["returns.condition"],
  summary: {
    fr: "Un article essayé comme en magasin peut être retourné.",
    en: "Goods tried as in a shop can be returned.",
  },
  messages: {
    condition: {
      fr: "Vous ne pouvez pas refuser un retour parce que l'article a été essayé ou n'a plus ses étiquettes. Seule une manipulation excessive peut justifier une retenue pour dépréciation : mettez « examined ».",
      en: "You cannot refuse a return because the goods were tried or lost their tags. Only excessive handling can justify a deduction for depreciation: set \"examined\".",
    },
  },
  check: ({ config }) => (config.returns.condition !== "examined" ? [{ messageId: "condition", path: "returns.condition" }] : []),
};
