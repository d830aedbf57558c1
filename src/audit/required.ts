/**
 * What a return and withdrawal policy must tell the customer (L221-5 and the avis d'information
 * type of R221-3), as data: each item is present when one of its phrases is found in the folded
 * text (lower case, no accents, straight apostrophes, one space for any blank).
 */
import type { Text } from "../law/types.js";

/**
 * The text is about goods that travel: delivered, or sent back (« renvoyer le présent formulaire »,
 * the R221-3 form of a services-only shop, is no parcel).
 */
const GOODS = /\bcolis\b|\blivraisons?\b|\blivrees?\b|\blivrons\b|\b(renvo|retourn|rapport|restitu)\w* (le |la |les |l'|vos |votre |nous |un |une |des |du |de l')?(\w+ ){0,2}(biens?|articles?|produits?|commandes?|colis|achats?)\b|\b(renvoi|retour|restitution) (du|des|de l'|de vos|de votre) (biens?|articles?|produits?|colis|commande)\b|\b(biens?|articles?|produits?)\b[^.]{0,40}\b(retourne|renvoye|rapporte|restitue)e?s?\b/u;
/** The text is about digital content (its legal guarantee: L224-25-12 and the box of D211-3). */
const DIGITAL = /\bcontenus? numeriques?\b|\bservices? numeriques?\b|\btelecharg/u;

export interface RequiredInfo {
  id: string;
  article: string;
  severity: "error" | "warning";
  /** Required for policies in force from this date (inclusive). */
  since?: string;
  /** Present when every group has one phrase found. */
  allOf: RegExp[];
  /** Asked only of a text about what this item concerns (goods sent back, goods or digital content). */
  appliesIf?: RegExp;
  message: Text;
}

export const REQUIRED_INFO: RequiredInfo[] = [
  {
    id: "missing-withdrawal-period",
    article: "L221-5, L221-18",
    severity: "error",
    allOf: [/\b(1[4-9]|[2-9]\d|quatorze) jours\b/u, /\bretract|\bchanger d'avis\b/u],
    message: {
      fr: "Le texte ne dit pas que le client a 14 jours pour se rétracter. Ajoutez : « Vous disposez de 14 jours à compter de la réception pour vous rétracter. »",
      en: "The text does not say the customer has 14 days to withdraw. Add: « Vous disposez de 14 jours à compter de la réception pour vous rétracter. »",
    },
  },
  {
    id: "missing-online-function",
    article: "L221-21, D221-5",
    severity: "error",
    since: "2026-06-19",
    allOf: [/renoncer au contrat ici|fonction(nalite)? (en ligne )?de retractation|bouton de retractation|(se )?retracter en ligne|retractation en ligne/u],
    message: {
      fr: "Depuis le 19 juin 2026, une fonction de rétractation en ligne (« Renoncer au contrat ici ») est obligatoire et le texte doit dire où elle se trouve.",
      en: "Since 19 June 2026, an online withdrawal function (« Renoncer au contrat ici ») is mandatory and the text must say where it is.",
    },
  },
  {
    id: "missing-model-form",
    article: "L221-5, R221-1",
    severity: "error",
    allOf: [/formulaire (type|-type|de retractation)|modele de formulaire|formulaire de renonciation/u],
    message: {
      fr: "Le formulaire type de rétractation manque : joignez-le au texte (annexe de l’article R221-1).",
      en: "The model withdrawal form is missing: add it to the text (annex to article R221-1).",
    },
  },
  {
    id: "missing-return-costs",
    article: "L221-5, L221-23",
    severity: "error",
    // Nothing to send back (services, digital content only): no return costs to state.
    appliesIf: GOODS,
    allOf: [/\b(frais|couts?) (directs )?(de|du|d'un) (retour|renvoi)|\bretours? (est |sont )?(gratuits?|offerts?)|\betiquette (de retour )?prepayee|\bretour[^.]{0,60}a (votre|notre) charge|\brenvoi[^.]{0,60}a (votre|notre) charge/u],
    message: {
      fr: "Le texte ne dit pas qui paie le retour ni combien. Sans cette information, les frais de retour sont pour vous (L221-23).",
      en: "The text does not say who pays for the return, nor how much. Without it, return costs are yours (L221-23).",
    },
  },
  {
    id: "missing-refund-delay",
    article: "L221-24",
    severity: "error",
    allOf: [/rembours[^.]{0,160}\b(1[0-4]|[1-9]|quatorze) jours\b|\b(1[0-4]|[1-9]|quatorze) jours\b[^.]{0,160}rembours/u],
    message: {
      fr: "Le texte ne dit pas sous quel délai le client est remboursé : au plus tard 14 jours après sa rétractation.",
      en: "The text does not say when the customer is refunded: within 14 days of the withdrawal at the latest.",
    },
  },
  {
    id: "missing-legal-guarantees",
    article: "L211-2, L217-3",
    severity: "error",
    // Goods (L217-3) and digital content (L224-25-12) carry them; a service answers under the civil code.
    appliesIf: new RegExp(`${GOODS.source}|${DIGITAL.source}`, "u"),
    allOf: [/garantie legale de conformite/u, /vices? caches?/u],
    message: {
      fr: "Les garanties légales (conformité, 2 ans, et vices cachés) doivent être décrites dans vos conditions.",
      en: "The legal guarantees (conformity, 2 years, and hidden defects) must be described in your terms.",
    },
  },
  {
    id: "missing-mediator",
    article: "L612-1, L616-1",
    severity: "error",
    allOf: [/\bmediat(eur|rice|ion)/u],
    message: {
      fr: "Le médiateur de la consommation auquel vous adhérez (nom et site) n’est pas indiqué.",
      en: "The consumer mediator you belong to (name and website) is not given.",
    },
  },
  {
    id: "missing-exceptions",
    article: "L221-5, L221-28",
    severity: "warning",
    allOf: [/\bexceptions?\b|ne (peuvent|peut) (pas |plus )?etre (retourne|repris|echange)|droit de retractation ne s'applique pas|pas de droit de retractation|tous (nos|les) (autres )?articles peuvent etre retourne|l221-28/u],
    message: {
      fr: "Le texte ne dit pas quels articles ne peuvent pas être retournés (ou que tous peuvent l’être). Si vous vendez des articles exclus (L221-28), nommez-les en mots simples.",
      en: "The text does not say which items cannot be returned (or that all can). If you sell excluded items (L221-28), name them in plain words.",
    },
  },
];
