import type { Rule } from "../../types.js";
import { exceptionsFor } from "../exceptions.js";

// L221-5, L221-28: an exception only holds if the customer was told before ordering which items
// have no right; whatever the sector, every exception the policy states is also shown on the product.
export const exceptionsDisplay: Rule = {
  id: "exceptions-display",
  article: "L221-5, L221-28",
  severity: "warning",
  table: ["EX-004"],
  paths: ["sectors", "withdrawal.exceptions", "withdrawal.expressWaiver", "withdrawal.exceptionsOnProductPage"],
  summary: {
    fr: "Les exceptions au droit de rétractation sont aussi affichées sur la fiche produit.",
    en: "Exceptions to the withdrawal right are also shown on the product page.",
  },
  messages: {
    display: {
      fr: "Votre politique indique des achats sans droit de rétractation ({items}). Affichez aussi cette exclusion sur la fiche de chaque produit concerné et au moment de la commande, pas seulement dans vos conditions, puis indiquez withdrawal.exceptionsOnProductPage: true.",
      en: "Your policy states purchases with no withdrawal right ({items}). Also show this on the page of each product concerned and at checkout, not only in your terms, then set withdrawal.exceptionsOnProductPage: true.",
    },
  },
  check: ({ config }) => {
    const found = exceptionsFor(config.sectors, {
      waiver: config.withdrawal.expressWaiver,
      ...(config.withdrawal.exceptions ? { items: config.withdrawal.exceptions } : {}),
    });
    const items = found.map((e) => e.article).join(", ");
    return found.length > 0 && !config.withdrawal.exceptionsOnProductPage ? [{ messageId: "display", path: "sectors", data: { items } }] : [];
  },
};
