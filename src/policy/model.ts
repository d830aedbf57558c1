/**
 * Config → policy model: every fact the text states, derived once (deadlines, who pays what,
 * which exceptions apply, which articles the text relies on). No prose here: templates write it.
 */
import type { Address, Config, ReturnMethod, Sector } from "../config/schema.js";
import { exceptionsFor, type ExceptionEntry } from "../law/fr/exceptions.js";

/** Sectors whose goods do not normally go back by post (L221-5 8°: the return cost must be given). */
export const BULKY_SECTORS: readonly Sector[] = ["furniture", "appliances"];
/** Sectors that are services or content rather than goods delivered. */
export const SERVICE_SECTORS: readonly Sector[] = ["digital-content", "leisure-services"];

export interface PolicyModel {
  rulesetVersion: string;
  effectiveDate: string;
  shop: Config["shop"] & { siretDigits?: string };
  sectors: Sector[];
  sellsGoods: boolean;
  sellsServices: boolean;
  withdrawal: {
    days: number;
    /** More than the legal 14 days: said as a commercial extension, kept apart from the legal right. */
    extended: boolean;
    onlineFunction?: NonNullable<Config["withdrawal"]["onlineFunction"]>;
    onlineForm?: string;
    /** Where withdrawal statements by e-mail go. */
    email: string;
  };
  returns: {
    shipBackDays: number;
    payer: Config["returns"]["costs"]["payer"];
    /** The customer pays something for at least some returns. */
    customerPays: boolean;
    cap?: number;
    freeFor: Sector[];
    bulky: boolean;
    bulkyEstimate?: number;
    methods: ReturnMethod[];
    /** The shop collects the goods itself (home pick-up): no waiting for the goods then. */
    shopCollects: boolean;
    address: Address;
    addressName: string;
    authorizationNumber: boolean;
    packaging: Config["returns"]["originalPackaging"];
  };
  refunds: {
    days: number;
    creditOnRequest: boolean;
    waitForGoods: boolean;
  };
  exchanges?: { days?: number; freeShipping: boolean };
  exceptions: ExceptionEntry[];
  guarantees: {
    conformity: boolean;
    secondHand: boolean;
    commercial?: { months: number; text: string };
  };
  support: Config["support"] & { hasChannel: boolean };
  mediator?: NonNullable<Config["mediator"]>;
  customClauses: NonNullable<Config["customClauses"]>;
  /** Articles the text relies on, in the order of each code. */
  references: { consommation: string[]; civil: string[] };
}

const codeOrder = (a: string, b: string) => a.localeCompare(b, "fr", { numeric: true });

export function buildPolicy(config: Config, rulesetVersion: string): PolicyModel {
  const sectors = [...new Set(config.sectors)];
  const sellsServices = sectors.some((s) => SERVICE_SECTORS.includes(s));
  const sellsGoods = sectors.some((s) => !SERVICE_SECTORS.includes(s));
  const { costs } = config.returns;
  const shopCollects = config.returns.methods.some((m) => m.type === "pickup");
  const exceptions = exceptionsFor(sectors);
  const customerPays =
    costs.payer !== "merchant" || config.returns.methods.some((m) => (m.price ?? 0) > 0 || m.label === "customer");

  const references = new Set([
    "L221-18",
    "L221-19",
    "L221-21",
    "L221-23",
    "L221-24",
    "L242-4",
    "R221-1",
    "R221-3",
    "L216-4",
    "L217-3",
    "L217-7",
  ]);
  if (config.withdrawal.onlineFunction) references.add("D221-5");
  if (exceptions.length > 0) references.add("L221-28");
  if (config.mediator) {
    references.add("L612-1");
    references.add("L616-1");
  }
  if (config.guarantees?.commercial) references.add("L217-21");
  if (sectors.some((s) => BULKY_SECTORS.includes(s))) references.add("L221-5");

  const siretDigits = config.shop.siret?.replace(/ /gu, "");
  return {
    rulesetVersion,
    effectiveDate: config.effectiveDate,
    shop: { ...config.shop, ...(siretDigits ? { siretDigits } : {}) },
    sectors,
    sellsGoods,
    sellsServices,
    withdrawal: {
      days: config.withdrawal.days,
      extended: config.withdrawal.days > 14,
      ...(config.withdrawal.onlineFunction ? { onlineFunction: config.withdrawal.onlineFunction } : {}),
      ...(config.withdrawal.onlineForm ? { onlineForm: config.withdrawal.onlineForm } : {}),
      email: config.support.email ?? config.shop.email,
    },
    returns: {
      shipBackDays: config.returns.shipBackDays,
      payer: costs.payer,
      customerPays,
      ...(costs.cap !== undefined ? { cap: costs.cap } : {}),
      freeFor: costs.freeFor?.filter((s) => sectors.includes(s)) ?? [],
      bulky: config.returns.bulky ?? sectors.some((s) => BULKY_SECTORS.includes(s)),
      ...(costs.bulkyEstimate !== undefined ? { bulkyEstimate: costs.bulkyEstimate } : {}),
      methods: config.returns.methods,
      shopCollects,
      address: config.returns.address ?? config.shop.address,
      addressName: config.returns.addressName ?? config.shop.legalName,
      authorizationNumber: config.returns.authorizationNumber,
      packaging: config.returns.originalPackaging,
    },
    refunds: {
      days: config.refunds.days,
      creditOnRequest: config.refunds.method === "original-payment-or-credit",
      waitForGoods: config.refunds.waitForGoods,
    },
    ...(config.exchanges?.enabled
      ? {
          exchanges: {
            ...(config.exchanges.days !== undefined ? { days: config.exchanges.days } : {}),
            freeShipping: config.exchanges.freeShipping,
          },
        }
      : {}),
    exceptions,
    guarantees: {
      conformity: sellsGoods,
      secondHand: config.shop.secondHand,
      ...(config.guarantees?.commercial ? { commercial: config.guarantees.commercial } : {}),
    },
    support: {
      ...config.support,
      hasChannel: Boolean(config.support.email || config.support.phone || config.support.contactForm || config.support.chat),
    },
    ...(config.mediator ? { mediator: config.mediator } : {}),
    customClauses: config.customClauses ?? [],
    references: { consommation: [...references].sort(codeOrder), civil: sellsGoods ? ["1641", "1648"] : [] },
  };
}
