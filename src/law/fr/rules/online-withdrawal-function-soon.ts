import type { Rule } from "../../types.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

// Before 19 June 2026 the function is not yet mandatory: a reminder, never an error.
export const onlineWithdrawalFunctionSoon: Rule = {
  id: "online-withdrawal-function-soon",
  article: "L221-21",
  severity: "warning",
  table: ["WD-010"],
  paths: ["withdrawal.onlineFunction", "shop.online"],
  until: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "Avant le 19 juin 2026 : pensez à la fonction de rétractation en ligne.",
    en: "Before 19 June 2026: plan the online withdrawal function.",
  },
  messages: {
    soon: {
      fr: "La fonction de rétractation en ligne deviendra obligatoire le 19 juin 2026 : nous vous conseillons de la prévoir dès maintenant (withdrawal.onlineFunction).",
      en: "The online withdrawal function becomes mandatory on 19 June 2026: we suggest adding it now (withdrawal.onlineFunction).",
    },
  },
  check: ({ config }) =>
    config.shop.online && config.withdrawal.onlineFunction === undefined
      ? [{ messageId: "soon", path: "withdrawal", key: true }]
      : [],
};
