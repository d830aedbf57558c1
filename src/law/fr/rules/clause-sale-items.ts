import { clauseRule } from "../wording.js";

// L221-28, L221-29: sale items keep the right; the list of exceptions is closed and d'ordre public.
export const clauseSaleItems = clauseRule({
  id: "clause-sale-items",
  article: "L221-28, L221-29",
  table: ["EX-001"],
  summary: { fr: "Les articles soldés ou en promotion gardent le droit de rétractation.", en: "Sale items keep the withdrawal right." },
  message: {
    fr: "Les articles soldés ou en promotion bénéficient du même droit de rétractation : « {quote} ». Retirez cette exclusion.",
    en: "Sale items have the same withdrawal right: \"{quote}\". Remove this exclusion.",
  },
});
