/**
 * The output formats, in their own module: a batch's main thread (src/cli/commands/generate.ts)
 * names them without loading the renderers, which only its worker threads need.
 */
export const FORMATS = ["md", "html", "fragment", "pdf", "jsonld", "docx", "withdrawal-kit"] as const;
export type Format = (typeof FORMATS)[number];
