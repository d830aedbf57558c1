import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initCommand, draftPath, fileDraftStore } from "../src/cli/commands/init.js";
import { ExitError } from "../src/cli/errors.js";
import { readConfigFile } from "../src/cli/io.js";
import { checkLoaded } from "../src/check.js";
import { loadConfig } from "../src/config/load.js";
import type { Lang } from "../src/findings.js";
import { parseAmount, parseWhole, runWizard, WizardCancelled, type DraftStore } from "../src/wizard/driver.js";
import { parseYesNo } from "../src/wizard/inquirer.js";
import { QUESTIONS } from "../src/wizard/questions.js";
import { EXAMPLE, runCli, tempDir } from "./helpers.js";
import { CTRL_C, memoryDraftStore, REQUIRED, scripted, type Reply } from "./wizard-scripted.js";

const TODAY = "2026-12-01";

async function wizard(script: Record<string, Reply[]>, options: { draftStore?: DraftStore; resume?: boolean; lang?: Lang; base?: Record<string, unknown> } = {}) {
  const s = scripted({ ...REQUIRED, ...script });
  let output = "";
  const result = await runWizard({
    prompts: s.prompts,
    out: (text) => (output += text),
    draftStore: options.draftStore ?? memoryDraftStore(),
    lang: options.lang ?? "fr",
    today: TODAY,
    ...(options.resume ? { resume: true } : {}),
    ...(options.base ? { base: options.base } : {}),
  });
  return { ...s, result, output: () => output };
}

function sink() {
  const io = { out: "", err: "" };
  return { io, target: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t) } };
}

describe("answers", () => {
  it("reads amounts written the French way, the English way, with or without €", () => {
    expect(parseAmount("5,95")).toBe(5.95);
    expect(parseAmount("5.95")).toBe(5.95);
    expect(parseAmount("5,95 €")).toBe(5.95);
    expect(parseAmount("12€")).toBe(12);
    expect(parseAmount("1 234,50")).toBe(1234.5);
    expect(parseAmount("cinq")).toBeUndefined();
    expect(parseWhole("14 jours")).toBe(14);
    expect(parseWhole("quatorze")).toBeUndefined();
    expect(parseYesNo("oui")).toBe(true);
    expect(parseYesNo("Non")).toBe(false);
    expect(parseYesNo("peut-être")).toBeUndefined();
  });

  it("has a French and an English wording for every question and choice", () => {
    const fr = readFileSync(join(import.meta.dirname, "..", "locales", "fr.yaml"), "utf8");
    for (const q of QUESTIONS) expect(fr).toContain(`    ${q.label ?? q.id}:`);
  });
});

describe("wizard flow", () => {
  it("the lawful path: defaults are lawful, the config passes the check", async () => {
    const { result, asked } = await wizard({});
    expect(result.config.withdrawal.days).toBe(14);
    expect(result.config.refunds).toMatchObject({ days: 14, method: "original-payment", waitForGoods: true });
    expect(result.config.returns).toMatchObject({ shipBackDays: 14, originalPackaging: "preferred", costs: { payer: "merchant" } });
    expect(result.config.withdrawal.onlineFunction).toMatchObject({ label: "Renoncer au contrat ici", confirmLabel: "Confirmer la rétractation" });
    expect(result.config.shop.legalName).toBe("Atelier Lumière");
    expect(result.config.effectiveDate).toBe(TODAY);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(asked[0]).toBe("shopName");
  });

  it("refuses 10 withdrawal days with L221-18, then accepts 14", async () => {
    const w = await wizard({ withdrawalDays: ["10", "14"] });
    expect(w.count("withdrawalDays")).toBe(2);
    expect(w.output()).toContain("L221-18");
    expect(w.output()).toMatch(/au moins 14\sjours \(10 indiqués\)/u);
    expect(w.result.config.withdrawal.days).toBe(14);
  });

  it("refuses other unlawful answers with their article: required packaging, credit only, refund in 30 days", async () => {
    const w = await wizard({ originalPackaging: ["required", "preferred"], refundMethod: ["credit-only", "original-payment-or-credit"], refundDays: ["30", "10"] });
    expect(w.output()).toContain("L221-18, L221-23");
    expect(w.output()).toContain("L221-24, L242-4");
    expect(w.result.config.refunds).toMatchObject({ days: 10, method: "original-payment-or-credit" });
    expect(w.result.config.returns.originalPackaging).toBe("preferred");
  });

  it("refuses what the schema refuses (postal code, SIRET key) with the same messages as check", async () => {
    const w = await wizard({ postalCode: ["6900", "69003"], siret: ["123 456 789 00012", "123 456 789 00015"] });
    expect(w.output()).toContain("Code postal invalide");
    expect(w.output()).toContain("Numéro SIRET invalide");
    expect(w.result.config.shop.address.postalCode).toBe("69003");
  });

  it("asks the cap only for a capped payer, and reads 5,95 as 5.95", async () => {
    const merchant = await wizard({});
    expect(merchant.asked).not.toContain("cap");
    const capped = await wizard({ payer: ["capped"], cap: ["5,95 €"] });
    expect(capped.result.config.returns.costs).toMatchObject({ payer: "capped", cap: 5.95 });
    // The price of the post method defaults to the cap.
    expect(capped.result.config.returns.methods[0]).toMatchObject({ type: "post", price: 5.95 });
  });

  it("asks conditional questions only when they apply", async () => {
    const post = await wizard({});
    expect(post.asked).not.toContain("storeLocations");
    expect(post.asked).not.toContain("bulkyEstimate");
    expect(post.asked).not.toContain("returnStreet");

    const store = await wizard({
      sectors: [["furniture", "general"]],
      payer: ["customer"],
      bulkyEstimate: ["89"],
      postPrice: ["6,50"],
      methods: [["post", "store"]],
      storeLocations: ["4 place Bellecour, 69002 Lyon ; 1 rue de la Paix, 75002 Paris"],
      returnAddressSame: [false],
      returnStreet: ["3 allée des Entrepôts"],
      returnPostalCode: ["69100"],
      returnCity: ["Villeurbanne"],
    });
    expect(store.asked).toContain("storeLocations");
    expect(store.asked).toContain("freeFor");
    expect(store.result.config.returns.costs).toMatchObject({ payer: "customer", bulkyEstimate: 89 });
    expect(store.result.config.returns.methods[1]).toEqual({ type: "store", locations: ["4 place Bellecour, 69002 Lyon", "1 rue de la Paix, 75002 Paris"] });
    expect(store.result.config.returns.address).toEqual({ street: "3 allée des Entrepôts", postalCode: "69100", city: "Villeurbanne", country: "FR" });
  });

  it("a warning is shown and the owner may keep the answer", async () => {
    // Before 19 June 2026 the online function is only advised.
    const w = await wizard({ effectiveDate: ["2026-05-01"], onlineFunction: [false], "onlineFunction.keep": [true] });
    expect(w.output()).toContain("⚠");
    expect(w.asked).toContain("onlineFunction.keep");
    expect(w.result.config.withdrawal.onlineFunction).toBeUndefined();
  });

  it("after 19 June 2026, no online withdrawal function is refused (L221-21)", async () => {
    const w = await wizard({ onlineFunction: [false, true] });
    expect(w.output()).toContain("L221-21, D221-5");
    expect(w.result.config.withdrawal.onlineFunction).toBeDefined();
  });

  it("Ctrl-C saves every answer; resume asks only what is left", async () => {
    const draftStore = memoryDraftStore();
    const script: Record<string, Reply[]> = { payer: ["capped"], cap: ["5,95"], withdrawalDays: ["21"], shipBackDays: [CTRL_C] };
    await expect(wizard(script, { draftStore })).rejects.toBeInstanceOf(WizardCancelled);
    expect(draftStore.draft?.answers).toMatchObject({ shopName: "Atelier Lumière", withdrawalDays: 21, payer: "capped", cap: 5.95 });

    const resumed = await wizard({ shopName: ["NE DOIT PAS ÊTRE DEMANDÉ"] }, { draftStore, resume: true });
    expect(resumed.asked[0]).toBe("shipBackDays");
    expect(resumed.asked).not.toContain("shopName");
    expect(resumed.output()).toContain("Reprise de votre brouillon");
    expect(resumed.result.config).toMatchObject({ shop: { name: "Atelier Lumière" }, withdrawal: { days: 21 }, returns: { costs: { payer: "capped", cap: 5.95 } } });
  });

  it("a draft found without --resume is offered; declining starts afresh", async () => {
    const draftStore = memoryDraftStore();
    draftStore.save({ answers: { shopName: "Ancienne boutique" } });
    const w = await wizard({ resumeDraft: [false] }, { draftStore });
    expect(w.asked[0]).toBe("resumeDraft");
    expect(w.result.config.shop.name).toBe("Atelier Lumière");
  });

  it("at the summary, changing an answer re-asks it and the questions that now apply", async () => {
    const w = await wizard({ summary: ["payer", ""], payer: ["merchant", "capped"], cap: ["4,50"] });
    expect(w.count("payer")).toBe(2);
    expect(w.count("summary")).toBe(2);
    expect(w.output()).toContain("Voici vos choix");
    expect(w.result.config.returns.costs).toMatchObject({ payer: "capped", cap: 4.5 });
  });

  it("asks in English with --lang en", async () => {
    const w = await wizard({}, { lang: "en" });
    expect(w.messages[0]).toBe("What is your shop's name?");
    expect(w.result.config.language).toBe("fr");
  });

  it("--from: an existing config's values are the defaults; accepting them all gives the same config", async () => {
    const loaded = loadConfig(EXAMPLE, readConfigFile);
    const original = checkLoaded(loaded).config;
    const s = scripted({ summary: [""] });
    const result = await runWizard({ prompts: s.prompts, out: () => {}, draftStore: memoryDraftStore(), lang: "fr", today: TODAY, base: loaded.data! });
    expect(result.config).toEqual(original);
  });
});

describe("init command", () => {
  it("writes the YAML (with $schema), reloads it to the same config, renders md and html", async () => {
    const dir = tempDir();
    const file = join(dir, "boutique.yaml");
    const s = scripted({ ...REQUIRED, payer: ["capped"], cap: ["5,95"], render: [true], formats: [["md", "html"]] });
    const { io, target } = sink();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await initCommand(file, { out: join(dir, "out") }, "fr", target, { prompts: s.prompts, isTTY: true, today: TODAY });
    } finally {
      process.chdir(cwd);
    }
    const yaml = readFileSync(file, "utf8");
    expect(yaml.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=\S+schema\.json$/u);
    expect(yaml).toContain("# Remboursement");
    const reloaded = checkLoaded(loadConfig(file, readConfigFile));
    expect(reloaded.ok).toBe(true);
    expect(reloaded.config?.returns.costs.cap).toBe(5.95);
    expect(existsSync(join(dir, "out", "atelier-lumiere", "politique-retour.md"))).toBe(true);
    expect(existsSync(join(dir, "out", "atelier-lumiere", "politique-retour.html"))).toBe(true);
    expect(existsSync(draftPath(file))).toBe(false);
    expect(io.out).toContain("politique-retour.html");
  });

  it("Ctrl-C exits 130, keeps the draft on disk and says how to resume", async () => {
    const dir = tempDir();
    const file = join(dir, "boutique.yaml");
    const s = scripted({ ...REQUIRED, withdrawalDays: [CTRL_C] });
    const { target } = sink();
    const error = await initCommand(file, {}, "fr", target, { prompts: s.prompts, isTTY: true, today: TODAY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExitError);
    expect((error as ExitError).exitCode).toBe(130);
    expect((error as ExitError).message).toContain("--resume");
    expect(fileDraftStore(draftPath(file)).load()?.answers).toMatchObject({ shopName: "Atelier Lumière", city: "Lyon" });
  });

  it("without a terminal, stops with exit 2 and points to generate", async () => {
    const result = await runCli(["init"], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("politique-retour generate config.yaml");
  });
});
