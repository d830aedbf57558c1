import type { MerchantReturnPolicy, WithContext } from "schema-dts";
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { policyJsonLd, scriptSafeJson } from "../src/render/jsonld.js";
import { renderFiles } from "../src/render/policy-files.js";
import { checkOverride } from "./helpers.js";

const policyOf = (yaml: string) => buildPolicy(checkOverride(yaml).config!, frRuleset.version);

describe("schema.org MerchantReturnPolicy", () => {
  it("fits schema.org's vocabulary (schema-dts types, checked by tsc)", () => {
    const ld: WithContext<MerchantReturnPolicy> = policyJsonLd(policyOf("shop:\n  policyUrl: https://atelier-lumiere.fr/retours\n"));
    expect(ld).toMatchObject({
      "@type": "MerchantReturnPolicy",
      url: "https://atelier-lumiere.fr/retours",
      applicableCountry: "FR",
      merchantReturnDays: 14,
      returnFees: "https://schema.org/ReturnShippingFees",
      returnShippingFeesAmount: { "@type": "MonetaryAmount", value: 5.95, currency: "EUR" },
      returnMethod: ["https://schema.org/ReturnAtKiosk", "https://schema.org/ReturnByMail", "https://schema.org/ReturnInStore"],
      refundType: ["https://schema.org/FullRefund", "https://schema.org/StoreCreditRefund"],
      inStoreReturnsOffered: true,
    });
  });

  it("says free returns when the shop pays, and the days the text says", () => {
    const ld = policyJsonLd(policyOf("withdrawal:\n  days: 30\nreturns:\n  costs: { payer: merchant }\n  methods: [{ type: post, label: prepaid, price: 0 }]\n"));
    expect(ld).toMatchObject({ returnFees: "https://schema.org/FreeReturn", merchantReturnDays: 30, returnMethod: ["https://schema.org/ReturnByMail"] });
  });

  it("cannot close the script element, whatever the shop is called", async () => {
    const policy = policyOf('shop:\n  name: "</script><script>alert(1)</script> <!-- \\u2028 fin"\n');
    const json = scriptSafeJson(policyJsonLd(policy));
    expect(json).not.toMatch(/<\/script|<!--|\u2028/u);
    expect(JSON.parse(json).name).toContain("</script><script>alert(1)</script> <!-- \u2028 fin");
    const [page] = await renderFiles(policy, ["html"]);
    const scripts = String(page!.content).match(/<script[^>]*>[\s\S]*?<\/script>/gu) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="application\/ld\+json">/u);
  });
});
