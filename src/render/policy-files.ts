/** The rendered files of one policy, in memory, before anything touches the disk. */
import type { PolicyModel } from "../policy/model.js";
import { renderHtmlFragment, renderHtmlPage } from "./html.js";
import { policyJsonLd, scriptSafeJson } from "./jsonld.js";
import { renderMarkdown } from "./markdown.js";

export const FORMATS = ["md", "html", "fragment", "jsonld"] as const;
export type Format = (typeof FORMATS)[number];

export const FILE_NAMES: Record<Format, string> = {
  md: "politique-retour.md",
  html: "politique-retour.html",
  fragment: "politique-retour.fragment.html",
  jsonld: "politique-retour.jsonld",
};

export const policyTitle = (policy: PolicyModel) => `Politique de retour et de rétractation — ${policy.shop.name}`;

export interface RenderedFile {
  name: string;
  content: string | Uint8Array;
}

export async function renderFiles(policy: PolicyModel, formats: readonly Format[]): Promise<RenderedFile[]> {
  const markdown = renderMarkdown(policy);
  const jsonLd = scriptSafeJson(policyJsonLd(policy));
  const files: RenderedFile[] = [];
  for (const format of formats) {
    switch (format) {
      case "md":
        files.push({ name: FILE_NAMES.md, content: markdown });
        break;
      case "html":
        files.push({ name: FILE_NAMES.html, content: renderHtmlPage(markdown, { title: policyTitle(policy), shopName: policy.shop.name, jsonLd }) });
        break;
      case "fragment":
        files.push({ name: FILE_NAMES.fragment, content: renderHtmlFragment(markdown) });
        break;
      case "jsonld":
        files.push({ name: FILE_NAMES.jsonld, content: `${scriptSafeJson(policyJsonLd(policy), 2)}\n` });
        break;
    }
  }
  return files;
}
