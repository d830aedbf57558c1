/**
 * French typography for our own prose (templates, messages), never for what a user typed:
 * user text comes out literally.
 */
export const NNBSP = "\u202F"; // narrow no-break space: before : ; ! ? and inside « »
export const NBSP = "\u00A0"; // no-break space: between a number and its unit

/** Turns ASCII habits into French typography: `jours :` `« mot »` `14 jours` `5,95 €` `l’article`. */
export function frenchTypography(text: string): string {
  return (
    text
      // Table rules like `| :--` keep their space.
      .replace(/ +(:(?![-:])|[;!?])/gu, `${NNBSP}$1`)
      .replace(/« +/gu, `«${NNBSP}`)
      .replace(/ +»/gu, `${NNBSP}»`)
      // "14 jours", "5,95 €", "2 ans": the number never leaves its unit at a line end.
      .replace(/(\d) (?=[\p{L}€%])/gu, `$1${NBSP}`)
      .replace(/(\p{L})'(?=\p{L})/gu, "$1’")
  );
}

/** Applies frenchTypography to the literal text of a Handlebars template, not inside `{{ }}`. */
export function typesetTemplate(source: string): string {
  return source
    .split(/(\{\{[\s\S]*?\}\})/u)
    .map((part, i) => (i % 2 === 0 ? frenchTypography(part) : part))
    .join("");
}

const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** `2026-12-01` → `1er décembre 2026` (no clock, no locale data: same bytes everywhere). */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const day = d === 1 ? "1er" : String(d);
  return `${day}${NBSP}${MONTHS[m - 1]} ${y}`;
}

/** `5.95` → `5,95 €`, `49` → `49 €`, `1234.5` → `1 234,50 €` (thin spaces as thousands separators). */
export function euros(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, NNBSP);
  const rest = cents % 100;
  return `${whole}${rest === 0 ? "" : `,${String(rest).padStart(2, "0")}`}${NBSP}€`;
}

export function days(n: number): string {
  return `${n}${NBSP}jour${n > 1 ? "s" : ""}`;
}
