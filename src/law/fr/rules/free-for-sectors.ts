import type { Rule } from "../../types.js";

// L221-23: a promise of free returns must match what the shop sells, or the text says nothing true.
export const freeForSectors: Rule = {
  id: "free-for-sectors",
  article: "L221-23",
  severity: "warning",
  paths: ["returns.costs.freeFor", "returns.costs.payer", "sectors"],
  summary: {
    fr: "Les retours gratuits portent sur des familles que la boutique vend.",
    en: "Free returns name sectors the shop sells.",
  },
  messages: {
    unknown: {
      fr: "Vous offrez le retour pour « {sector} », mais cette famille n'est pas dans sectors : ajoutez-la à sectors ou retirez-la de freeFor.",
      en: "You offer free returns for \"{sector}\", but it is not in sectors: add it to sectors or remove it from freeFor.",
    },
    merchant: {
      fr: "freeFor ne sert à rien quand tous les retours sont déjà gratuits (payer: merchant).",
      en: "freeFor is useless when every return is already free (payer: merchant).",
    },
  },
  check: ({ config }) => {
    const { freeFor, payer } = config.returns.costs;
    if (!freeFor) return [];
    if (payer === "merchant") return [{ messageId: "merchant", path: "returns.costs.freeFor" }];
    return freeFor.flatMap((sector, i) =>
      config.sectors.includes(sector) ? [] : [{ messageId: "unknown", path: `returns.costs.freeFor.${i}`, data: { sector } }],
    );
  },
};
