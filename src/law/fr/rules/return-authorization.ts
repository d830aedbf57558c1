import type { Rule } from "../../types.js";

// L221-21: withdrawal is a unilateral right; a return number may help, never be a condition.
export const returnAuthorization: Rule = {
  id: "return-authorization",
  article: "L221-21",
  severity: "error",
  table: ["RT-006"],
  paths: ["returns.authorizationRequired"],
  summary: {
    fr: "Un numéro de retour ne conditionne jamais la rétractation.",
    en: "A return number is never a condition of withdrawal.",
  },
  messages: {
    required: {
      fr: "Un numéro de retour peut être proposé pour simplifier, mais il ne doit pas conditionner ni retarder la rétractation : mettez authorizationRequired à false (authorizationNumber: true suffit).",
      en: "A return number may be offered to make things easier, but it must not condition or delay the withdrawal: set authorizationRequired to false (authorizationNumber: true is enough).",
    },
  },
  check: ({ config }) => (config.returns.authorizationRequired ? [{ messageId: "required", path: "returns.authorizationRequired" }] : []),
};
