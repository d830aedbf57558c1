/**
 * L221-28: the only cases with no withdrawal right, by item number, and which of them can concern
 * each sector (LEGAL-FR.md §5). Exceptions apply item by item, never to a whole shop. The words the
 * customer reads are in locales/fr.yaml (`policy.exceptions`), written by the templates.
 */
import type { Sector } from "../../config/schema.js";

/** One case of L221-28 that applies to what the shop sells; its wording is in locales/fr.yaml (`policy.exceptions.<item>`). */
export interface ExceptionEntry {
  /** Item number of L221-28 (1° to 13°): the exception's id. */
  item: number;
  /** The article as the policy cites it, `L221-28 3°`. */
  article: string;
}

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
  services: [1],
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
  services: [1],
  general: [],
};

/** Cases that exist only when the shop collects express consent and the acknowledged loss of the right. */
export const WAIVER_EXCEPTIONS: readonly number[] = [1, 13];

/** The exceptions that apply to what the shop sells, once each, in item order (L221-5: say which items). */
export function exceptionsFor(sectors: readonly Sector[], options: { waiver?: boolean; items?: readonly number[] } = {}): ExceptionEntry[] {
  const chosen = options.items ?? sectors.flatMap((s) => SECTOR_DEFAULT_EXCEPTIONS[s]);
  const items = [...new Set(chosen)].filter((i) => options.waiver || !WAIVER_EXCEPTIONS.includes(i)).sort((a, b) => a - b);
  return items.map((item) => ({ item, article: `L221-28 ${item}°` }));
}
