import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initCommand, draftPath, fileDraftStore } from "../src/cli/commands/init.js";
import { ExitError } from "../src/cli/errors.js";
import { readConfigFile } from "../src/io/read-config.js";
import { checkLoaded } from "../src/law/check.js";
import { loadConfig } from "../src/config/load.js";
import type { Lang } from "../src/text/findings.js";
import { parseAmount, parseWhole, runWizard, WizardCancelled, type DraftStore } from "../src/wizard/driver.js";
import { parseYesNo } from "../src/wizard/inquirer.js";
import { mediators } from "../src/law/fr/mediators.js";
import { choicesOf, QUESTIONS } from "../src/wizard/questions.js";
import { SECTORS } from "../src/config/schema.js";
import { hasMessage, t } from "../src/text/i18n.js";
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
    // Every choice a question can offer: a choice list computed from the answers gets every sector chosen.
    const everything = { sectors: [...SECTORS] };
    const keys = QUESTIONS.flatMap((q) => [
      `wizard.q.${q.label ?? q.id}`,
      ...(q.choiceSet ? choicesOf(q, everything).map((c) => `wizard.choices.${q.choiceSet}.${c}`) : []),
    ]);
    expect(keys.length).toBeGreaterThan(QUESTIONS.length);
    for (const lang of ["fr", "en"] as const) {
      const missing = keys.filter((key) => !hasMessage(lang, key) || t(lang, key).trim() === "");
      expect(missing, lang).toEqual([]);
    }
    // The English wording is English, not the French one copied over.
    const sameAsFrench = keys.filter((key) => t("en", key) === t("fr", key) && /[a-z]{4}/u.test(t("fr", key)) && /[àâçéèêëîïôûù]/u.test(t("fr", key)));
    expect(sameAsFrench).toEqual([]);
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

  it("says why a postal code or a SIRET is refused: length, SIREN typed for a SIRET, wrong check digit", async () => {
    const w = await wizard({ postalCode: ["6900", "69 003"], siret: ["123 456 789", "123 456 789 0001", "123 456 789 00012", "12345678900015"] });
    expect(w.output()).toMatch(/Un code postal a 5\schiffres \(4\sindiqués\)/u);
    expect(w.output()).toMatch(/C’est un SIREN \(9\schiffres\)/u);
    expect(w.output()).toMatch(/Un SIRET a 14\schiffres \(13\sindiqués\)/u);
    expect(w.output()).toContain("sa clé de contrôle ne correspond pas");
    expect(w.count("siret")).toBe(4);
    expect(w.result.config.shop.address.postalCode).toBe("69003");
    expect(w.result.config.shop.siret).toBe("123 456 789 00015");
    // A refused answer is shown once, with ✖, never first with ✔.
    expect(w.output()).not.toMatch(/✔ Code postal.*6900\b/u);
    expect(w.output()).toMatch(/✖ Code postal/u);
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
    const w = await wizard({ summary: ["returns", ""], payer: ["merchant", "capped"], cap: ["4,50"] });
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
    expect((fileDraftStore(draftPath(file)).load() as { answers: unknown }).answers).toMatchObject({ shopName: "Atelier Lumière", city: "Lyon" });
  });

  it("without a terminal, stops with exit 2 and points to generate", async () => {
    const result = await runCli(["init"], { cwd: tempDir(), env: { npm_command: "", npm_lifecycle_event: "" } });
    expect(result.code).toBe(2);
    // Run as `node bin/politique-retour.js`: the hint is the same command, which works when pasted.
    expect(result.stderr).toMatch(/node \S*bin\/politique-retour\.js generate config\.yaml/u);
  });
});

/** initCommand in `dir` (relative paths in messages), with the scripted prompts. */
async function initIn(dir: string, script: Record<string, Reply[]>, options: { resume?: boolean; writeDraft?: (path: string, content: string) => void } = {}) {
  const s = scripted(script);
  const { io, target } = sink();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const error = await initCommand(
      "politique-retour.yaml",
      { out: "out", ...(options.resume ? { resume: true } : {}) },
      "fr",
      target,
      { prompts: s.prompts, isTTY: true, today: TODAY, ...(options.writeDraft ? { writeDraft: options.writeDraft } : {}) },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { ...s, io, error: error as ExitError | undefined };
  } finally {
    process.chdir(cwd);
  }
}

describe("the wizard never loses a draft (issue 12, item 8)", () => {
  it("a corrupt draft with --resume is set aside intact and the owner told; the next answers go to a new draft", async () => {
    const dir = tempDir();
    const corrupt = "answers:\n  shopName: Boutique de Lina\n  siret: [oops\n";
    writeFileSync(join(dir, ".politique-retour-draft.yaml"), corrupt);
    const run = await initIn(dir, { shopName: ["Nouvelle boutique"], legalName: [CTRL_C] }, { resume: true });
    expect(run.error?.exitCode).toBe(130);
    expect(run.io.out).toContain("mis de côté, intact, sous .politique-retour-draft.corrupt-1.yaml");
    expect(run.io.out).not.toContain("Aucun brouillon");
    expect(readFileSync(join(dir, ".politique-retour-draft.corrupt-1.yaml"), "utf8")).toBe(corrupt);
    expect(readFileSync(join(dir, ".politique-retour-draft.yaml"), "utf8")).toContain("Nouvelle boutique");

    // A second damaged draft does not replace the first one set aside.
    writeFileSync(join(dir, ".politique-retour-draft.yaml"), "- not a draft\n");
    const again = await initIn(dir, { shopName: [CTRL_C] }, { resume: true });
    expect(again.io.out).toContain(".politique-retour-draft.corrupt-2.yaml");
    expect(readFileSync(join(dir, ".politique-retour-draft.corrupt-1.yaml"), "utf8")).toBe(corrupt);
    expect(readFileSync(join(dir, ".politique-retour-draft.corrupt-2.yaml"), "utf8")).toBe("- not a draft\n");
  });

  it("customClauses: [null] and other malformed entries in a draft are dropped with a message, not an internal error", async () => {
    const dir = tempDir();
    const answers = {
      shopName: "Atelier Lumière", siret: "123 456 789 00015", street: "12 rue des Lilas", postalCode: "69003", city: "Lyon",
      email: "bonjour@atelier-lumiere.fr", sectors: ["fashion"], onlineFunctionUrl: "https://atelier-lumiere.fr/compte/retractation",
      withdrawalDays: "quatorze", payer: "nobody", mediatorName: "Médiateur du e-commerce de la FEVAD", mediatorWebsite: "https://www.mediateurfevad.fr",
      customClauses: [null, { title: "Cadeaux", text: "Un cadeau se retourne comme un achat." }, { title: 3 }],
      __proto__: "x",
    };
    writeFileSync(join(dir, ".politique-retour-draft.yaml"), stringify({ answers }));
    const run = await initIn(dir, { withdrawalDays: ["21"], summary: [""], render: [false] }, { resume: true });
    expect(run.error, run.io.err).toBeUndefined();
    expect(run.io.out).toMatch(/2 réponse\(s\) illisible\(s\) ont été écartées \(Délai de rétractation \(jours\), Frais de retour\)/u);
    expect(run.io.out).toContain("2 clause(s) sans titre ou sans texte ont été écartées");
    expect(run.asked).toContain("withdrawalDays");
    expect(run.asked).toContain("payer");
    const config = checkLoaded(loadConfig(join(dir, "politique-retour.yaml"), readConfigFile)).config;
    expect(config?.withdrawal.days).toBe(21);
    expect(config?.customClauses).toEqual([{ title: "Cadeaux", text: "Un cadeau se retourne comme un achat." }]);
  });

  it("asks before replacing the policy files already in out/<slug>/, and keeps them when told no", async () => {
    const dir = tempDir();
    const md = join(dir, "out", "atelier-lumiere", "politique-retour.md");
    mkdirSync(join(dir, "out", "atelier-lumiere"), { recursive: true });
    writeFileSync(md, "version écrite à la main\n");
    const no = await initIn(dir, { ...REQUIRED, render: [true], formats: [["md", "html"]], replacePolicy: [false] });
    expect(no.error, no.io.err).toBeUndefined();
    expect(no.asked).toContain("replacePolicy");
    expect(no.messages[no.asked.indexOf("replacePolicy")]).toContain("politique-retour.md");
    expect(readFileSync(md, "utf8")).toBe("version écrite à la main\n");
    expect(existsSync(join(dir, "out", "atelier-lumiere", "politique-retour.html"))).toBe(false);
    expect(no.io.out).toContain("Rien n’a été remplacé");

    const yes = await initIn(dir, { overwrite: [true], ...REQUIRED, render: [true], formats: [["md", "html"]], replacePolicy: [true] });
    expect(yes.error, yes.io.err).toBeUndefined();
    expect(readFileSync(md, "utf8")).toContain("Atelier Lumière");
  });

  it("a full disk (ENOSPC) on the draft is one clear warning, the wizard goes on and writes the config", async () => {
    const dir = tempDir();
    let attempts = 0;
    const full = () => {
      attempts++;
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    const run = await initIn(dir, { ...REQUIRED, render: [false] }, { writeDraft: full });
    expect(run.error, run.io.err).toBeUndefined();
    expect(attempts).toBeGreaterThan(10);
    expect(run.io.out.match(/le disque est plein/gu)).toHaveLength(1);
    expect(run.io.out).not.toContain("Erreur interne");
    expect(existsSync(join(dir, "politique-retour.yaml"))).toBe(true);
  });

  it("Ctrl-C after the draft could not be written says so instead of pointing to a draft that is not there", async () => {
    const dir = tempDir();
    const full = () => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    const run = await initIn(dir, { ...REQUIRED, withdrawalDays: [CTRL_C] }, { writeDraft: full });
    expect(run.error?.exitCode).toBe(130);
    expect(run.error?.message ?? "").not.toContain("--resume");
    expect(run.error?.message ?? "").toContain("disque est plein");
  });
});

describe("a way forward at every refusal (issue 16)", () => {
  const noYamlPath = /withdrawal\.|mediator\.|originalPackaging|« preferred »|shop\.siret/u;

  it("no online withdrawal function: the 19 June 2026 obligation in plain words, the kit offered, no default pushing « oui »", async () => {
    const w = await wizard({ website: ["www.atelier-lumiere.fr"], onlineFunction: [false], "onlineFunction.way": ["kit"], onlineFunctionUrl: [] });
    const at = w.asked.indexOf("onlineFunction");
    expect(w.defaults[at]).toBeUndefined();
    expect(w.output()).toMatch(/Depuis le 19\sjuin 2026, la loi demande/u);
    expect(w.output()).toContain("L221-21, D221-5");
    expect(w.output()).not.toMatch(noYamlPath);
    // The kit's page address is proposed from the site, and asked in the kit's words.
    const urlAt = w.asked.indexOf("onlineFunctionUrl");
    expect(w.messages[urlAt]).toContain("page du kit");
    expect(w.defaults[urlAt]).toBe("https://www.atelier-lumiere.fr/renoncer-au-contrat");
    expect(w.result.kit).toBe(true);
    expect(w.result.config.withdrawal.onlineFunction?.url).toBe("https://www.atelier-lumiere.fr/renoncer-au-contrat");
    expect(w.count("onlineFunction")).toBe(1);
  });

  it("a shop that sells only digital content or services is asked nothing about returns; one that also delivers goods is", async () => {
    const digital = await wizard({ sectors: [["digital-content"]] });
    expect(digital.asked).not.toContain("payer");
    expect(digital.asked).not.toContain("methods");
    expect(digital.asked.some((id) => QUESTIONS.find((q) => q.id === id)?.path.startsWith("returns."))).toBe(false);
    expect(digital.result.input.returns).toBeUndefined();
    expect(digital.result.config.returns.methods).toEqual([expect.objectContaining({ type: "post" })]);
    const both = await wizard({ sectors: [["digital-content", "books-media"]] });
    expect(both.asked).toContain("payer");
    expect(both.asked).toContain("methods");
  });

  it("asks a shop that sends goods whether it sells subscriptions (L221-18: the period starts at the first delivery); a shop of services only is not asked", async () => {
    const coffee = await wizard({ sectors: [["food", "beverages"]], regularDeliveries: [true] });
    const at = coffee.asked.indexOf("regularDeliveries");
    expect(at).toBeGreaterThan(coffee.asked.indexOf("withdrawalDays"));
    expect(coffee.messages[at]).toContain("abonnements livrés régulièrement");
    expect(coffee.defaults[at]).toBe(false);
    expect(coffee.result.config.withdrawal.regularDeliveries).toBe(true);
    expect((await wizard({ sectors: [["fashion"]] })).result.config.withdrawal.regularDeliveries).toBe(false);
    expect((await wizard({ sectors: [["services"]] })).asked).not.toContain("regularDeliveries");
  });

  it("asks whether a guest can use the withdrawal function (D221-5): no default, « non » warned, the kit's page open to all", async () => {
    const asked = await wizard({ onlineFunction: [true], onlineFunctionGuestAccess: [false], "onlineFunctionGuestAccess.keep": [true] });
    const at = asked.asked.indexOf("onlineFunctionGuestAccess");
    expect(at).toBeGreaterThan(asked.asked.indexOf("onlineFunctionUrl"));
    expect(asked.messages[at]).toContain("sans compte");
    expect(asked.defaults[at]).toBeUndefined();
    expect(asked.output()).toContain("⚠");
    expect(asked.output()).toContain("ouvrez la page à tous en demandant le numéro de commande et l’e-mail");
    expect(asked.output()).toContain("D221-5");
    expect(asked.result.config.withdrawal.onlineFunction?.guestAccess).toBe(false);
    const yes = await wizard({ onlineFunction: [true], onlineFunctionGuestAccess: [true] });
    expect(yes.output()).not.toContain("⚠");
    expect(yes.result.config.withdrawal.onlineFunction?.guestAccess).toBe(true);
    const kit = await wizard({ website: ["www.atelier-lumiere.fr"], onlineFunction: [false], "onlineFunction.way": ["kit"], onlineFunctionUrl: [], onlineFunctionGuestAccess: [] });
    expect(kit.defaults[kit.asked.indexOf("onlineFunctionGuestAccess")]).toBe(true);
    expect(kit.result.config.withdrawal.onlineFunction?.guestAccess).toBe(true);
  });

  it("no online withdrawal function: « pause » keeps the draft and stops like Ctrl-C", async () => {
    const draftStore = memoryDraftStore();
    await expect(wizard({ onlineFunction: [false], "onlineFunction.way": ["pause"] }, { draftStore })).rejects.toBeInstanceOf(WizardCancelled);
    expect(draftStore.draft?.answers).toMatchObject({ shopName: "Atelier Lumière", withdrawalDays: 14 });
  });

  it("no mediator: a dated list with sites and how to join; picking one fills its name and site", async () => {
    // The choice is the mediator's place in the shared list (src/law/fr/mediators.ts), which may be reordered.
    const cm2c = mediators.findIndex((m) => m.website === "https://www.cm2c.net");
    expect(cm2c).toBeGreaterThanOrEqual(0);
    const w = await wizard({ mediator: [false], "mediator.way": [String(cm2c)], mediatorName: [], mediatorWebsite: [] });
    expect(w.output()).toMatch(/liste vérifiée le \d\d\/\d\d\/\d{4}/u);
    expect(w.output()).toContain("https://www.cm2c.net");
    expect(w.output()).toContain("Pour adhérer");
    expect(w.output()).toContain("economie.gouv.fr/mediation-conso");
    expect(w.output()).not.toMatch(noYamlPath);
    expect(w.asked).not.toContain("mediatorName");
    expect(w.result.config.mediator).toMatchObject({ name: expect.stringContaining("CM2C"), website: "https://www.cm2c.net" });
  });

  it("original packaging required: what the law allows and a choice, never « mettez preferred »", async () => {
    const w = await wizard({ originalPackaging: ["required", "not-required"] });
    expect(w.output()).toContain("dans un autre carton");
    expect(w.output()).not.toMatch(noYamlPath);
    expect(w.defaults[w.asked.lastIndexOf("originalPackaging")]).toBe("preferred");
    expect(w.result.config.returns.originalPackaging).toBe("not-required");
  });

  it("reads answers as people type them: no https://, a path for the button, 01/12/2026, 69 002, e-mail reasons", async () => {
    const w = await wizard({
      website: ["www.atelier-lumiere.fr"],
      postalCode: ["69 002"],
      email: ["bonjour.atelier-lumiere.fr", "bonjour@atelier", "bonjour@atelier-lumiere.fr"],
      effectiveDate: ["31/02/2026", "01/12/2026"],
      onlineFunction: [true],
      onlineFunctionUrl: ["Mon compte > Mes commandes"],
      mediatorWebsite: ["www.mediateurfevad.fr"],
    });
    expect(w.output()).toMatch(/Il manque le «\s@\s»/u);
    expect(w.output()).toMatch(/«\satelier\s» n’est pas un nom de domaine complet/u);
    expect(w.output()).toContain("Cette date n’existe pas");
    expect(w.result.config.shop).toMatchObject({ website: "https://www.atelier-lumiere.fr", address: { postalCode: "69002" }, email: "bonjour@atelier-lumiere.fr" });
    expect(w.result.config.effectiveDate).toBe("2026-12-01");
    expect(w.result.config.withdrawal.onlineFunction).toMatchObject({ url: "https://www.atelier-lumiere.fr", location: "Mon compte > Mes commandes" });
    expect(w.asked).not.toContain("onlineFunctionLocation");
    expect(w.result.config.mediator?.website).toBe("https://www.mediateurfevad.fr");
  });

  it("a path for the button without a known site: the path is kept and the address asked again", async () => {
    const w = await wizard({ onlineFunction: [true], onlineFunctionUrl: ["Mon compte > Mes commandes", "boutique.fr/compte"] });
    expect(w.output()).toContain("Il faut aussi l’adresse web de votre site");
    expect(w.result.config.withdrawal.onlineFunction).toMatchObject({ url: "https://boutique.fr/compte", location: "Mon compte > Mes commandes" });
  });

  it("SIRET left empty: the RCS is asked, and the warning comes only if both are empty", async () => {
    const withRcs = await wizard({ siret: [""], rcs: ["RCS Lyon 123 456 789"] });
    expect(withRcs.asked).toContain("rcs");
    expect(withRcs.output()).not.toContain("⚠");
    expect(withRcs.result.config.shop).toMatchObject({ rcs: "RCS Lyon 123 456 789" });
    expect(withRcs.result.config.shop.siret).toBeUndefined();
    const neither = await wizard({ siret: [""], rcs: [""], "rcs.keep": [true] });
    expect(neither.output()).toContain("annuaire-entreprises.data.gouv.fr");
    expect(neither.asked).toContain("rcs.keep");
    const given = await wizard({});
    expect(given.asked).not.toContain("rcs");
  });

  it("after « non » to « Garder cette réponse ? », the previous valid answer is the default again", async () => {
    const w = await wizard({ effectiveDate: ["2026-05-01"], onlineFunction: [true, false, true], summary: ["withdrawal", ""], "onlineFunction.keep": [false] });
    const asks = w.asked.map((id, i) => [id, i] as const).filter(([id]) => id === "onlineFunction").map(([, i]) => i);
    expect(asks).toHaveLength(3);
    // Second ask (from the summary) offers the answer given (oui); after « non » to keep « non », « oui » again.
    expect(w.defaults[asks[1]!]).toBe(true);
    expect(w.defaults[asks[2]!]).toBe(true);
  });

  it("ticking nothing is refused with how to tick (space)", async () => {
    const w = await wizard({ sectors: [[], ["fashion"]] });
    expect(w.output()).toContain("appuyez sur Espace pour cocher");
  });
});
