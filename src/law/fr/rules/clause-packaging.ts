import { clauseRule } from "../wording.js";

// L221-18, L221-23: the original packaging can be asked for, never required.
export const clausePackaging = clauseRule({
  id: "clause-packaging",
  article: "L221-18, L221-23",
  table: ["RT-004"],
  summary: { fr: "L'emballage d'origine n'est jamais une condition.", en: "The original packaging is never a condition." },
  message: {
    fr: "L'emballage d'origine ne peut pas être une condition du retour : « {quote} ». Vous pouvez demander un emballage protecteur adapté, de préférence celui d'origine.",
    en: "The original packaging cannot be a condition of the return: \"{quote}\". You may ask for suitable protective packaging, preferably the original one.",
  },
});
