import { clauseRule } from "../wording.js";

// L216-4, L216-6: the risk passes only when the customer takes possession; mandatory rule.
// L221-24: a return sent with proof of shipment is refunded even if the parcel is lost.
export const clauseTransportRisk = clauseRule({
  id: "clause-transport-risk",
  article: "L216-4, L216-6, L221-24",
  table: ["TR-001"],
  summary: {
    fr: "Jusqu'à la remise du colis, les risques restent à la charge de la boutique.",
    en: "Until the parcel is handed over, the shop bears the risk.",
  },
  message: {
    fr: "Jusqu'à la remise du colis au client, les risques de perte ou de casse sont à votre charge : « {quote} ». Retirez toute clause contraire.",
    en: "Until the parcel is handed to the customer, loss or damage is your risk: \"{quote}\". Remove any clause saying otherwise.",
  },
});
