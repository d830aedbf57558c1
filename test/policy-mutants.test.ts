/**
 * Behaviour of src/policy that `npm run mutation:thresholds` showed no test pinned (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { checkOverride } from "./helpers.js";

describe("the policy model (exported by the library)", () => {
  it("a commercial guarantee of 24 months or less lies within the legal guarantee's 2 years; 25 months goes beyond (L217-3)", () => {
    const within = (months: number) => {
      const config = checkOverride(`guarantees:\n  commercial: { months: ${months}, text: "Pièces et main-d'œuvre.", territory: France }\n`).config!;
      return buildPolicy(config, frRuleset.version).guarantees.commercial?.withinLegal;
    };
    expect([within(12), within(24), within(25), within(36)]).toEqual([true, true, false, false]);
  });
});
