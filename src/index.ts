/** The library API: the same pure steps the CLI uses. */
import { notoSansFonts } from "./io/fonts.js";
import type { PolicyModel } from "./policy/model.js";
import type { FontLoader, PdfMeta } from "./render/pdf/index.js";
import { renderFiles as renderFilesWith, type Format, type RenderedFile, type RenderOptions } from "./render/policy-files.js";

export { checkLoaded, type CheckOptions, type CheckResult } from "./law/check.js";
export { loadConfig, locate, type LoadResult, type ReadFile, type ReadResult } from "./config/load.js";
export { configSchema, jsonSchema, type Config, type ConfigInput } from "./config/schema.js";
export { validateConfig } from "./config/validate.js";
export type { Finding, Lang, Severity } from "./text/findings.js";
export { checkLaw } from "./law/engine.js";
export { frRuleset, RULESET_VERSION } from "./law/fr/index.js";
export type { Rule, Ruleset } from "./law/types.js";
export { buildPolicy, type PolicyModel } from "./policy/model.js";
export { renderHtmlFragment, renderHtmlPage } from "./render/html.js";
export { renderMarkdown } from "./render/markdown.js";
export { policyJsonLd } from "./render/jsonld.js";
export { FORMATS, type Format, type RenderedFile, type RenderOptions } from "./render/policy-files.js";
export type { FontFace, FontLoader, PdfMeta } from "./render/pdf/index.js";
export { notoSansFonts };
/** DESIGN.md names: `check` and `renderHtml`. */
export { checkLoaded as check } from "./law/check.js";
export { renderHtmlPage as renderHtml } from "./render/html.js";

// The renderers read no file: this entry point gives them the Noto Sans files by default
// (a caller may pass its own `fontLoader`).

/** The policy's files in the given formats, in memory. */
export function renderFiles(policy: PolicyModel, formats: readonly Format[], options: RenderOptions = {}): Promise<RenderedFile[]> {
  return renderFilesWith(policy, formats, { ...options, fontLoader: options.fontLoader ?? notoSansFonts });
}

/** The policy Markdown as an A4 PDF. pdfkit is loaded on first use. */
export async function renderPdf(markdown: string, meta: PdfMeta, options: { fontLoader?: FontLoader } = {}): Promise<Uint8Array> {
  const { renderPdf: render } = await import("./render/pdf/index.js");
  return render(markdown, meta, { fontLoader: options.fontLoader ?? notoSansFonts });
}
