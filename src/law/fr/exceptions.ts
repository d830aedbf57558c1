/**
 * L221-28: the only cases with no withdrawal right, in plain French, and which of them can
 * concern each sector (LEGAL-FR.md §5). Exceptions apply item by item, never to a whole shop.
 */
import type { Sector } from "../../config/schema.js";
import { frenchTypography } from "../../text/typography.js";

export interface LegalException {
  /** Item number of L221-28 (1° to 13°). */
  item: number;
  /** Plain French, as the customer reads it in the policy. */
  text: string;
}

export interface ExceptionEntry extends LegalException {
  article: string;
}

export const EXCEPTIONS: Readonly<Record<number, string>> = {
  1: "les services entièrement exécutés avant la fin du délai de rétractation, lorsque vous avez demandé expressément qu'ils commencent et reconnu que vous perdez alors votre droit de rétractation",
  2: "les biens ou services dont le prix dépend des fluctuations des marchés financiers, que nous ne maîtrisons pas (par exemple l'or d'investissement)",
  3: "les biens fabriqués selon vos spécifications ou nettement personnalisés (par exemple une gravure à votre nom ou une création sur mesure) ; choisir une couleur ou une taille de notre catalogue ne rend pas un article personnalisé",
  4: "les biens qui risquent de se détériorer ou de se périmer rapidement (produits frais, fleurs…)",
  5: "les biens livrés scellés pour des raisons d'hygiène ou de santé, que vous avez descellés après la livraison ; tant que le scellé est intact, l'article peut être retourné",
  6: "les biens qui, après la livraison, sont mélangés de manière indissociable avec d'autres articles",
  7: "les boissons alcoolisées livrées plus de 30 jours après la commande et dont le prix, convenu à la commande, dépend des fluctuations du marché (vins en primeur, par exemple)",
  8: "les travaux d'entretien ou de réparation urgents réalisés chez vous à votre demande expresse, pour les pièces et travaux strictement nécessaires à l'urgence",
  9: "les enregistrements audio ou vidéo et les logiciels livrés scellés, que vous avez descellés après la livraison",
  10: "les journaux, périodiques et magazines vendus au numéro (les abonnements gardent le droit de rétractation)",
  11: "les contrats conclus lors d'une enchère publique",
  12: "les prestations d'hébergement (hors logement), de transport de biens, de location de voitures, de restauration ou de loisirs prévues à une date ou pour une période déterminée",
  13: "les contenus numériques sans support matériel, lorsque vous avez demandé expressément qu'ils soient fournis avant la fin du délai et renoncé expressément à votre droit de rétractation, ce que nous vous avons confirmé par e-mail",
};

/** Which L221-28 items can concern the items of each sector (LEGAL-FR.md §5, sector mapping). */
export const SECTOR_EXCEPTIONS: Readonly<Record<Sector, readonly number[]>> = {
  fashion: [3, 5],
  shoes: [3],
  electronics: [3, 9],
  appliances: [3, 8],
  furniture: [3],
  cosmetics: [5],
  food: [4, 6],
  beverages: [4, 7],
  "books-media": [9, 10],
  software: [9, 13],
  press: [10],
  "custom-made": [3],
  jewelry: [2, 3],
  sports: [5, 12],
  toys: [3],
  "digital-content": [13],
  "leisure-services": [1, 12],
  general: [],
};

/**
 * The exceptions that concern what a shop of each sector sells by default: only the cases its
 * items surely fall into (a garden shop does not sell dated leisure services, a delicatessen does
 * not sell wine en primeur). Other cases of SECTOR_EXCEPTIONS are listed by the shop itself
 * (`withdrawal.exceptions`). 1° and 13° need the express-waiver flow and are added only with it.
 */
export const SECTOR_DEFAULT_EXCEPTIONS: Readonly<Record<Sector, readonly number[]>> = {
  fashion: [],
  shoes: [],
  electronics: [],
  appliances: [],
  furniture: [],
  cosmetics: [5],
  food: [4],
  beverages: [],
  "books-media": [9],
  software: [9, 13],
  press: [10],
  "custom-made": [3],
  jewelry: [],
  sports: [],
  toys: [],
  "digital-content": [13],
  "leisure-services": [1, 12],
  general: [],
};

/** Cases that exist only when the shop collects express consent and the acknowledged loss of the right. */
export const WAIVER_EXCEPTIONS: readonly number[] = [1, 13];

/** The exceptions that apply to what the shop sells, once each, in item order (L221-5: say which items). */
export function exceptionsFor(sectors: readonly Sector[], options: { waiver?: boolean; items?: readonly number[] } = {}): ExceptionEntry[] {
  const chosen = options.items ?? sectors.flatMap((s) => SECTOR_DEFAULT_EXCEPTIONS[s]);
  const items = [...new Set(chosen)].filter((i) => options.waiver || !WAIVER_EXCEPTIONS.includes(i)).sort((a, b) => a - b);
  return items.map((item) => ({ item, article: `L221-28 ${item}°`, text: frenchTypography(EXCEPTIONS[item] ?? "") }));
}
