/** French all the way under --lang fr, English under --lang en (issue 16): commander's help and errors, sector names. */
import { describe, expect, it } from "vitest";
import { checkOverride } from "./helpers.js";
import { runHere } from "./in-process.js";

describe("help and usage errors in the user's language", () => {
  it("French help: titles, defaults, choices and the help command in French, nothing left in English", async () => {
    const top = await runHere(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Usage\s: politique-retour \[options\] \[commande\]/u);
    expect(top.stdout).toMatch(/\nOptions\s:\n/u);
    expect(top.stdout).toMatch(/\nCommandes\s:\n/u);
    expect(top.stdout).toMatch(/valeurs\s+possibles\s: "fr", "en"/u);
    expect(top.stdout).toContain("help [command]");
    expect(top.stdout).toMatch(/affiche l’aide d’une commande/u);
    const generate = await runHere(["generate", "--help"]);
    expect(generate.stdout).toMatch(/\(par défaut\s: "out"\)/u);
    expect(generate.stdout).toMatch(/\nArguments\s:\n/u);
    for (const out of [top.stdout, generate.stdout]) expect(out).not.toMatch(/Usage:|Options:|Commands:|default:|choices:|display help/u);
  });

  it("an unknown option or command, with the suggestion, in French; in English with --lang en", async () => {
    const fr = await runHere(["generate", "--fromat", "md", "a.yaml"]);
    expect(fr.code).toBe(2);
    expect(fr.stderr.trim()).toMatch(/^Erreur d’utilisation\s: option inconnue '--fromat' \(vouliez-vous dire --format\s\?\)$/u);
    const cmd = await runHere(["genrate"]);
    expect(cmd.stderr).toMatch(/commande inconnue 'genrate' \(vouliez-vous dire generate\s\?\)/u);
    const en = await runHere(["generate", "--fromat", "md", "a.yaml", "--lang", "en"]);
    expect(en.stderr.trim()).toBe("Usage error: unknown option '--fromat' (did you mean --format?)");
    const help = await runHere(["generate", "--help", "--lang", "en"]);
    expect(help.stdout).toMatch(/^Usage: politique-retour generate/u);
    expect(help.stdout).toContain('(default: "out")');
  });

  it("every help and usage error finds its wording among the command line's own messages (no key shown instead)", async () => {
    // src/cli/main.ts reads only the keys scripts/gen-assets.mjs copies into cli-locales: a key
    // outside them would print as itself (`cli.help.out`).
    const key = /\b(cli|wizard|audit|config|labels|policy)\.[A-Za-z]/u;
    for (const lang of ["fr", "en"]) {
      for (const command of [[], ["init"], ["generate"], ["status"], ["check"], ["audit"], ["rules"], ["schema"]]) {
        const help = await runHere([...command, "--help", "--lang", lang]);
        expect(help.code).toBe(0);
        expect(help.stdout.length).toBeGreaterThan(100);
        expect(help.stdout, `${command.join(" ")} --help --lang ${lang}`).not.toMatch(key);
      }
      for (const wrong of [["--bogus"], ["genrate"], ["check"], ["generate", "a.yaml", "--fromat", "md"], ["check", "a.yaml", "--jobs"]]) {
        const usage = await runHere([...wrong, "--lang", lang]);
        expect(usage.code).toBe(2);
        expect(usage.stderr, `${wrong.join(" ")} --lang ${lang}`).toMatch(lang === "fr" ? /^Erreur d’utilisation\s: / : /^Usage error: /u);
        expect(usage.stderr).not.toMatch(key);
      }
    }
  });

  it("sector names in words in findings, in each language", () => {
    const yaml = "returns:\n  costs:\n    freeFor: [cosmetics]\n";
    const fr = checkOverride(yaml).findings.find((f) => f.rule === "free-for-sectors");
    expect(fr?.message).toMatch(/«\s?les cosmétiques\s?»/u);
    const en = checkOverride(yaml, { lang: "en" }).findings.find((f) => f.rule === "free-for-sectors");
    expect(en?.message).toContain("cosmetics");
    expect(fr?.message).not.toMatch(/«\s?cosmetics/u);
  });
});
