import type { Rule } from "../../types.js";

// L221-18: withdrawal "sans avoir à motiver sa décision"; a reason may only be asked as optional.
export const withdrawalReason: Rule = {
  id: "withdrawal-reason",
  article: "L221-18",
  severity: "error",
  table: ["WD-005"],
  paths: ["withdrawal.reasonRequired"],
  summary: { fr: "Aucun motif n'est exigé pour se rétracter.", en: "No reason is required to withdraw." },
  messages: {
    required: {
      fr: "Le client n'a pas à justifier sa rétractation. Vous pouvez demander un motif à titre facultatif seulement : mettez reasonRequired à false.",
      en: "The customer does not have to justify the withdrawal. You may only ask for an optional reason: set reasonRequired to false.",
    },
  },
  check: ({ config }) => (config.withdrawal.reasonRequired ? [{ messageId: "required", path: "withdrawal.reasonRequired" }] : []),
};
