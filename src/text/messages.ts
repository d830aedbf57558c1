/**
 * Messages from a catalogue (locales/<lang>.yaml compiled in): lookup with the French fallback,
 * `{name}` holes, the user's language. The catalogue is given: src/text/i18n.ts uses every
 * message, the command line's entry point (src/cli/main.ts) only its own, so `--help` does not
 * load them all.
 */
import type { Lang } from "./findings.js";
import { frenchTypography, money } from "./typography.js";

export type Data = Record<string, string | number>;
export type Catalogue = Record<Lang, Record<string, unknown>>;

export interface Messages {
  /** Message `key` in `lang`; falls back to French, then to the key itself. */
  t(lang: Lang, key: string, data?: Data): string;
  has(lang: Lang, key: string): boolean;
}

function lookup(catalogue: Catalogue, lang: Lang, key: string): string | undefined {
  let node: unknown = catalogue[lang];
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function messages(catalogue: Catalogue): Messages {
  return {
    t: (lang, key, data) => format(lookup(catalogue, lang, key) ?? lookup(catalogue, "fr", key) ?? key, lang, data),
    has: (lang, key) => lookup(catalogue, lang, key) !== undefined,
  };
}

/**
 * Fills `{name}` holes; `{name:eur}` says the number is an amount, written the reader's way
 * (`4,50 €`, `€4.50`). French strings get French spacing before data goes in, so data stays literal.
 */
export function format(template: string, lang: Lang, data: Data = {}): string {
  const typeset = lang === "fr" ? frenchTypography(template) : template;
  return typeset.replace(/\{(\w+)(:eur)?\}/gu, (hole, name: string, eur: string | undefined) => {
    if (!(name in data)) return hole;
    const value = data[name];
    return eur && typeof value === "number" ? money(value, lang) : String(value);
  });
}

export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.indexOf("--lang");
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  if (flag === "en" || flag === "fr") return flag;
  const envLang = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en/iu.test(envLang) ? "en" : "fr";
}
