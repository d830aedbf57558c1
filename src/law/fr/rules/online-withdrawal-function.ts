import type { Rule } from "../../types.js";

// L221-21 as amended by ordonnance n° 2026-2 and D221-5 (décret n° 2026-3): from 19 June 2026,
// online sales must offer a free withdrawal function; L242-13 fines.
export const ONLINE_FUNCTION_DATE = "2026-06-19";

export const onlineWithdrawalFunction: Rule = {
  id: "online-withdrawal-function",
  article: "L221-21, D221-5, L242-13",
  severity: "error",
  table: ["WD-006"],
  paths: ["withdrawal.onlineFunction", "shop.online"],
  since: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "Depuis le 19 juin 2026, une vente en ligne propose une fonction de rétractation en ligne.",
    en: "Since 19 June 2026, online sales offer an online withdrawal function.",
  },
  messages: {
    missing: {
      fr: "Depuis le 19 juin 2026, votre site doit proposer une fonction « Renoncer au contrat ici » accessible pendant tout le délai. Indiquez son adresse dans withdrawal.onlineFunction.url, avec ses libellés.",
      en: "Since 19 June 2026, your website must offer a \"withdraw from the contract here\" function available during the whole period. Give its address in withdrawal.onlineFunction.url, with its labels.",
    },
  },
  check: ({ config }) =>
    config.shop.online && config.withdrawal.onlineFunction === undefined
      ? [{ messageId: "missing", path: "withdrawal", key: true }]
      : [],
};
