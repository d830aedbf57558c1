/**
 * Web addresses and e-mail addresses typed in a config, judged once here: the schema refuses what
 * `problem` names, and the renderers build every link from `webHref` (the WHATWG-parsed address,
 * ASCII only, percent-encoded), never from the text as typed.
 */

/** Why an address is refused; each has a message under `config.schema.url.<problem>`. */
export type UrlProblem = "control" | "space" | "character" | "scheme" | "unparsable" | "credentials";

// C0 and C1 controls, DEL, invisible format characters (bidi overrides, zero-width), any space or
// line separator: none has a place in an address someone reads or clicks.
const CONTROL = /[\p{Cc}\p{Cf}]/u;
const SPACE = /[\p{Z}\s]/u;
// Characters Markdown or HTML would read as syntax around a link, refused to keep the text plain.
const UNSAFE = /["'<>`\\]/u;

/** The reason `value` is not an acceptable http(s) address, or undefined when it is. */
export function webUrlProblem(value: string): UrlProblem | undefined {
  if (CONTROL.test(value)) return "control";
  if (SPACE.test(value)) return "space";
  if (!/^https?:\/\//iu.test(value)) return "scheme";
  if (UNSAFE.test(value)) return "character";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "unparsable";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
  if (url.hostname === "") return "unparsable";
  if (url.username !== "" || url.password !== "") return "credentials";
  return undefined;
}

/**
 * The address as a link target: WHATWG's serialisation (lower-case host, punycode, every
 * non-ASCII or reserved character percent-encoded), or undefined when it is not a safe
 * http(s) address. A bare origin keeps the form it was typed in (`https://a.fr`, not `https://a.fr/`).
 */
export function webHref(value: string): string | undefined {
  if (webUrlProblem(value) !== undefined) return undefined;
  const href = new URL(value).href;
  return href === `${value}/` ? value : href;
}

/**
 * E-mail addresses the schema accepts: a plain local part and a domain of DNS labels. Narrower
 * than RFC 5322 on purpose: every address accepted here is an autolink in Markdown (CommonMark's
 * and marked's e-mail autolink rule) and a `mailto:` link without any encoding.
 */
export const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9._%'+-]*[A-Za-z0-9_%+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/u;

export function isEmail(value: string): boolean {
  return value.length <= 320 && EMAIL.test(value);
}
