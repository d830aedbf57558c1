/** Hints for the usual YAML slips: decimal comma, lost indentation, duplicate key, tab. */
import { describe, expect, it } from "vitest";
import { frenchNumber } from "../src/config/validate.js";
import { checkOverride } from "./helpers.js";

const lines = (yaml: string, lang: "fr" | "en" = "fr") =>
  checkOverride(yaml, { lang }).findings.filter((f) => f.severity === "error").map((f) => `${f.line}:${f.column} ${f.path} ${f.message}`.replace(/[\u00a0\u202f]/gu, " "));

describe("YAML slips", () => {
  it("a decimal comma (`cap: 4,50 €`): says to write 4.5", () => {
    expect(lines("returns:\n  costs:\n    payer: capped\n    cap: 4,50 €\n")).toEqual([
      "5:10 returns.costs.cap Valeur attendue : un nombre. Écrivez 4.5 (un point pour les décimales, sans symbole).",
    ]);
    expect(lines("returns:\n  costs:\n    payer: capped\n    cap: 4,50 €\n", "en")[0]).toMatch(/Write 4\.5 \(a dot for decimals, no symbol\)\.$/u);
  });

  it("reads French numbers only", () => {
    expect(["4,50 €", "4,5", "1 000,00 EUR", "5,95\u00a0€", "12 €", "-3,5"].map(frenchNumber)).toEqual(["4.5", "4.5", "1000", "5.95", "12", "-3.5"]);
    for (const text of ["abc", "4,50 € par colis", "1,2,3", "", "12"]) expect(frenchNumber(text), text).toBeUndefined();
  });

  it("a key whose indentation was lost: names the key above it that takes it", () => {
    expect(lines("mediator:\n  name: Médiateur\nwebsite: https://mediateur.example\n")).toEqual([
      "4:1 website Clé inconnue « website ». Si « website » va sous « mediator », indentez-la de deux espaces de plus que « mediator ».",
    ]);
    // A key known nowhere near gets no such hint.
    expect(lines("bogus: 1\n")[0]).toBe("2:1 bogus Clé inconnue « bogus ».");
  });

  it("a duplicate key: its name and the line of the first one", () => {
    expect(lines("support:\n  email: a@exemple.fr\n  phone: \"01 02 03 04 05\"\n  email: b@exemple.fr\n")).toEqual([
      "5:3  La clé « email » apparaît deux fois au même niveau (première fois ligne 3) : gardez-en une seule.",
    ]);
  });

  it("a tab as indentation: one error, no follow-on ones", () => {
    expect(lines("returns:\n  costs:\n\tpayer: capped\n  cap: 4\n")).toEqual(["4:1  Une tabulation sert d’indentation : utilisez des espaces."]);
  });
});
