/**
 * Config → policy model: every fact the text states, derived once (deadlines, who pays what,
 * which exceptions apply, which articles the text relies on). No prose here: templates write it.
 */
import type { Address, Config, ReturnMethod, Sector } from "../config/schema.js";
import { BULKY_SECTORS, DIGITAL_SECTORS, GOODS_SECTORS, PERFORMED_SERVICE_SECTORS } from "../config/sectors.js";
import { exceptionsFor, type ExceptionEntry } from "../law/fr/exceptions.js";

/** What the customer may do to examine an item, by sector (L221-23 al. 3: like in a shop). */
const EXAMINE: Readonly<Record<string, readonly Sector[]>> = {
  unpack: ["fashion", "shoes", "electronics", "appliances", "furniture", "books-media", "software", "custom-made", "jewelry", "sports", "toys", "general", "cosmetics"],
  tryOn: ["fashion", "shoes", "jewelry", "sports"],
  checkWorks: ["electronics", "appliances", "software", "toys", "general"],
  leaf: ["books-media", "press"],
  inspect: ["furniture", "food", "beverages", "cosmetics", "custom-made"],
};
/** Handling beyond examination, in words that fit what the shop sells. */
const BEYOND: Readonly<Record<string, readonly Sector[]>> = {
  worn: ["fashion", "shoes", "jewelry", "sports"],
  used: ["electronics", "appliances", "software", "toys", "furniture", "general", "custom-made"],
  annotated: ["books-media", "press"],
  opened: ["food", "beverages", "cosmetics"],
};

/** Who bears the cost of one return method, as the table says it (L221-23, L221-5 8°). */
export type MethodCost =
  | { kind: "free"; postageRefund: boolean }
  | { kind: "amount"; amount: number; atMost: boolean; deducted: boolean; excessRefund: boolean }
  | { kind: "carrier"; atMost?: number }
  | { kind: "quote" };

/**
 * What a return costs the customer overall, as En bref, the cost section, the R221-3 notice and
 * the JSON-LD say it (L221-23 al. 1, L221-5 8°): nothing (every method free for every item), the
 * direct costs up to a maximum, or the actual direct costs.
 */
export type CustomerPays = { kind: "free" } | { kind: "capped"; max: number } | { kind: "actual" };

/**
 * Postage the customer pays to the carrier and the shop pays back: in full (the return is free
 * for them) and/or above the cap. Absent when no method works that way.
 */
export interface PostageRefund {
  /** Some return is free although the customer pays the carrier: the whole postage is paid back. */
  full: boolean;
  /** Some return costs more than this cap: what is above it is paid back. */
  above?: number;
}

/**
 * Whether the refund may wait for the goods or the proof they were sent, whichever comes first
 * (L221-24 al. 3): never; yes; or the shop would wait but may not, because it offers to collect
 * the goods itself (« à moins qu'il ne propose de récupérer lui-même les biens »).
 */
export type RefundWait = { kind: "none" } | { kind: "goods-or-proof" } | { kind: "not-when-collecting" };

export interface MethodRow extends ReturnMethod {
  cost: MethodCost;
  /** For the sectors of `returns.freeFor`, this method is free: how (refund of the postage or a free label). */
  freeForHow?: "postage-refund" | "free-label";
}

export interface PolicyModel {
  rulesetVersion: string;
  effectiveDate: string;
  shop: Config["shop"];
  sectors: Sector[];
  /** Goods delivered: returns, costs, examination, goods guarantee box. */
  sellsGoods: boolean;
  /** Services (leisure): period from the contract, L221-25 payment. */
  sellsServices: boolean;
  /** Digital content not on a tangible medium: period from the contract, L221-26. */
  sellsDigital: boolean;
  /** Only digital content and services: nothing is sent back by parcel. */
  noParcels: boolean;
  withdrawal: {
    days: number;
    /** More than the legal 14 days: said as a commercial extension, kept apart from the legal right. */
    extended: boolean;
    onlineFunction?: NonNullable<Config["withdrawal"]["onlineFunction"]>;
    onlineForm?: string;
    /** Where withdrawal statements by e-mail go. */
    email: string;
    /** When the period starts, for each kind of thing the shop sells (L221-18). */
    starts: { goods: boolean; subscription: boolean; digital: boolean; services: boolean };
    /** The regular deliveries are issues of a periodical (press alone): « premier numéro », else « première livraison ». */
    subscriptionIssues: boolean;
    /** Only digital content / services: the period never starts at a receipt. */
    fromContractOnly: boolean;
    /** The shop collects express consent + acknowledged loss, confirmed on a durable medium. */
    expressWaiver: boolean;
    /** The shop also flags items without the right on their product page and at checkout. */
    exceptionsOnProductPage: boolean;
  };
  /** Goods only: "Articles sans droit de rétractation"; with content or services: "Achats…". */
  exceptionsOf: "articles" | "achats";
  /** Digital content: with the waiver, 13° applies; without it, nothing is owed (L221-26). */
  digital?: { waiver: boolean };
  /** Services: with the start request, the proportional payment of L221-25. */
  services?: { startRequest: boolean };
  returns: {
    shipBackDays: number;
    /** What a return costs the customer overall. */
    customerPays: CustomerPays;
    freeFor: Sector[];
    bulky: boolean;
    /** The bulky sectors the shop sells (furniture, appliances), to name them; empty when only `returns.bulky` says so. */
    bulkyKinds: Sector[];
    bulkyEstimate?: number;
    methods: MethodRow[];
    /** Method types that cost nothing whatever the item (store, warehouse…), when others cost. */
    freeMethods: string[];
    /** Some method lets the customer pay the carrier; the shop pays the postage back (free, or above the cap). */
    postageRefund?: PostageRefund;
    /** A label the shop supplies costs something: deducted from the refund. */
    labelDeducted: boolean;
    /** The shop collects the goods itself (home pick-up): no waiting for the goods then. */
    shopCollects: boolean;
    /** Some method sends the goods by post or relay to the return address. */
    byParcel: boolean;
    address: Address;
    addressName: string;
    /**
     * Returns go to the shop itself (the recipient is its legal name): the avis d'information
     * type's "à nous ou à (5)" names no other person then (note 5: « le cas échéant »).
     */
    toShop: boolean;
    authorizationNumber: boolean;
    /** The original packaging is not asked for at all (otherwise: preferred, never a condition, L221-23). */
    packagingNotNeeded: boolean;
  };
  refunds: {
    days: number;
    creditOnRequest: boolean;
    /** Whether and when the refund may wait for the goods or the proof they were sent. */
    wait: RefundWait;
  };
  exchanges?: { days?: number; freeShipping: boolean; sizes: boolean };
  exceptions: ExceptionEntry[];
  /** What the customer may do with an item to examine it, and what goes beyond (L221-23 al. 3). */
  examination: {
    actions: string[];
    beyond: string[];
    sealed: boolean;
    sealedHygiene: boolean;
    sealedMedia: boolean;
    perishable: boolean;
    /** Some exception other than sealed (5°, 9°) or perishable (4°) items: the right is whole only outside the listed cases. */
    otherExceptions: boolean;
  };
  guarantees: {
    /** Goods: L217-3 et s., box of the annex to D211-2. */
    conformity: boolean;
    /** Digital content or services: L224-25-12 et s., box of the annex to D211-3. */
    digital: boolean;
    /** Non-digital services: no official box; Code civil 1217. */
    services: boolean;
    secondHand: boolean;
    commercial?: {
      months: number;
      text: string;
      guarantor: string;
      guarantorAddress: Address;
      price: number;
      territory?: string;
      claim: string;
      /** 24 months or less: overlaps the legal guarantee in time. */
      withinLegal: boolean;
    };
  };
  support: Config["support"] & { hasChannel: boolean };
  /** Telephone number given to customers (L221-5 → L111-1, R111-1): support line, else the shop's. */
  phone?: string;
  mediator?: NonNullable<Config["mediator"]>;
  customClauses: NonNullable<Config["customClauses"]>;
  /** Articles the text relies on, in the order of each code. */
  references: { consommation: string[]; civil: string[] };
}

/** Legislative articles first, then regulatory ones (L, R, D), each in numeric order. */
const codeOrder = (a: string, b: string) => "LRD".indexOf(a[0] ?? "") - "LRD".indexOf(b[0] ?? "") || a.localeCompare(b, "fr", { numeric: true });
const inAny = (sectors: readonly Sector[], table: Readonly<Record<string, readonly Sector[]>>) =>
  Object.keys(table).filter((k) => sectors.some((s) => table[k]?.includes(s)));
/**
 * L221-28 5°: with hygiene-sealed items, examining never means breaking the seal, so the
 * customer opens the parcel and checks the item instead of « unpacking » it.
 */
function examineActions(goodsSectors: readonly Sector[], sealedHygiene: boolean): string[] {
  const actions = inAny(goodsSectors, EXAMINE);
  if (!sealedHygiene) return actions;
  return ["openParcel", "inspectItem", ...actions.filter((k) => k !== "unpack" && k !== "inspect")];
}

function methodCost(m: ReturnMethod, costs: Config["returns"]["costs"], free: boolean): MethodCost {
  const { payer, cap, bulkyEstimate } = costs;
  const shopLabel = m.label === "prepaid" || m.label === "printable";
  if (m.type === "store" || m.type === "warehouse") return { kind: "free", postageRefund: false };
  if (free || payer === "merchant") return { kind: "free", postageRefund: (m.type === "post" || m.type === "relay") && !shopLabel };
  if (m.type === "pickup") {
    if (payer === "capped" && cap !== undefined) return { kind: "amount", amount: cap, atMost: true, deducted: false, excessRefund: false };
    return bulkyEstimate !== undefined ? { kind: "amount", amount: bulkyEstimate, atMost: true, deducted: false, excessRefund: false } : { kind: "quote" };
  }
  if (m.price === 0) return { kind: "free", postageRefund: false };
  const capped = payer === "capped" && cap !== undefined;
  if (m.price !== undefined) {
    const amount = capped ? Math.min(m.price, cap) : m.price;
    return { kind: "amount", amount, atMost: false, deducted: shopLabel, excessRefund: !shopLabel && capped && m.price > cap };
  }
  // A label we provide is bought by us: without its price, the customer pays at most the cap,
  // taken from the refund (there is no carrier's receipt to keep).
  if (capped && shopLabel) return { kind: "amount", amount: cap, atMost: true, deducted: true, excessRefund: false };
  return capped ? { kind: "carrier", atMost: cap } : { kind: "carrier" };
}

export function buildPolicy(config: Config, rulesetVersion: string): PolicyModel {
  const sectors = [...new Set(config.sectors)];
  const sellsServices = sectors.some((s) => PERFORMED_SERVICE_SECTORS.includes(s));
  const sellsDigital = sectors.some((s) => DIGITAL_SECTORS.includes(s));
  const sellsGoods = sectors.some((s) => GOODS_SECTORS.includes(s));
  const expressWaiver = config.withdrawal.expressWaiver;
  const { costs } = config.returns;
  const freeFor = costs.freeFor?.filter((s) => sectors.includes(s)) ?? [];
  const shopCollects = config.returns.methods.some((m) => m.type === "pickup");
  const exceptions = exceptionsFor(sectors, { waiver: expressWaiver, ...(config.withdrawal.exceptions ? { items: config.withdrawal.exceptions } : {}) });
  const methods: MethodRow[] = config.returns.methods.map((m) => {
    const cost = methodCost(m, costs, false);
    const row: MethodRow = { ...m, cost };
    if (cost.kind !== "free" && freeFor.length > 0) {
      const free = methodCost(m, costs, true);
      row.freeForHow = free.kind === "free" && free.postageRefund ? "postage-refund" : "free-label";
    }
    return row;
  });
  const allFree = methods.every((m) => m.cost.kind === "free");
  const customerPays: CustomerPays = allFree
    ? { kind: "free" }
    : costs.payer === "capped" && costs.cap !== undefined
      ? { kind: "capped", max: costs.cap }
      : { kind: "actual" };
  const freeMethods = allFree ? [] : [...new Set(methods.filter((m) => m.cost.kind === "free").map((m) => m.type))];
  const fullRefund = methods.some((m) => (m.cost.kind === "free" && m.cost.postageRefund) || m.freeForHow === "postage-refund");
  const aboveRefund = methods.some((m) => (m.cost.kind === "amount" && m.cost.excessRefund) || (m.cost.kind === "carrier" && m.cost.atMost !== undefined));
  const postageRefund: PostageRefund | undefined =
    fullRefund || aboveRefund ? { full: fullRefund, ...(aboveRefund && costs.cap !== undefined ? { above: costs.cap } : {}) } : undefined;
  const waitForGoods = sellsGoods && config.refunds.waitForGoods;
  const wait: RefundWait = !waitForGoods ? { kind: "none" } : shopCollects ? { kind: "not-when-collecting" } : { kind: "goods-or-proof" };
  const labelDeducted = methods.some((m) => m.cost.kind === "amount" && m.cost.deducted);
  const sealedHygiene = exceptions.some((e) => e.item === 5);
  const sealedMedia = exceptions.some((e) => e.item === 9);
  const sealed = sealedHygiene || sealedMedia;
  const perishable = exceptions.some((e) => e.item === 4);
  const otherExceptions = exceptions.some((e) => ![4, 5, 9].includes(e.item));
  const bulkySectors = sectors.filter((s) => BULKY_SECTORS.includes(s));
  const bulky = sellsGoods && (config.returns.bulky ?? bulkySectors.length > 0);
  const goodsSectors = sectors.filter((s) => GOODS_SECTORS.includes(s));

  const references = new Set([
    "L221-18",
    "L221-19",
    "L221-21",
    "L221-24",
    "L242-4",
    "R221-1",
    "R221-3",
    "L111-1",
  ]);
  if (sellsGoods) for (const a of ["L221-23", "L216-4", "L217-3", "L217-7", "D211-2"]) references.add(a);
  if (sellsDigital) for (const a of ["L221-26", "L224-25-12", "D211-3"]) references.add(a);
  if (sellsServices && expressWaiver) references.add("L221-25");
  if (config.withdrawal.onlineFunction) references.add("D221-5");
  if (exceptions.length > 0) references.add("L221-28");
  if (config.mediator) {
    references.add("L612-1");
    references.add("L616-1");
  }
  if (config.guarantees?.commercial) {
    references.add("L217-21");
    references.add("L217-22");
  }
  if (sellsGoods && sectors.some((s) => BULKY_SECTORS.includes(s))) references.add("L221-5");
  const civil = [...(sellsGoods || sellsDigital ? ["1641", "1648"] : []), ...(sellsServices ? ["1217"] : [])];

  const commercial = config.guarantees?.commercial;
  return {
    rulesetVersion,
    effectiveDate: config.effectiveDate,
    shop: { ...config.shop },
    sectors,
    sellsGoods,
    sellsServices,
    sellsDigital,
    noParcels: !sellsGoods,
    withdrawal: {
      days: config.withdrawal.days,
      extended: config.withdrawal.days > 14,
      ...(config.withdrawal.onlineFunction ? { onlineFunction: config.withdrawal.onlineFunction } : {}),
      // A form at the same address as the withdrawal function is that function: listed once.
      ...(config.withdrawal.onlineForm && !samePage(config.withdrawal.onlineForm, config.withdrawal.onlineFunction?.url) ? { onlineForm: config.withdrawal.onlineForm } : {}),
      email: config.support.email ?? config.shop.email,
      starts: { goods: sellsGoods, subscription: sectors.includes("press") || config.withdrawal.regularDeliveries, digital: sellsDigital, services: sellsServices },
      subscriptionIssues: sectors.includes("press") && !config.withdrawal.regularDeliveries,
      fromContractOnly: !sellsGoods,
      expressWaiver,
      exceptionsOnProductPage: config.withdrawal.exceptionsOnProductPage,
    },
    exceptionsOf: sellsDigital || sellsServices ? "achats" : "articles",
    ...(sellsDigital ? { digital: { waiver: expressWaiver } } : {}),
    ...(sellsServices ? { services: { startRequest: expressWaiver } } : {}),
    returns: {
      shipBackDays: config.returns.shipBackDays,
      customerPays,
      freeFor,
      bulky,
      bulkyKinds: bulky ? BULKY_SECTORS.filter((s) => bulkySectors.includes(s)) : [],
      ...(costs.bulkyEstimate !== undefined ? { bulkyEstimate: costs.bulkyEstimate } : {}),
      methods,
      freeMethods,
      ...(postageRefund ? { postageRefund } : {}),
      labelDeducted,
      shopCollects,
      byParcel: config.returns.methods.some((m) => m.type === "post" || m.type === "relay"),
      address: config.returns.address ?? config.shop.address,
      addressName: config.returns.addressName ?? config.shop.legalName,
      toShop: (config.returns.addressName ?? config.shop.legalName).trim() === config.shop.legalName.trim(),
      authorizationNumber: config.returns.authorizationNumber,
      packagingNotNeeded: config.returns.originalPackaging === "not-required",
    },
    refunds: {
      days: config.refunds.days,
      creditOnRequest: config.refunds.method === "original-payment-or-credit",
      wait,
    },
    ...(config.exchanges?.enabled && sellsGoods
      ? {
          exchanges: {
            ...(config.exchanges.days !== undefined ? { days: config.exchanges.days } : {}),
            freeShipping: config.exchanges.freeShipping,
            sizes: sectors.some((s) => s === "fashion" || s === "shoes"),
          },
        }
      : {}),
    exceptions,
    examination: {
      actions: examineActions(goodsSectors, sealedHygiene),
      beyond: inAny(goodsSectors, BEYOND),
      sealed,
      sealedHygiene,
      sealedMedia,
      perishable,
      otherExceptions,
    },
    guarantees: {
      conformity: sellsGoods,
      digital: sellsDigital,
      services: sellsServices,
      secondHand: config.shop.secondHand,
      ...(commercial
        ? {
            commercial: {
              months: commercial.months,
              text: commercial.text,
              guarantor: commercial.guarantor ?? config.shop.legalName,
              guarantorAddress: config.shop.address,
              price: commercial.price ?? 0,
              ...(commercial.territory ? { territory: commercial.territory } : {}),
              claim: config.support.email ?? config.shop.email,
              withinLegal: commercial.months <= 24,
            },
          }
        : {}),
    },
    support: {
      ...config.support,
      hasChannel: Boolean(config.support.email || config.support.phone || config.shop.phone || config.support.contactForm || config.support.chat),
    },
    ...(config.support.phone ?? config.shop.phone ? { phone: (config.support.phone ?? config.shop.phone) as string } : {}),
    ...(config.mediator ? { mediator: config.mediator } : {}),
    customClauses: config.customClauses ?? [],
    references: { consommation: [...references].sort(codeOrder), civil },
  };
}

/** Two addresses of the same page: equal but for the case of the host and a trailing slash. */
function samePage(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/u, "")}${url.search}`;
    } catch {
      return u.trim();
    }
  };
  return norm(a) === norm(b);
}
