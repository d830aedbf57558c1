/**
 * Lenient reading of what a person types (issue 16): `www.boutique.fr` without https://,
 * `01/12/2026`, `69 002`, a SIREN typed for a SIRET… Each parser gives the value to store or the
 * reason it cannot be used (a key under wizard.errors, with its data). Pure.
 */
import { siretValid } from "../config/validate.js";

export type Parsed<T = string> = { value: T; note?: { key: string; data?: Record<string, string | number> } } | { error: string; data?: Record<string, string | number> };

export type ParseKind = "url" | "buttonUrl" | "date" | "postalCode" | "siret" | "email";

const MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"];
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function isoIfReal(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** `2026-12-01`, `01/12/2026`, `1-12-2026`, `1.12.2026`, `1er décembre 2026` → `2026-12-01`. */
export function parseDate(text: string): Parsed {
  const s = plain(text.trim());
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(s);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(s);
  if (m) return real(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})$/u.exec(s);
  if (m && MONTHS.includes(m[2] as string)) return real(Number(m[3]), MONTHS.indexOf(m[2] as string) + 1, Number(m[1]));
  return { error: "date" };
}

function real(y: number, m: number, d: number): Parsed {
  const iso = isoIfReal(y, m, d);
  return iso ? { value: iso } : { error: "dateUnreal" };
}

/** `www.boutique.fr` → `https://www.boutique.fr`; spaces or no dot: not a web address. */
export function parseUrl(text: string): Parsed {
  const s = text.trim();
  if (/^https?:\/\//iu.test(s)) return /\s/u.test(s) ? { error: "urlSpace" } : { value: s.replace(/^http(s?):\/\//iu, (_, secure: string) => `http${secure}://`) };
  if (/\s/u.test(s) || !/^[^/]*\.[a-z]{2,}(?:[/:?#]|$)/iu.test(s)) return { error: "url" };
  if (/^[a-z][a-z0-9+.-]*:/iu.test(s) && !/^[^:/]+\.[a-z]{2,}:\d/iu.test(s)) return { error: "url" };
  return { value: `https://${s}`, note: { key: "notes.https", data: { url: `https://${s}` } } };
}

/** The withdrawal button's address: a path such as `Mon compte > Mes commandes` is its location, not its URL. */
export function parseButtonUrl(text: string, website: string | undefined): Parsed<{ url?: string; location?: string }> {
  const url = parseUrl(text);
  if ("value" in url) return { value: { url: url.value }, ...(url.note ? { note: url.note } : {}) };
  const s = text.trim();
  if (s === "" || !/[>›»/]|\p{L}\s+\p{L}/u.test(s)) return url;
  const location = s.replace(/\s*(?:>|›|»)\s*/gu, " > ");
  if (website) return { value: { url: website, location }, note: { key: "notes.location", data: { location, url: website } } };
  return { value: { location }, note: { key: "notes.locationNeedsUrl", data: { location } } };
}

/** `69 002` → `69002`. */
export function parsePostalCode(text: string): Parsed {
  const s = text.replace(/[\s\u00A0\u202F.]/gu, "");
  if (/^\d{5}$/u.test(s)) return { value: s };
  return { error: "postalCode", data: { count: s.replace(/\D/gu, "").length } };
}

/** A SIRET, with a distinct reason for a SIREN (9 digits), a wrong length and a wrong check digit. */
export function parseSiret(text: string): Parsed {
  const s = text.trim();
  if (s === "") return { value: "" };
  const digits = s.replace(/[\s\u00A0\u202F.-]/gu, "");
  if (!/^\d+$/u.test(digits)) return { error: "siretDigits" };
  if (digits.length === 9) return { error: "siren" };
  if (digits.length !== 14) return { error: "siretLength", data: { count: digits.length } };
  if (!siretValid(digits)) return { error: "siretKey" };
  return { value: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}` };
}

/** An e-mail address, with the reason when it is not one. */
export function parseEmail(text: string): Parsed {
  const s = text.trim();
  if (s === "") return { value: "" };
  if (/\s/u.test(s)) return { error: "emailSpace" };
  const at = s.split("@").length - 1;
  if (at === 0) return { error: "emailNoAt" };
  if (at > 1) return { error: "emailManyAt" };
  const [local, domain] = s.split("@") as [string, string];
  if (local === "") return { error: "emailNoLocal" };
  if (!/^[^.]+(\.[^.]+)*\.[a-z]{2,}$/iu.test(domain)) return { error: "emailDomain", data: { domain } };
  if (/[<>()[\]\\,;:"]/u.test(s)) return { error: "emailChars" };
  return { value: s };
}
