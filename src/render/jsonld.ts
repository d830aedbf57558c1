/**
 * schema.org MerchantReturnPolicy, from the same policy model as the text, so search engines read
 * the same days, fees and methods as customers.
 */
import { webHref } from "../config/url.js";
import type { PolicyModel } from "../policy/model.js";

const S = "https://schema.org/";

export interface MerchantReturnPolicyLd {
  "@context": "https://schema.org";
  "@type": "MerchantReturnPolicy";
  name: string;
  url?: string;
  applicableCountry: "FR";
  returnPolicyCountry: "FR";
  returnPolicyCategory: "https://schema.org/MerchantReturnFiniteReturnWindow";
  merchantReturnDays: number;
  returnMethod: ("https://schema.org/ReturnByMail" | "https://schema.org/ReturnInStore" | "https://schema.org/ReturnAtKiosk")[];
  returnFees:
    | "https://schema.org/FreeReturn"
    | "https://schema.org/ReturnFeesCustomerResponsibility"
    | "https://schema.org/ReturnShippingFees";
  returnShippingFeesAmount?: { "@type": "MonetaryAmount"; value: number; currency: "EUR" };
  refundType: ("https://schema.org/FullRefund" | "https://schema.org/StoreCreditRefund")[];
  inStoreReturnsOffered: boolean;
}

const METHOD = {
  post: `${S}ReturnByMail`,
  pickup: `${S}ReturnByMail`,
  relay: `${S}ReturnAtKiosk`,
  store: `${S}ReturnInStore`,
  warehouse: `${S}ReturnInStore`,
} as const;

export function policyJsonLd(policy: PolicyModel): MerchantReturnPolicyLd {
  const { returns } = policy;
  // The model's decision, the same one the cost table and En bref say.
  const pays = returns.customerPays;
  const fees =
    pays.kind === "free"
      ? ({ returnFees: `${S}FreeReturn` } as const)
      : pays.kind === "capped"
        ? ({ returnFees: `${S}ReturnShippingFees`, returnShippingFeesAmount: { "@type": "MonetaryAmount", value: pays.max, currency: "EUR" } } as const)
        : ({ returnFees: `${S}ReturnFeesCustomerResponsibility` } as const);
  const url = policy.shop.policyUrl === undefined ? undefined : webHref(policy.shop.policyUrl);
  return {
    "@context": "https://schema.org",
    "@type": "MerchantReturnPolicy",
    name: `Politique de retour et de rétractation — ${policy.shop.name}`,
    ...(url ? { url } : {}),
    applicableCountry: "FR",
    returnPolicyCountry: "FR",
    returnPolicyCategory: `${S}MerchantReturnFiniteReturnWindow`,
    merchantReturnDays: policy.withdrawal.days,
    returnMethod: [...new Set(returns.methods.map((m) => METHOD[m.type]))],
    ...fees,
    refundType: policy.refunds.creditOnRequest ? [`${S}FullRefund`, `${S}StoreCreditRefund`] : [`${S}FullRefund`],
    inStoreReturnsOffered: returns.methods.some((m) => m.type === "store"),
  };
}

/** JSON that is safe inside <script>: no `</script>`, no `<!--`, no line separators that break JS. */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
