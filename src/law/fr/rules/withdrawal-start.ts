import { SERVICE_SECTORS } from "../../../config/sectors.js";
import type { Rule } from "../../types.js";

// L221-18: for goods, the period starts on receipt (last item of a split delivery), never on order or dispatch.
export const withdrawalStart: Rule = {
  id: "withdrawal-start",
  article: "L221-18",
  severity: "error",
  table: ["WD-003"],
  paths: ["withdrawal.startsFrom", "sectors"],
  summary: { fr: "Pour un bien, le délai part de la réception.", en: "For goods, the period starts on receipt." },
  messages: {
    early: {
      fr: "Pour un bien, le délai part de la réception par le client (dernier article si la commande arrive en plusieurs colis), pas de la commande ni de l'expédition. Mettez « receipt ».",
      en: "For goods, the period starts when the customer receives them (the last item of a split delivery), not on order or dispatch. Set \"receipt\".",
    },
  },
  check: ({ config }) =>
    config.withdrawal.startsFrom !== "receipt" && config.sectors.some((s) => !SERVICE_SECTORS.includes(s))
      ? [{ messageId: "early", path: "withdrawal.startsFrom" }]
      : [],
};
