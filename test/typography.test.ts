import { describe, expect, it } from "vitest";
import { mdBlock, mdInline } from "../src/render/escape.js";
import { days, euros, frenchDate, frenchTypography, typesetTemplate } from "../src/render/typography.js";

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
