import type { Rule } from "../../types.js";

// L221-18, L221-19: calendar days; only the last day moves to the next working day.
export const withdrawalUnit: Rule = {
  id: "withdrawal-unit",
  article: "L221-18, L221-19",
  severity: "error",
  table: ["WD-002"],
  paths: ["withdrawal.unit"],
  summary: { fr: "Le délai se compte en jours calendaires.", en: "The period counts calendar days." },
  messages: {
    working: {
      fr: "Le délai se compte en jours calendaires (tous les jours comptent). Mettez « calendar-days » : seul le dernier jour est reporté s'il tombe un samedi, un dimanche ou un jour férié.",
      en: "The period counts calendar days (every day counts). Set \"calendar-days\": only the last day moves if it falls on a Saturday, Sunday or public holiday.",
    },
  },
  check: ({ config }) => (config.withdrawal.unit !== "calendar-days" ? [{ messageId: "working", path: "withdrawal.unit" }] : []),
};
