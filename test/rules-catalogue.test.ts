/** The wording rules over the whole catalogue: where a clause finding points, and how sentences are read. */
import { describe, expect, it } from "vitest";
import { clause } from "./rule-cases.js";

describe("the catalogue", () => {
  it("points a clause finding at the line of the sentence inside a block", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride("customClauses:\n  - title: Conditions\n    text: |\n      Merci pour votre commande.\n      Les articles soldés ne sont ni repris ni échangés.\n");
    expect(r.findings).toMatchObject([{ rule: "clause-sale-items", line: 6, column: 20, path: "customClauses.0.text" }]);
  });

  it("points at the sentence found, not at an earlier use of the same word", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride("customClauses:\n  - title: Soldes\n    text: |\n      Nos articles soldés sont choisis avec soin.\n      Les articles soldés ne sont ni repris ni échangés.\n");
    expect(r.findings).toMatchObject([{ rule: "clause-sale-items", line: 6, column: 7 }]);
  });

  it("matches across case, accents, typographic apostrophes and line breaks", async () => {
    const { checkOverride } = await import("./helpers.js");
    const r = checkOverride(clause("LES ARTICLES SOLDES\nNE SONT NI REPRIS NI ECHANGES"));
    expect(r.findings.map((f) => f.rule)).toContain("clause-sale-items");
    const apostrophe = checkOverride(clause("L’emballage d’origine est obligatoire."));
    expect(apostrophe.findings.map((f) => f.rule)).toContain("clause-packaging");
  });
});
