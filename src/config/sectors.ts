/**
 * Families of sectors the law and the policy both reason about (config vocabulary: the rules in
 * src/law and the model in src/policy import them from here, neither from the other).
 */
/** The families a shop may name in `sectors`. */
export const SECTORS = [
  "fashion",
  "shoes",
  "electronics",
  "appliances",
  "furniture",
  "cosmetics",
  "food",
  "beverages",
  "books-media",
  "software",
  "press",
  "custom-made",
  "jewelry",
  "sports",
  "toys",
  "digital-content",
  "leisure-services",
  "services",
  "general",
] as const;
export type Sector = (typeof SECTORS)[number];

/** Sectors whose goods do not normally go back by post (L221-5 8°: the return cost must be given). */
export const BULKY_SECTORS: readonly Sector[] = ["furniture", "appliances"];
/** Sectors that are services or content rather than goods delivered. */
export const SERVICE_SECTORS: readonly Sector[] = ["digital-content", "leisure-services", "services"];
/**
 * Services performed for the customer (L221-18: the period runs from the contract; L221-25: a
 * service begun during it at the customer's express request). `leisure-services` are dated ones
 * (L221-28 12°); `services` any other (a course, a repair, coaching booked online).
 */
export const PERFORMED_SERVICE_SECTORS: readonly Sector[] = ["leisure-services", "services"];
/** Digital content not supplied on a tangible medium (L221-18: the period runs from the contract). */
export const DIGITAL_SECTORS: readonly Sector[] = ["digital-content", "software"];
/** Sectors that deliver goods (software: boxed copies as well as downloads). */
export const GOODS_SECTORS: readonly Sector[] = [
  "fashion", "shoes", "electronics", "appliances", "furniture", "cosmetics", "food", "beverages",
  "books-media", "software", "press", "custom-made", "jewelry", "sports", "toys", "general",
];
