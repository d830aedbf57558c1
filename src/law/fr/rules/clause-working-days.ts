import { clauseRule } from "../wording.js";

// L221-18, L221-19: calendar days.
export const clauseWorkingDays = clauseRule({
  id: "clause-working-days",
  article: "L221-18, L221-19",
  table: ["CL-002"],
  summary: { fr: "Pas de « jours ouvrés » : les délais se comptent en jours calendaires.", en: "No \"working days\": periods count calendar days." },
  message: {
    fr: "Le texte mentionne des jours ouvrés ou ouvrables : « {quote} ». Pour la rétractation, on compte en jours calendaires ; écrivez simplement « jours ».",
    en: "The text mentions working days: \"{quote}\". Withdrawal periods count calendar days; just write « jours ».",
  },
});
