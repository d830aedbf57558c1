import { describe, expect, it } from "vitest";
import { mdBlock, mdInline } from "../src/render/escape.js";
import { format } from "../src/text/i18n.js";
import { days, euros, finalTypography, frenchDate, frenchTypography, money, typesetTemplate } from "../src/text/typography.js";

const NN = "\u202F";
const NB = "\u00A0";

describe("French typography", () => {
  it("puts a narrow no-break space before : ; ! ? and inside « »", () => {
    expect(frenchTypography("Délai : 14 jours ; vraiment ? « oui » !")).toBe(`Délai${NN}: 14${NB}jours${NN}; vraiment${NN}? «${NN}oui${NN}»${NN}!`);
  });

  it("leaves URLs and Markdown table rules alone", () => {
    expect(frenchTypography("https://x.fr/a?b=1 | :--- |")).toBe("https://x.fr/a?b=1 | :--- |");
  });

  it("typesets template text but not the {{ }} expressions", () => {
    expect(typesetTemplate("Nom : {{ shop.name }} ; {{#if a}}« {{b}} »{{/if}}")).toBe(`Nom${NN}: {{ shop.name }}${NN}; {{#if a}}«${NN}{{b}}${NN}»{{/if}}`);
  });

  it("writes dates, amounts and durations the French way", () => {
    expect(frenchDate("2026-12-01")).toBe(`1er${NB}décembre 2026`);
    expect(frenchDate("2026-06-19")).toBe(`19${NB}juin 2026`);
    expect(euros(5.95)).toBe(`5,95${NB}€`);
    expect(euros(49)).toBe(`49${NB}€`);
    expect(euros(1234.5)).toBe(`1${NN}234,50${NB}€`);
    expect(days(14)).toBe(`14${NB}jours`);
    expect(days(1)).toBe(`1${NB}jour`);
  });

  it("writes amounts the reader's way in messages: {x:eur} in French and in English", () => {
    expect(money(4.5, "en")).toBe("€4.50");
    expect(money(49, "en")).toBe("€49");
    expect(money(1234.5, "en")).toBe("€1,234.50");
    expect(money(0.01, "fr")).toBe(`0,01${NB}€`);
    expect(format("costs {price:eur}, {n} times", "en", { price: 5.96, n: 2 })).toBe("costs €5.96, 2 times");
    expect(format("coûte {price:eur} : {n} fois", "fr", { price: 5.96, n: 2 })).toBe(`coûte 5,96${NB}€${NN}: 2 fois`);
    expect(format("{price:eur} {other}", "en", {})).toBe("{price:eur} {other}");
  });
});

describe("the last typography pass (our prose and the shop's text)", () => {
  it("gives the shop's text the French spaces, without changing a word", () => {
    expect(finalTypography("Garantie Atelier : réparation ; « vrai » ! Vraiment ?")).toBe(`Garantie Atelier${NN}: réparation${NN}; «${NN}vrai${NN}»${NN}! Vraiment${NN}?`);
    expect(finalTypography("Attention!Ok: https://x.fr/a?b=1 | :--- |")).toBe("Attention!Ok: https://x.fr/a?b=1 | :--- |");
    // A list item, a quote or a table cell that starts with « ! » or « ? » keeps its marker.
    expect(finalTypography("- !x\n> ?y\n1. !z\n| !w |")).toBe("- !x\n> ?y\n1. !z\n| !w |");
  });

  it("keeps identifiers whole: SIRET, SIREN, phones, article numbers, thousands, dates", () => {
    expect(finalTypography("SIRET 123 456 789 00012, SIREN 123 456 789")).toBe(`SIRET${NB}123${NB}456${NB}789${NB}00012, SIREN${NB}123${NB}456${NB}789`);
    expect(finalTypography("02 40 00 00 00 ou +33 4 78 00 00 01 ou +33 (0)1 23 45 67 89")).toBe(
      `02${NB}40${NB}00${NB}00${NB}00 ou +33${NB}4${NB}78${NB}00${NB}00${NB}01 ou +33${NB}(0)1${NB}23${NB}45${NB}67${NB}89`,
    );
    expect(finalTypography("articles L. 217-1 à L. 217-32 ; (L221-28 9°)")).toBe(`articles L.${NB}217-1 à L.${NB}217-32${NN}; (L221-28${NB}9°)`);
    expect(finalTypography("300 000 euros, 1 234 567 €, 5,95 €")).toBe(`300${NN}000 euros, 1${NN}234${NN}567 €, 5,95 €`);
    expect(finalTypography("le 15 novembre et le 1er décembre 2026, en janvier 2027")).toBe(`le 15${NB}novembre et le 1er${NB}décembre${NB}2026, en janvier${NB}2027`);
    expect(finalTypography("69003 Lyon, 12 rue des Lilas")).toBe("69003 Lyon, 12 rue des Lilas");
  });

  it("writes opening hours the French way", () => {
    expect(finalTypography("du lundi au vendredi, 10h-19h")).toBe(`du lundi au vendredi, 10${NB}h${NB}– 19${NB}h`);
    expect(finalTypography("9h30 - 18h, 9 h – 18 h 30")).toBe(`9${NB}h${NB}30${NB}– 18${NB}h, 9${NB}h${NB}– 18${NB}h${NB}30`);
  });

  it("drops the full stop added after a sentence that already ends", () => {
    expect(finalTypography(`(« Les articles soldés sont échangés. »).`)).toBe(`(«${NN}Les articles soldés sont échangés.${NN}»).`);
    expect(finalTypography(`« Les articles soldés sont échangés. ».`)).toBe(`«${NN}Les articles soldés sont échangés.${NN}»`);
    expect(finalTypography("au numéro.. Fin ?. Suite… Trois...")).toBe(`au numéro. Fin${NN}? Suite… Trois...`);
  });
});

describe("Markdown escaping of user text", () => {
  it("escapes everything that Markdown or HTML would interpret", () => {
    expect(mdInline("<script>alert(1)</script> & *Co* {{x}}")).toBe("\\<script\\>alert(1)\\</script\\> \\& \\*Co\\* {{x}}");
    expect(mdInline("# titre")).toBe("\\# titre");
    expect(mdInline("- liste")).toBe("\\- liste");
    expect(mdInline("1. un")).toBe("1\\. un");
    expect(mdInline("a | b ~~c~~ `d` [e](f)")).toBe("a \\| b \\~\\~c\\~\\~ \\`d\\` \\[e\\](f)");
  });

  it("keeps paragraphs and line breaks of a block", () => {
    expect(mdBlock("ligne 1\nligne 2\n\n> cité")).toBe("ligne 1\\\nligne 2\n\n\\> cité");
  });
});
