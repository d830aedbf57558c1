import type { Sector } from "../../../config/schema.js";
import type { Rule } from "../../types.js";

// L221-5, L221-28: an exception only holds if the customer was told before ordering, on the product.
const LIKELY: readonly Sector[] = ["cosmetics", "food", "press", "custom-made", "digital-content", "leisure-services"];

export const exceptionsDisplay: Rule = {
  id: "exceptions-display",
  article: "L221-5, L221-28",
  severity: "warning",
  table: ["EX-004"],
  paths: ["sectors"],
  summary: {
    fr: "Les exceptions au droit de rétractation sont aussi affichées sur la fiche produit.",
    en: "Exceptions to the withdrawal right are also shown on the product page.",
  },
  messages: {
    display: {
      fr: "Vous vendez des articles qui peuvent être exclus du droit de rétractation ({sectors}). Affichez aussi cette exclusion sur la fiche produit et au moment de la commande, pas seulement dans vos conditions.",
      en: "You sell items that may be excluded from the withdrawal right ({sectors}). Also show this on the product page and at checkout, not only in your terms.",
    },
  },
  check: ({ config }) => {
    const found = config.sectors.filter((s) => LIKELY.includes(s));
    return found.length > 0 ? [{ messageId: "display", path: "sectors", data: { sectors: found.join(", ") } }] : [];
  },
};
