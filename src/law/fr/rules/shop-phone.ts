import type { Rule } from "../../types.js";

// L221-5 → L111-1 4°, R111-1 a): before the contract, the shop gives its telephone number
// (with its address and e-mail). The policy prints support.phone, or shop.phone when there is none.
export const shopPhone: Rule = {
  id: "shop-phone",
  article: "L221-5, L111-1, R111-1",
  severity: "warning",
  paths: ["shop.phone", "support.phone"],
  summary: {
    fr: "La boutique donne un numéro de téléphone.",
    en: "The shop gives a telephone number.",
  },
  messages: {
    missing: {
      fr: "Indiquez un numéro de téléphone (shop.phone ou support.phone) : il fait partie des informations à donner avant la commande. Il n'a pas besoin d'être un canal pour se rétracter.",
      en: "Give a telephone number (shop.phone or support.phone): it is part of the information due before the order. It does not have to be a withdrawal channel.",
    },
  },
  check: ({ config }) => (config.shop.phone || config.support.phone ? [] : [{ messageId: "missing", path: "shop", key: true }]),
};
