/** The config the wizard writes: YAML in the contract's order, a `$schema` line, a short comment per section. */
import { Document, isMap, isScalar } from "yaml";
import type { Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";

/** Editors (yaml-language-server) validate and complete the file against the published JSON Schema. */
export const schemaUrl = (version: string) => `https://unpkg.com/politique-retour@${version}/schema.json`;

const ORDER = ["schemaVersion", "jurisdiction", "language", "effectiveDate", "shop", "sectors", "withdrawal", "mediator", "returns", "refunds", "exchanges", "guarantees", "support", "customClauses"];
const COMMENTED = new Set(ORDER.slice(4));
const RETURNS_ORDER = ["shipBackDays", "costs", "methods", "address", "addressName", "authorizationNumber", "originalPackaging"];

function sortKeys(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => rank(a) - rank(b)));
}

export interface YamlOptions {
  lang: Lang;
  version: string;
  file: string;
  /** This tool's command as the user runs it (`npx politique-retour`…). */
  command?: string;
  /** `$schema` reachable offline (relative path to the installed schema.json); else the published URL and how to get it. */
  schema?: string;
}

export function configToYaml(input: Record<string, unknown>, options: YamlOptions): string {
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  const ordered = Object.fromEntries(Object.entries(input).sort(([a], [b]) => rank(a) - rank(b)));
  if (ordered.returns && typeof ordered.returns === "object") ordered.returns = sortKeys(ordered.returns as Record<string, unknown>, RETURNS_ORDER);
  const doc = new Document(ordered);
  const shop = (input.shop as { name?: unknown } | undefined)?.name;
  const command = options.command ?? "politique-retour";
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schema ?? schemaUrl(options.version)}`,
    ` ${t(options.lang, "wizard.yaml.header", { shop: String(shop ?? ""), file: options.file, command })}`,
    ...(options.schema ? [] : [` ${t(options.lang, "wizard.yaml.schemaOffline", { command })}`]),
  ].join("\n");
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!COMMENTED.has(key) || !isScalar(pair.key)) continue;
      pair.key.spaceBefore = true;
      pair.key.commentBefore = ` ${t(options.lang, `wizard.yaml.${key}`)}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}
