import type { Rule } from "../../types.js";

// L221-23: only the direct cost of return may be charged; no handling or restocking fee.
export const restockingFee: Rule = {
  id: "restocking-fee",
  article: "L221-18, L221-23",
  severity: "error",
  table: ["RF-003"],
  paths: ["refunds.restockingFee"],
  summary: {
    fr: "Aucuns frais de traitement ou de remise en stock.",
    en: "No handling or restocking fee.",
  },
  messages: {
    fee: {
      fr: "Aucuns frais de traitement ou de remise en stock ne peuvent être retenus ({fee:eur} indiqués). Mettez 0.",
      en: "No handling or restocking fee may be kept ({fee:eur} given). Set it to 0.",
    },
  },
  check: ({ config }) =>
    config.refunds.restockingFee > 0
      ? [{ messageId: "fee", path: "refunds.restockingFee", data: { fee: config.refunds.restockingFee } }]
      : [],
};
