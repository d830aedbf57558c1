/**
 * Unlawful (and unfriendly) clauses as data: a pattern is a set of concepts (concepts.ts) that
 * must all be said in one sentence (`all`: each entry a concept or a list of alternatives),
 * none of `none`, with the rule it belongs to, its article and a friendly rewrite.
 *
 * In `all` and `none`: `X` is concept X said plainly, `!X` X denied (« ne … pas », « sans »,
 * « aucun », « non »), `*X` either. A `fallback` pattern only speaks when no other error pattern
 * matched the sentence (the closed list of exceptions, L221-28, is the last word).
 */
import type { Text } from "../../types.js";

export interface ClausePattern {
  id: string;
  rule: string;
  category: string;
  article: string;
  severity?: "error" | "warning";
  all: (string | string[])[];
  none?: string[];
  fallback?: boolean;
  /** The entries of `all` must be said in this order (« aucun remboursement : un avoir… »). */
  ordered?: boolean;
  rewrite: Text;
}

const SALE_REWRITE: Text = {
  fr: "Écrivez plutôt : « Les articles soldés ou en promotion peuvent être retournés dans les mêmes conditions que les autres. »",
  en: "Write instead: « Les articles soldés ou en promotion peuvent être retournés dans les mêmes conditions que les autres. »",
};
const CREDIT_REWRITE: Text = {
  fr: "Écrivez plutôt : « Nous vous remboursons avec le moyen de paiement utilisé lors de la commande ; si vous le préférez, nous pouvons vous proposer un avoir. »",
  en: "Write instead: « Nous vous remboursons avec le moyen de paiement utilisé lors de la commande ; si vous le préférez, nous pouvons vous proposer un avoir. »",
};
const REFUND_REWRITE: Text = {
  fr: "Écrivez plutôt : « Nous vous remboursons au plus tard 14 jours après avoir été informés de votre rétractation ; nous pouvons attendre d’avoir reçu l’article ou la preuve de son expédition. »",
  en: "Write instead: « Nous vous remboursons au plus tard 14 jours après avoir été informés de votre rétractation ; nous pouvons attendre d’avoir reçu l’article ou la preuve de son expédition. »",
};
const PACKAGING_REWRITE: Text = {
  fr: "Écrivez plutôt : « Merci de renvoyer l’article dans un emballage qui le protège, de préférence celui d’origine. »",
  en: "Write instead: « Merci de renvoyer l’article dans un emballage qui le protège, de préférence celui d’origine. »",
};
const CONDITION_REWRITE: Text = {
  fr: "Écrivez plutôt : « Vous pouvez essayer l’article comme en magasin ; si vous le manipulez au-delà, une somme correspondant à sa dépréciation peut être retenue. »",
  en: "Write instead: « Vous pouvez essayer l’article comme en magasin ; si vous le manipulez au-delà, une somme correspondant à sa dépréciation peut être retenue. »",
};
const RISK_REWRITE: Text = {
  fr: "Écrivez plutôt : « Si votre colis est perdu ou abîmé pendant la livraison, nous nous en occupons avec le transporteur. »",
  en: "Write instead: « Si votre colis est perdu ou abîmé pendant la livraison, nous nous en occupons avec le transporteur. »",
};
const FEES_REWRITE: Text = {
  fr: "Écrivez plutôt : « Seuls les frais directs de renvoi peuvent rester à votre charge ; aucuns autres frais ne sont retenus. »",
  en: "Write instead: « Seuls les frais directs de renvoi peuvent rester à votre charge ; aucuns autres frais ne sont retenus. »",
};
const REASON_REWRITE: Text = {
  fr: "Écrivez plutôt : « Vous n’avez pas à justifier votre décision ; si vous le souhaitez, dites-nous ce qui n’allait pas. »",
  en: "Write instead: « Vous n’avez pas à justifier votre décision ; si vous le souhaitez, dites-nous ce qui n’allait pas. »",
};
const APPROVAL_REWRITE: Text = {
  fr: "Écrivez plutôt : « Vous pouvez nous renvoyer l’article sans accord préalable ; un numéro de retour peut vous être proposé pour suivre votre colis. »",
  en: "Write instead: « Vous pouvez nous renvoyer l’article sans accord préalable ; un numéro de retour peut vous être proposé pour suivre votre colis. »",
};
const CHANNEL_REWRITE: Text = {
  fr: "Écrivez plutôt : « Pour vous rétracter, utilisez notre fonction en ligne, le formulaire type, un e-mail ou un courrier : toute déclaration claire suffit. »",
  en: "Write instead: « Pour vous rétracter, utilisez notre fonction en ligne, le formulaire type, un e-mail ou un courrier : toute déclaration claire suffit. »",
};
const PERIOD_REWRITE: Text = {
  fr: "Écrivez plutôt : « Vous disposez de 14 jours à compter de la réception de l’article pour vous rétracter. »",
  en: "Write instead: « Vous disposez de 14 jours à compter de la réception de l’article pour vous rétracter. »",
};
const SHIP_BACK_REWRITE: Text = {
  fr: "Écrivez plutôt : « Renvoyez l’article au plus tard 14 jours après nous avoir informés de votre rétractation. »",
  en: "Write instead: « Renvoyez l’article au plus tard 14 jours après nous avoir informés de votre rétractation. »",
};
const MADE_REWRITE: Text = {
  fr: "Écrivez plutôt : « Les articles fabriqués selon vos mesures ou personnalisés à votre demande (gravure, broderie) ne peuvent pas être retournés ; les autres suivent les règles habituelles. »",
  en: "Write instead: « Les articles fabriqués selon vos mesures ou personnalisés à votre demande (gravure, broderie) ne peuvent pas être retournés ; les autres suivent les règles habituelles. »",
};
const GUARANTEE_REWRITE: Text = {
  fr: "Écrivez plutôt : « Nos articles bénéficient de la garantie légale de conformité pendant 2 ans à compter de la livraison, et de la garantie des vices cachés. »",
  en: "Write instead: « Nos articles bénéficient de la garantie légale de conformité pendant 2 ans à compter de la livraison, et de la garantie des vices cachés. »",
};
const DELIVERY_REWRITE: Text = {
  fr: "Écrivez plutôt : « Nous vous remboursons aussi les frais de livraison standard ; seul le supplément d’une livraison express que vous avez choisie reste à votre charge. »",
  en: "Write instead: « Nous vous remboursons aussi les frais de livraison standard ; seul le supplément d’une livraison express que vous avez choisie reste à votre charge. »",
};
const MEDIATION_REWRITE: Text = {
  fr: "Écrivez plutôt : « En cas de litige, vous pouvez recourir gratuitement à notre médiateur de la consommation ; vous gardez le droit de saisir le juge. »",
  en: "Write instead: « En cas de litige, vous pouvez recourir gratuitement à notre médiateur de la consommation ; vous gardez le droit de saisir le juge. »",
};
const ABUSIVE_REWRITE: Text = {
  fr: "Retirez cette clause : la boutique reste responsable envers le client, qui peut toujours saisir le juge ; la médiation reste une possibilité, jamais une obligation.",
  en: "Remove this term: the shop stays liable to the customer, who can always go to court; mediation stays an option, never a duty.",
};
const WAIVER_REWRITE: Text = {
  fr: "Retirez cette phrase : vos conditions ne peuvent pas retirer au client un droit que la loi lui donne.",
  en: "Remove this sentence: your terms cannot take away a right the law gives the customer.",
};
const JURISDICTION_REWRITE: Text = {
  fr: "Écrivez plutôt : « En cas de litige, vous pouvez saisir le tribunal de votre domicile ou celui de notre siège. »",
  en: "Write instead: « En cas de litige, vous pouvez saisir le tribunal de votre domicile ou celui de notre siège. »",
};
const MEANS_REWRITE: Text = {
  fr: "Écrivez plutôt : « Nous vous remboursons avec le moyen de paiement utilisé lors de la commande, sauf si vous acceptez expressément un autre moyen, sans frais pour vous. »",
  en: "Write instead: « Nous vous remboursons avec le moyen de paiement utilisé lors de la commande, sauf si vous acceptez expressément un autre moyen, sans frais pour vous. »",
};
const HOSTILE_REWRITE: Text = {
  fr: "dites ce que le client peut faire : « Merci de nous renvoyer… » ou « Pour être remboursé, il suffit de… »",
  en: "say what the customer can do: « Merci de nous renvoyer… » or « Pour être remboursé, il suffit de… »",
};
const EXCEPTION_REWRITE: Text = {
  fr: "Retirez cette exclusion, ou rattachez-la à l’une des 13 exceptions de l’article L221-28 (par exemple « une fois descellés » pour les produits d’hygiène).",
  en: "Remove this exclusion, or tie it to one of the 13 exceptions of article L221-28 (e.g. « une fois descellés » for hygiene products).",
};
const HYGIENE_REWRITE: Text = {
  fr: "Écrivez plutôt : « Les produits livrés scellés pour des raisons d’hygiène ne peuvent plus être retournés une fois descellés. »",
  en: "Write instead: « Les produits livrés scellés pour des raisons d’hygiène ne peuvent plus être retournés une fois descellés. »",
};

export const PATTERNS: ClausePattern[] = [
  // Sale, outlet, promotion items keep the right (L221-28 is a closed list; L221-29).
  { id: "sale-refused", rule: "clause-sale-items", category: "sale", article: "L221-28, L221-29", all: ["SALE", "REFUSAL"], rewrite: SALE_REWRITE },

  // Credit note only (L221-24: same means of payment unless the customer chooses otherwise).
  { id: "credit-only", rule: "clause-credit-only", category: "credit-only", article: "L221-24", all: ["*CREDIT", "ONLY"], none: ["OPTIONAL", "!REFUND_IN_CREDIT"], rewrite: CREDIT_REWRITE },
  { id: "credit-instead", rule: "clause-credit-only", category: "credit-only", article: "L221-24", all: ["*CREDIT", ["REFUND", "RETURN", "WITHDRAW"]], none: ["OPTIONAL", "!CREDIT", "!REFUND", "!REFUND_IN_CREDIT"], rewrite: CREDIT_REWRITE },
  { id: "credit-after-no-refund", rule: "clause-credit-only", category: "credit-only", article: "L221-24", ordered: true, all: ["!REFUND", "CREDIT"], none: ["OPTIONAL", "!REFUND_IN_CREDIT"], rewrite: CREDIT_REWRITE },

  // A means of refund imposed (virement, chèque): the means the customer paid with, another only if the customer agrees (L221-24).
  // A warning: a shop whose customers can only pay that way says nothing unlawful.
  { id: "refund-means-imposed", rule: "clause-refund-method", category: "refund-method", article: "L221-24", severity: "warning", all: ["*REFUND", "REFUND_MEANS"], none: ["OPTIONAL", "PAID_BY", "GIFT_CHEQUE"], rewrite: MEANS_REWRITE },

  // Refund later than 14 days, or only after inspection (L221-24, L242-4).
  { id: "refund-late", rule: "clause-refund-delay", category: "refund-delay", article: "L221-24, L242-4", all: ["REFUND", "DUR_LONG"], none: ["VALIDITY", "CREDIT", "OPTIONAL"], rewrite: REFUND_REWRITE },
  { id: "refund-after-inspection", rule: "clause-refund-delay", category: "refund-delay", article: "L221-24", all: ["*REFUND", "INSPECT", "AFTER"], none: ["PROOF"], rewrite: REFUND_REWRITE },

  // Packaging, completeness, unopened as conditions (L221-18, L221-23).
  { id: "packaging-required", rule: "clause-packaging", category: "packaging", article: "L221-18, L221-23", all: [["*PACKAGING", "!OPENED"], ["OBLIGATION", "ONLY"]], none: ["ONLY_IF", "OPTIONAL", "!OBLIGATION", "DEPRECIATION", "UNSEALED", "HYGIENE_ITEM", "NOT_CONDITION"], rewrite: PACKAGING_REWRITE },
  { id: "packaging-missing-refused", rule: "clause-packaging", category: "packaging", article: "L221-18, L221-23", all: [["!PACKAGING", "INCOMPLETE", "!OPENED"], "REFUSAL"], none: ["OPTIONAL", "DEPRECIATION", "UNSEALED", "HYGIENE_ITEM", "NOT_CONDITION"], rewrite: PACKAGING_REWRITE },

  // Worn, used, opened, tried items refused; labels as a condition (L221-23: depreciation only).
  { id: "worn-refused", rule: "clause-item-condition", category: "item-condition", article: "L221-23", all: ["WORN", "REFUSAL"], none: ["DEPRECIATION", "LAWFUL_EXC", "HYGIENE_ITEM", "DEADLINE_PASSED"], rewrite: CONDITION_REWRITE },
  { id: "unworn-required", rule: "clause-item-condition", category: "item-condition", article: "L221-23", all: [["!WORN", "WORN"], ["OBLIGATION", "ONLY"]], none: ["DEPRECIATION", "OPTIONAL", "!OBLIGATION", "LAWFUL_EXC", "HYGIENE_ITEM", "NOT_CONDITION"], rewrite: CONDITION_REWRITE },

  // Transport risk on the customer (L216-4, L216-6); a lost return despite proof of shipment (L221-24).
  { id: "risk-peril", rule: "clause-transport-risk", category: "transport-risk", article: "L216-4, L216-6", all: ["*RISK_PERIL"], rewrite: RISK_REWRITE },
  { id: "not-responsible", rule: "clause-transport-risk", category: "transport-risk", article: "L216-4, L216-6", all: [["!RESPONSIBLE", "DISCLAIM"], "TRANSPORT"], none: ["ON_MERCHANT", "CUSTOMER_SUBJECT"], rewrite: RISK_REWRITE },
  { id: "risk-transferred", rule: "clause-transport-risk", category: "transport-risk", article: "L216-4, L216-6", all: ["RISK", ["TRANSFER", "ON_CUSTOMER"], "CARRIER_HANDOVER"], none: ["ON_MERCHANT"], rewrite: RISK_REWRITE },
  { id: "reservations-required", rule: "clause-transport-risk", category: "transport-risk", article: "L216-4, L216-6", all: ["RESERVATION", ["RESERVATION_STRICT", "DUR_SHORT"]], none: ["OPTIONAL"], rewrite: RISK_REWRITE },
  { id: "lost-return-proof", rule: "clause-transport-risk", category: "transport-risk", article: "L221-24", all: ["LOSS", "REFUSAL", "PROOF"], rewrite: {
    fr: "Écrivez plutôt : « Gardez la preuve de dépôt de votre colis retour : elle suffit pour être remboursé, même si le colis se perd. »",
    en: "Write instead: « Gardez la preuve de dépôt de votre colis retour : elle suffit pour être remboursé, même si le colis se perd. »",
  } },

  // Restocking, handling, administrative fees (L221-18, L221-23).
  { id: "fees", rule: "clause-fees", category: "fees", article: "L221-18, L221-23", all: ["FEE_KIND"], none: ["!FEE_KIND", "DEPRECIATION"], rewrite: FEES_REWRITE },

  // A reason made mandatory (L221-18).
  { id: "reason-required", rule: "clause-reason", category: "reason", article: "L221-18", all: ["*REASON", ["OBLIGATION", "REFUSAL"]], none: ["OPTIONAL", "!OBLIGATION", "!REASON"], rewrite: REASON_REWRITE },
  { id: "no-reason-refused", rule: "clause-reason", category: "reason", article: "L221-18", all: ["!REASON", "REFUSAL"], none: ["OPTIONAL"], rewrite: REASON_REWRITE },

  // Prior approval / RMA as a condition (L221-21).
  { id: "approval-required", rule: "clause-prior-approval", category: "prior-approval", article: "L221-21", all: ["APPROVAL", ["OBLIGATION", "ONLY"]], none: ["OPTIONAL", "!OBLIGATION", "NOT_CONDITION", "REFUND"], rewrite: APPROVAL_REWRITE },
  { id: "unapproved-refused", rule: "clause-prior-approval", category: "prior-approval", article: "L221-21", all: ["!APPROVAL", ["REFUSAL", "ON_CUSTOMER", "OBLIGATION"]], none: ["OPTIONAL"], rewrite: APPROVAL_REWRITE },

  // An imposed channel (L221-21: any unambiguous statement).
  { id: "channel-only", rule: "clause-channels", category: "channel", article: "L221-21", all: ["CHANNEL", "ONLY"], none: ["OPTIONAL", "!OBLIGATION", "!ONLY", "ONLY_IF", "ANY_STATEMENT"], rewrite: CHANNEL_REWRITE },
  { id: "channel-strict", rule: "clause-channels", category: "channel", article: "L221-21", all: ["CHANNEL_STRICT", "OBLIGATION", ["WITHDRAW", "RETURN"]], none: ["OPTIONAL", "!OBLIGATION", "ANY_STATEMENT", "CHANNEL_EXCEPTED"], rewrite: CHANNEL_REWRITE },

  // Withdrawal period: working days, shorter than 14 days, from the order date (L221-18, L221-19).
  { id: "working-days", rule: "clause-working-days", category: "period", article: "L221-18, L221-19", all: ["WORKING_DAYS", ["WITHDRAW", "RETURN", "DELAY"]], none: ["NEXT_WORKING_DAY", "DISPATCH", "DISPATCH_DELAY", "HOURS_UNIT"], rewrite: PERIOD_REWRITE },
  { id: "period-short", rule: "clause-withdrawal-period", category: "period", article: "L221-18", all: ["DUR_SHORT", ["WITHDRAW", "RETURN"]], none: ["NOTIFY", "DISPATCH", "REFUND", "OPTIONAL", "DEADLINE_PASSED"], rewrite: PERIOD_REWRITE },
  { id: "period-from-order", rule: "clause-withdrawal-period", category: "period", article: "L221-18", all: ["START_ORDER", ["WITHDRAW", "RETURN", "DELAY"]], none: ["RECEIPT", "REFUND", "DISPATCH_DELAY"], rewrite: PERIOD_REWRITE },

  // Ship-back under 14 days after the withdrawal (L221-23).
  { id: "ship-back-short", rule: "clause-ship-back", category: "ship-back", article: "L221-23", all: ["DUR_SHORT", "RETURN", "NOTIFY"], none: ["REFUND", "OPTIONAL"], rewrite: SHIP_BACK_REWRITE },

  // Whole-shop « made to order » exclusions (L221-28 3°: only items made to the customer's specifications).
  { id: "made-to-order", rule: "clause-personalised", category: "made-to-order", article: "L221-28 3°", all: ["MADE_TO_ORDER", ["REFUSAL", "!APPLY"]], none: ["SPECIFIC"], rewrite: MADE_REWRITE },

  // Legal guarantee shortened, denied, or its costs put on the customer (L217-3, L217-7).
  { id: "guarantee-short", rule: "clause-guarantee", category: "guarantee", article: "L217-3, L217-7", all: ["GUARANTEE", ["DUR_UNDER_2Y", "LIMIT"]], none: ["COMMERCIAL", "PRESUMPTION", "HIDDEN_DEFECT", "OPTIONAL"], rewrite: GUARANTEE_REWRITE },
  { id: "guarantee-denied", rule: "clause-guarantee", category: "guarantee", article: "L217-3", all: ["!GUARANTEE"], none: ["COMMERCIAL"], rewrite: GUARANTEE_REWRITE },
  { id: "defect-costs", rule: "clause-guarantee", category: "guarantee", article: "L217-3, L217-11", all: ["DEFECT", "COSTS", "ON_CUSTOMER"], none: ["EXCLUDING"], rewrite: GUARANTEE_REWRITE },

  // Initial delivery costs kept (L221-24).
  { id: "delivery-kept", rule: "clause-delivery-costs", category: "delivery-costs", article: "L221-24", all: ["*DELIVERY_COST", ["REFUSAL", "ON_CUSTOMER", "EXCLUDING", "DEDUCT"]], none: ["EXPRESS", "RETURN_COST", "DEFECT", "DELIVERY_INCLUDED"], rewrite: DELIVERY_REWRITE },

  // Compulsory mediation before court, mediation fees (L612-1, L612-4); arbitration: clause-abusive.
  { id: "mediation-compulsory", rule: "clause-mediation", category: "mediation", article: "L612-4", all: ["MEDIATION", "OBLIGATION", ["COURT", "BEFORE"]], none: ["OPTIONAL", "!OBLIGATION"], rewrite: MEDIATION_REWRITE },
  { id: "mediation-fees", rule: "clause-mediation", category: "mediation", article: "L612-1", all: ["MEDIATION", "FEE", "ON_CUSTOMER"], rewrite: MEDIATION_REWRITE },

  // Waiving or reducing legal rights (L242-3, L221-29).
  { id: "waiver", rule: "clause-reduces-rights", category: "waiver", article: "L242-3, L221-29", all: ["WAIVE", "RIGHT"], none: ["DIGITAL", "!WAIVE", "OPTIONAL", "WITHDRAW_BY_RENOUNCING"], rewrite: WAIVER_REWRITE },
  { id: "right-denied", rule: "clause-reduces-rights", category: "waiver", article: "L242-3, L221-29", all: ["*RIGHT_WITHDRAWAL", "!APPLY"], none: ["DIGITAL", "SALE", "MADE_TO_ORDER", "LAWFUL_EXC", "HYGIENE_ITEM", "SPECIFIC", "LEGAL_EXC_REF"], rewrite: WAIVER_REWRITE },
  { id: "right-reduced", rule: "clause-reduces-rights", category: "waiver", article: "L242-3, L221-29", all: ["REDUCE", "RIGHT_WITHDRAWAL"], none: ["!REDUCE"], rewrite: WAIVER_REWRITE },

  // Clauses always or presumed abusive (R212-1 6°: liability excluded; R212-2 10°: arbitration).
  { id: "liability-excluded", rule: "clause-abusive", category: "abusive", article: "R212-1", all: [["!RESPONSIBLE", "DISCLAIM"]], none: ["TRANSPORT", "OPTIONAL", "CUSTOMER_SUBJECT"], rewrite: ABUSIVE_REWRITE },
  { id: "arbitration-imposed", rule: "clause-abusive", category: "abusive", article: "R212-2", all: ["ARBITRATION"], none: ["OPTIONAL", "!ARBITRATION"], rewrite: ABUSIVE_REWRITE },

  // Jurisdiction clauses against the consumer (R631-3; CPC art. 48).
  { id: "jurisdiction", rule: "clause-jurisdiction", category: "jurisdiction", article: "R631-3", all: ["COURT_CLAUSE", ["ONLY", "SELLER_SEAT", "COMMERCIAL_COURT", "ATTRIBUTION"]], none: ["CONSUMER_HOME"], rewrite: JURISDICTION_REWRITE },

  // Hygiene products and recordings: excluded only once unsealed (L221-28 5°, 9°).
  { id: "hygiene-unsealed", rule: "clause-unsealed-hygiene", category: "invented-exception", article: "L221-28 5°, 9°", all: ["HYGIENE_ITEM", "RETURN_REFUSAL"], none: ["SEAL"], rewrite: HYGIENE_REWRITE },

  // Any other exclusion: the list of L221-28 is closed (fallback).
  { id: "invented-exception", rule: "clause-invented-exception", category: "invented-exception", article: "L221-28, L221-29", fallback: true, all: ["RETURN_REFUSAL"], none: ["LAWFUL_EXC", "DEADLINE_PASSED", "DELIVERY_COST", "EXPRESS", "FEE_KIND", "GUARANTEE", "SPECIFIC", "SEAL", "OPTIONAL", "REASON", "APPROVAL", "CREDIT", "DEFECT", "RETURN_COST", "LOSS", "CARRIAGE_FORWARD", "LEGAL_EXC_REF", "POSTAL", "REMEDY", "!REFUSE"], rewrite: EXCEPTION_REWRITE },

  // The EU ODR platform closed on 20 July 2025 (warning).
  { id: "odr-link", rule: "clause-odr-link", category: "odr", article: "Règlement (UE) 2024/3228", severity: "warning", all: ["*ODR"], rewrite: {
    fr: "Retirez ce lien et indiquez votre médiateur de la consommation.",
    en: "Remove this link and name your consumer mediator.",
  } },

  // Hostile tone (warnings): the product's promise of a friendly text.
  { id: "hostile-word", rule: "hostile-wording", category: "hostile", article: "L221-5", severity: "warning", all: ["*HOSTILE_WORD"], rewrite: HOSTILE_REWRITE },
  { id: "hostile-we-refuse", rule: "hostile-wording", category: "hostile", article: "L221-5", severity: "warning", all: ["WE", ["HOSTILE_REFUSE", "!HOSTILE_DENY"]], none: ["OPTIONAL"], rewrite: HOSTILE_REWRITE },
  { id: "hostile-none-accepted", rule: "hostile-wording", category: "hostile", article: "L221-5", severity: "warning", all: ["*NONE_WORD", "!ACCEPT_RETURN"], none: ["!REFUSE"], rewrite: HOSTILE_REWRITE },
];
