import { BULKY_SECTORS } from "../../../config/sectors.js";
import type { Rule } from "../../types.js";

// L221-5 8°: for goods that cannot normally go back by post, the cost of return is stated beforehand.
export const bulkyReturnCost: Rule = {
  id: "bulky-return-cost",
  article: "L221-5 8°",
  severity: "error",
  table: ["RT-003"],
  paths: ["returns.costs.bulkyEstimate", "returns.costs.payer", "returns.costs.cap", "returns.bulky", "sectors"],
  summary: {
    fr: "Le coût de retour des articles volumineux est indiqué.",
    en: "The return cost of bulky goods is stated.",
  },
  messages: {
    missing: {
      fr: "Pour les articles volumineux qui ne passent pas par la poste, indiquez le coût (ou un montant maximal) du retour dans returns.costs.bulkyEstimate, ou prenez ces retours à votre charge.",
      en: "For bulky goods that cannot go back by post, give the return cost (or a maximum) in returns.costs.bulkyEstimate, or pay for these returns yourself.",
    },
  },
  check: ({ config }) => {
    const bulky = config.returns.bulky ?? config.sectors.some((s) => BULKY_SECTORS.includes(s));
    const { payer, cap, bulkyEstimate } = config.returns.costs;
    // A cap already bounds what the customer pays for any return, bulky or not.
    const bounded = payer === "merchant" || (payer === "capped" && cap !== undefined) || bulkyEstimate !== undefined;
    return bulky && !bounded
      ? [{ messageId: "missing", path: "returns.costs", key: true }]
      : [];
  },
};
