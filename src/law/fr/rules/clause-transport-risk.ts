import { clauseRule } from "../wording.js";

// L216-4, L216-6: the risk passes only when the customer takes possession; mandatory rule.
export const clauseTransportRisk = clauseRule({
  id: "clause-transport-risk",
  article: "L216-4, L216-6",
  table: ["TR-001"],
  pattern: [
    { all: [/\brisques? et perils?\b/u] },
    { all: [/\b(ne sommes|ne saurions etre|ne pouvons etre|ne sera|n'est) (pas |en aucun cas )?(tenus? )?responsables?\b/u, /\b(colis|livraison|transport|perte|vol|casse|transporteur)\b/u] },
    { all: [/\breserves?\b/u, /\b(\d+ ?h|heures|obligatoires?|sinon|faute de quoi|aucun recours)\b/u], none: [/\b(conseill|recommand|pouvez|aide)/u] },
  ],
  summary: {
    fr: "Jusqu'à la remise du colis, les risques restent à la charge de la boutique.",
    en: "Until the parcel is handed over, the shop bears the risk.",
  },
  message: {
    fr: "Jusqu'à la remise du colis au client, les risques de perte ou de casse sont à votre charge : « {quote} ». Retirez toute clause contraire.",
    en: "Until the parcel is handed to the customer, loss or damage is your risk: \"{quote}\". Remove any clause saying otherwise.",
  },
});
