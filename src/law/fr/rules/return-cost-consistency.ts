import type { Rule } from "../../types.js";

// L221-23: when the shop agreed to bear return costs, the customer pays nothing; a price on a
// method would contradict the policy's "free returns". A capped payer never pays above the cap.
export const returnCostConsistency: Rule = {
  id: "return-cost-consistency",
  article: "L221-23",
  severity: "error",
  table: ["RT-002"],
  paths: ["returns.costs", "returns.methods"],
  summary: {
    fr: "Les prix des modes de retour s'accordent avec qui paie le retour.",
    en: "Return method prices agree with who pays for returns.",
  },
  messages: {
    merchantPrice: {
      fr: "Vous prenez les retours à votre charge (payer: merchant), mais ce mode de retour coûte {price:eur} au client. Mettez son prix à 0, ou indiquez que le client paie (payer: customer ou capped).",
      en: "You pay for returns (payer: merchant), but this return method costs the customer {price:eur}. Set its price to 0, or say the customer pays (payer: customer or capped).",
    },
    aboveCap: {
      fr: "Ce mode de retour coûte {price:eur}, plus que votre plafond de {cap:eur} : la politique annonce {cap:eur} au plus. Vérifiez le prix ou le plafond.",
      en: "This return method costs {price:eur}, more than your cap of {cap:eur}: the policy states {cap:eur} at most. Check the price or the cap.",
    },
  },
  check: ({ config }) => {
    const { payer, cap } = config.returns.costs;
    return config.returns.methods.flatMap((m, i) => {
      const price = m.price ?? 0;
      if (payer === "merchant" && price > 0) {
        return [{ messageId: "merchantPrice", path: `returns.methods.${i}.price`, data: { price } }];
      }
      if (payer === "capped" && cap !== undefined && price > cap) {
        return [{ messageId: "aboveCap", path: `returns.methods.${i}.price`, severity: "warning" as const, data: { price, cap } }];
      }
      return [];
    });
  },
};
