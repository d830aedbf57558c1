/** The library API: the same pure steps the CLI uses. */
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
export { renderPdf, type PdfMeta } from "./render/pdf.js";
export { policyJsonLd } from "./render/jsonld.js";
export { FORMATS, renderFiles, type Format, type RenderedFile } from "./render/policy-files.js";
/** DESIGN.md names: `check` and `renderHtml`. */
export { checkLoaded as check } from "./law/check.js";
export { renderHtmlPage as renderHtml } from "./render/html.js";
