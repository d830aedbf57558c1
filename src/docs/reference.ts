/** README tables generated from the schema and the ruleset, so the docs never drift (checked in a test). */
import { jsonSchema } from "../config/schema.js";
import { frRuleset } from "../law/fr/index.js";

interface Prop {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Prop>;
  required?: string[];
  items?: Prop;
  anyOf?: Prop[];
  minimum?: number;
  maximum?: number;
}

const cell = (s: string) => s.replace(/\|/gu, "\\|").replace(/\n/gu, " ");

function typeOf(p: Prop): string {
  if (p.const !== undefined) return `\`${JSON.stringify(p.const)}\``;
  if (p.enum) return p.enum.map((v) => `\`${String(v)}\``).join(", ");
  if (p.type === "array") return `liste de ${p.items ? typeOf(p.items) : "valeurs"}`;
  if (p.type === "integer") return "entier";
  if (p.type === "number") return "nombre";
  if (p.type === "boolean") return "booléen";
  if (p.type === "object") return "objet";
  return p.type === "string" ? "texte" : (p.type ?? "");
}

function rows(props: Record<string, Prop>, required: string[], prefix: string): string[] {
  const out: string[] = [];
  for (const [key, p] of Object.entries(props)) {
    if (key === "$schema") continue;
    const path = `${prefix}${key}`;
    const def = p.default !== undefined && typeof p.default !== "object" ? `\`${String(p.default)}\`` : "";
    const req = required.includes(key) && p.default === undefined ? "oui" : "";
    out.push(`| \`${path}\` | ${cell(typeOf(p))} | ${req} | ${def} | ${cell(p.description ?? "")} |`);
    if (p.properties) out.push(...rows(p.properties, p.required ?? [], `${path}.`));
    if (p.items?.properties) out.push(...rows(p.items.properties, p.items.required ?? [], `${path}[].`));
  }
  return out;
}

export function configReferenceMarkdown(): string {
  const schema = jsonSchema() as Prop;
  return [
    "| champ | type | obligatoire | par défaut | description |",
    "| --- | --- | --- | --- | --- |",
    ...rows(schema.properties ?? {}, schema.required ?? [], ""),
  ].join("\n");
}

export function rulesTableMarkdown(): string {
  return [
    `Jeu de règles \`${frRuleset.version}\`.`,
    "",
    "| règle | gravité | article | depuis / jusqu'au | ce qu'elle vérifie |",
    "| --- | --- | --- | --- | --- |",
    ...frRuleset.rules.map((r) => {
      const dates = r.since ? `depuis le ${r.since}` : r.until ? `avant le ${r.until}` : "";
      return `| \`${r.id}\` | ${r.severity} | ${r.article} | ${dates} | ${cell(r.summary.fr)} |`;
    }),
  ].join("\n");
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBlock(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README has no ${name} block`);
  return `${doc.slice(0, i + start.length)}\n${content}\n${doc.slice(j)}`;
}
