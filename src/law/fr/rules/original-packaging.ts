import type { Rule } from "../../types.js";

// L221-18, L221-23: packaging can never be a condition of the right; damage is at most depreciation.
export const originalPackaging: Rule = {
  id: "original-packaging",
  article: "L221-18, L221-23",
  severity: "error",
  table: ["RT-004"],
  paths: ["returns.originalPackaging"],
  summary: {
    fr: "L'emballage d'origine n'est jamais une condition du retour.",
    en: "The original packaging is never a condition of the return.",
  },
  messages: {
    required: {
      fr: "L'emballage d'origine ne peut pas être une condition du retour. Vous pouvez demander un emballage protecteur adapté, de préférence celui d'origine : mettez « preferred ».",
      en: "The original packaging cannot be a condition of the return. You may ask for suitable protective packaging, preferably the original one: set \"preferred\".",
    },
  },
  check: ({ config }) =>
    config.returns.originalPackaging === "required" ? [{ messageId: "required", path: "returns.originalPackaging" }] : [],
};
