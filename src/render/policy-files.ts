/** The rendered files of one policy, in memory, before anything touches the disk. */
import type { PolicyModel } from "../policy/model.js";
import { renderHtmlFragment, renderHtmlPage, type FragmentHeading } from "./html.js";
import { policyJsonLd, scriptSafeJson } from "./jsonld.js";
import type { FontLoader, PdfMeta } from "./pdf/index.js";
import { renderMarkdown } from "./markdown.js";
import { lexMarkdown } from "./tokens.js";
import type { Token } from "marked";
import { FORMATS, type Format } from "./formats.js";
import { KIT_FILES, renderWithdrawalKit } from "./withdrawal-kit.js";

/** Re-exported: most callers take the formats with the renderers. */
export { FORMATS, type Format };

export const FILE_NAMES: Record<Format, string> = {
  md: "politique-retour.md",
  html: "politique-retour.html",
  fragment: "politique-retour.fragment.html",
  pdf: "politique-retour.pdf",
  jsonld: "politique-retour.jsonld",
  docx: "politique-retour.docx",
  // The kit is several files (KIT_FILES); this is its page.
  "withdrawal-kit": KIT_FILES.page,
};

export const policyTitle = (policy: PolicyModel) => `Politique de retour et de rétractation — ${policy.shop.name}`;

export interface RenderedFile {
  name: string;
  content: string | Uint8Array;
}

export interface RenderOptions {
  /** Fillable fields on the PDF's withdrawal form. */
  fillableForm?: boolean;
  /** Level of the fragment's title (its sections follow), or none: the host page has its own. */
  fragmentHeading?: FragmentHeading;
  /** Where the PDF's font files come from; needed for the pdf format (the renderer reads no
   * file: src/io/fonts.ts reads Noto Sans). */
  fontLoader?: FontLoader;
}

function pdfMeta(policy: PolicyModel, options: RenderOptions): PdfMeta {
  return {
    title: policyTitle(policy),
    runningTitle: "Politique de retour et de rétractation",
    shopName: policy.shop.name,
    author: policy.shop.legalName,
    subject: "Politique de retour et de rétractation (Code de la consommation, articles L221-18 et suivants)",
    keywords: ["politique de retour", "droit de rétractation", "remboursement", "formulaire de rétractation", policy.shop.name],
    creationDate: new Date(`${policy.effectiveDate}T00:00:00Z`),
    rulesetVersion: policy.rulesetVersion,
    ...(options.fillableForm ? { fillableForm: true } : {}),
  };
}

export async function renderFiles(policy: PolicyModel, formats: readonly Format[], options: RenderOptions = {}): Promise<RenderedFile[]> {
  const markdown = renderMarkdown(policy);
  const jsonLd = scriptSafeJson(policyJsonLd(policy));
  const files: RenderedFile[] = [];
  // Lexed once for the HTML, the fragment and the PDF (none of them changes a token).
  let lexed: Token[] | undefined;
  const tokens = (): Token[] => (lexed ??= lexMarkdown(markdown));
  for (const format of formats) {
    switch (format) {
      case "md":
        files.push({ name: FILE_NAMES.md, content: markdown });
        break;
      case "html":
        files.push({ name: FILE_NAMES.html, content: renderHtmlPage(markdown, { title: policyTitle(policy), shopName: policy.shop.name, jsonLd, rulesetVersion: policy.rulesetVersion }, tokens()) });
        break;
      case "fragment":
        files.push({ name: FILE_NAMES.fragment, content: renderHtmlFragment(markdown, options.fragmentHeading === undefined ? {} : { heading: options.fragmentHeading }, tokens()) });
        break;
      case "pdf": {
        // Loaded on demand: `check`, `--help` and text-only runs never load pdfkit or the fonts.
        if (!options.fontLoader) throw new Error("renderFiles: the pdf format needs options.fontLoader (notoSansFonts in src/io/fonts.ts)");
        const { renderPdf } = await import("./pdf/index.js");
        files.push({ name: FILE_NAMES.pdf, content: await renderPdf(markdown, pdfMeta(policy, options), { fontLoader: options.fontLoader, tokens: tokens() }) });
        break;
      }
      case "docx": {
        // Loaded on demand, like the PDF: only a run that asks for Word loads the docx package.
        const { renderDocx } = await import("./docx.js");
        const { title, author, subject, keywords, creationDate, rulesetVersion } = pdfMeta(policy, options);
        files.push({ name: FILE_NAMES.docx, content: await renderDocx(markdown, { title, author, subject, keywords, creationDate, rulesetVersion }) });
        break;
      }
      case "jsonld":
        files.push({ name: FILE_NAMES.jsonld, content: `${scriptSafeJson(policyJsonLd(policy), 2)}\n` });
        break;
      case "withdrawal-kit":
        files.push(...renderWithdrawalKit(policy));
        break;
    }
  }
  return files;
}
