/** `audit`: an existing policy (Markdown, HTML, PDF) read sentence by sentence, findings at their exact lines. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditPolicy } from "../src/audit/audit.js";
import { htmlText, pdfText, plainText, type PolicyText } from "../src/audit/extract.js";
import { checkLoaded } from "../src/law/check.js";
import { readConfigFile } from "../src/io/read-config.js";
import { loadConfig } from "../src/config/load.js";
import type { Finding } from "../src/text/findings.js";
import { frRuleset } from "../src/law/fr/index.js";
import { buildPolicy } from "../src/policy/model.js";
import { renderFiles } from "../src/render/policy-files.js";
import { notoSansFonts } from "../src/io/fonts.js";
import { ROOT, tempDir } from "./helpers.js";
import { runHere } from "./in-process.js";

const fixture = (name: string) => join(ROOT, "test", "fixtures", "audit", name);
const AS_OF = "2026-12-01";
const where = (findings: Finding[]) => findings.filter((f) => f.line !== 1 || f.column !== 1).map((f) => [f.rule, f.severity, f.path, f.line, f.column]);
const missing = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith("missing-")).map((f) => f.rule).sort();

const MISSING_IN_OLD_POLICY = ["missing-exceptions", "missing-legal-guarantees", "missing-mediator", "missing-model-form", "missing-online-function", "missing-refund-delay", "missing-return-costs"];

describe("audit of an old policy", () => {
  it("Markdown: each unlawful sentence at its line and column, the hostile one as a warning", () => {
    const findings = auditPolicy(plainText(readFileSync(fixture("old-policy.md"), "utf8"), "md"), { asOf: AS_OF });
    expect(where(findings)).toEqual([
      ["clause-withdrawal-period", "error", "", 7, 18],
      ["clause-reason", "error", "", 8, 4],
      ["clause-sale-items", "error", "", 12, 14],
      ["clause-credit-only", "error", "", 16, 36],
      ["hostile-wording", "warning", "", 18, 1],
    ]);
    expect(missing(findings)).toEqual(MISSING_IN_OLD_POLICY);
    const sale = findings.find((f) => f.rule === "clause-sale-items");
    expect(sale?.article).toBe("L221-28, L221-29");
    expect(sale?.message).toMatch(/«\u202FLes articles soldés ou en promotion peuvent être retournés dans les mêmes conditions que les autres\.\u202F»/u);
  });

  it("HTML: the text of the page at the lines of the source, scripts and styles left out", () => {
    const findings = auditPolicy(htmlText(readFileSync(fixture("old-policy.html"), "utf8")), { asOf: AS_OF });
    expect(where(findings)).toEqual([
      ["clause-delivery-costs", "error", "", 12, 10],
      ["clause-packaging", "error", "", 15, 17],
    ]);
    expect(findings.some((f) => f.rule === "clause-sale-items")).toBe(false);
  });

  it("HTML: columns stay exact after character references and CR LF line ends", () => {
    const source = "<p>Merci&nbsp;!</p>\r\n<p>L&rsquo;article&#8239;: vous avez\r\n  7 jours pour nous le retourner.</p>";
    const findings = auditPolicy(htmlText(source), { asOf: AS_OF });
    expect(where(findings)).toEqual([["clause-withdrawal-period", "error", "", 3, 3]]);
  });

  it("PDF: page, line and column of the text layer", async () => {
    const findings = auditPolicy(await pdfText(readFileSync(fixture("old-policy.pdf"))), { asOf: AS_OF });
    expect(where(findings)).toEqual([
      ["clause-withdrawal-period", "error", "page 1", 5, 18],
      ["clause-reason", "error", "page 1", 6, 4],
      ["clause-sale-items", "error", "page 1", 8, 14],
      ["clause-credit-only", "error", "page 1", 10, 36],
      ["hostile-wording", "warning", "page 1", 11, 1],
    ]);
    expect(missing(findings)).toEqual(MISSING_IN_OLD_POLICY);
  });

  it("asks for the online withdrawal function only from 19 June 2026", () => {
    const doc = plainText(readFileSync(fixture("old-policy.md"), "utf8"), "md");
    expect(missing(auditPolicy(doc, { asOf: "2026-06-18" }))).not.toContain("missing-online-function");
    expect(missing(auditPolicy(doc, { asOf: "2026-06-19" }))).toContain("missing-online-function");
  });

  it("asks for return costs and legal guarantees only of what the text sells", () => {
    const services = "Vous disposez de 14 jours pour vous rétracter. Pour vous rétracter, veuillez compléter et renvoyer le présent formulaire. Si une prestation n'est pas fournie comme convenu, vous pouvez obtenir une réduction du prix.";
    expect(missing(auditPolicy(plainText(services, "txt"), { asOf: AS_OF }))).not.toContain("missing-return-costs");
    expect(missing(auditPolicy(plainText(services, "txt"), { asOf: AS_OF }))).not.toContain("missing-legal-guarantees");
    const digital = `${services} Le contenu numérique est accessible dès le paiement.`;
    expect(missing(auditPolicy(plainText(digital, "txt"), { asOf: AS_OF }))).not.toContain("missing-return-costs");
    expect(missing(auditPolicy(plainText(digital, "txt"), { asOf: AS_OF }))).toContain("missing-legal-guarantees");
    const goods = `${services} Merci de nous retourner l'article dans son colis.`;
    expect(missing(auditPolicy(plainText(goods, "txt"), { asOf: AS_OF }))).toEqual(expect.arrayContaining(["missing-return-costs", "missing-legal-guarantees"]));
    const passive = `${services} Les articles peuvent être retournés dans les 14 jours.`;
    expect(missing(auditPolicy(plainText(passive, "txt"), { asOf: AS_OF }))).toEqual(expect.arrayContaining(["missing-return-costs", "missing-legal-guarantees"]));
  });

  it("speaks English with --lang en, rule ids and articles unchanged", () => {
    const doc = plainText("Les frais de port ne sont pas remboursés.", "txt");
    const fr = auditPolicy(doc, { asOf: AS_OF, lang: "fr" }).find((f) => f.rule === "clause-delivery-costs");
    const en = auditPolicy(doc, { asOf: AS_OF, lang: "en" }).find((f) => f.rule === "clause-delivery-costs");
    expect([fr?.rule, fr?.article]).toEqual([en?.rule, en?.article]);
    expect(en?.message).toMatch(/^On withdrawal, the standard delivery cost/u);
  });
});

describe("audit of our own policies", async () => {
  const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".yaml"));
  const docs: [string, PolicyText][] = [];
  for (const file of examples) {
    const loaded = loadConfig(join(ROOT, "examples", file), readConfigFile);
    const { config } = checkLoaded(loaded);
    const files = await renderFiles(buildPolicy(config!, frRuleset.version), ["md", "html", "fragment", "pdf"], { fontLoader: notoSansFonts });
    for (const f of files) {
      if (typeof f.content !== "string") docs.push([`${file} → ${f.name}`, await pdfText(f.content)]);
      else docs.push([`${file} → ${f.name}`, f.name.endsWith(".md") ? plainText(f.content, "md") : htmlText(f.content)]);
    }
  }

  it("covers every example in md, html, fragment and pdf", () => expect(docs.length).toBe(examples.length * 4));
  for (const [name, doc] of docs) {
    it(`${name}: no error`, () => {
      expect(auditPolicy(doc, { asOf: AS_OF }).filter((f) => f.severity === "error").map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([]);
    });
  }
});

describe("politique-retour audit (the command, through run() in this process)", () => {
  it("prints file:line:col lines, exits 1 on errors, --json has the shape of check --json", async () => {
    const r = await runHere(["audit", fixture("old-policy.md"), "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/old-policy\.md:12:14 {2}error {2}Les articles soldés ou en promotion/u);
    expect(r.stderr).toMatch(/old-policy\.md\u202F: 10 erreur\(s\)/u);
    const json = JSON.parse(r.stdout) as { ruleset: string; files: { file: string; ok: boolean; findings: Record<string, unknown>[] }[] };
    expect(json.ruleset).toBe(frRuleset.version);
    expect(json.files[0]?.ok).toBe(false);
    expect(json.files[0]?.findings[6]).toMatchObject({ rule: "clause-withdrawal-period", severity: "error", line: 7, column: 18, article: "L221-18" });
    expect(Object.keys(json.files[0]!.findings[0]!).sort()).toEqual(["article", "column", "file", "line", "message", "messageId", "path", "rule", "severity"]);
  });

  it("exits 0 on a lawful policy, with warnings allowed", async () => {
    const dir = tempDir();
    const file = join(dir, "ok.txt");
    writeFileSync(
      file,
      [
        "Vous disposez de 14 jours à compter de la réception pour vous rétracter, avec notre fonction « Renoncer au contrat ici », par e-mail ou avec le formulaire type de rétractation ci-dessous.",
        "Les frais de retour sont à notre charge. Nous vous remboursons sous 14 jours.",
        "Tous les articles peuvent être retournés. Garantie légale de conformité de 2 ans et garantie des vices cachés.",
        "Médiateur : Médiateur du e-commerce de la FEVAD. Tout abus sera sanctionné.",
      ].join("\n\n"),
    );
    const r = await runHere(["audit", file, "--as-of", AS_OF, "--lang", "en"]);
    expect(r.stderr).toMatch(/ok\.txt:7:55 {2}warning {2}Unfriendly wording/u);
    expect(r.stderr).toContain("ok.txt: no error, 1 warning(s)");
    expect(r.code).toBe(0);
  });

  it("a missing file is a usage error (exit 2), in French, without a stack trace", async () => {
    const r = await runHere(["audit", "nulle-part.pdf"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Impossible de lire nulle-part\.pdf\u202F: fichier introuvable/u);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/u);
  });

  it("a text far longer than any policy: exit 2 before reading it sentence by sentence", async () => {
    const file = join(tempDir(), "enorme.txt");
    writeFileSync(file, "Vous avez 14 jours. ".repeat(110_000));
    const r = await runHere(["audit", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/enorme\.txt\u202F: texte trop long pour une politique/u);
  });

  it("a file that is not a PDF but says it is one: exit 2 with the reason", async () => {
    const file = join(tempDir(), "faux.pdf");
    writeFileSync(file, "%PDF-1.7\nceci n'est pas un PDF");
    const r = await runHere(["audit", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Impossible de lire .*faux\.pdf\u202F: PDF illisible/u);
  });
});
