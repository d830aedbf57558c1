/** Every message of locales/<lang>.yaml (see src/text/messages.ts for the lookup). */
import { locales } from "../generated/locales.js";
import type { Lang } from "./findings.js";
import { messages, type Data } from "./messages.js";

export { detectLang, format, type Data } from "./messages.js";

const all = messages(locales);

export function hasMessage(lang: Lang, key: string): boolean {
  return all.has(lang, key);
}

/** Message from locales/<lang>.yaml; falls back to French, then to the key itself. */
export function t(lang: Lang, key: string, data?: Data): string {
  return all.t(lang, key, data);
}
