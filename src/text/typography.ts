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

const VOWELS = "aeiouœæ";
const CONSONANTS = "bcdfghjklmnpqrstvwxz";

/**
 * « de » before a name the user typed, elided before a vowel or an h (treated as mute, the usual
 * case in names): « d’Atelier Copeau », « d’Éclat Naturel », « d’Hôtel du Lac », « d’Yvette » but
 * « de Yaourt » (y before a vowel sounds like a consonant), « de Librairie des Quais ». The
 * apostrophe is the typographic one that the templates' own « l'article » becomes.
 */
export function elidedDe(name: string): string {
  // Accents removed (NFD, then the combining marks dropped): « É » → « e », « Ô » → « o ».
  const [first = "", second = ""] = [...name.trimStart().normalize("NFD").replace(/[\u0300-\u036f]/gu, "").toLowerCase()];
  const elides = first === "y" ? CONSONANTS.includes(second) && second !== "" : first === "h" || (first !== "" && VOWELS.includes(first));
  return elides ? "d’" : "de ";
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

/** An amount in the reader's language: `4,50 €` in French, `€4.50` in English (`€49`, `€1,234.50`). */
export function money(amount: number, lang: "fr" | "en"): string {
  if (lang === "fr") return euros(amount);
  const cents = Math.round(amount * 100);
  const whole = Math.trunc(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  const rest = cents % 100;
  return `€${whole}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
}

export function days(n: number): string {
  return `${n}${NBSP}jour${n > 1 ? "s" : ""}`;
}

const MONTH_NAMES = MONTHS.join("|");

/**
 * The last pass over the whole policy Markdown, our prose and the shop's text alike. It only
 * turns ordinary spaces into no-break ones (and normalises opening hours); no word changes:
 * - spaces before : ; ! ? and inside « » (the shop typed « Garantie Atelier : … » with a plain space);
 * - identifiers that must stay whole at a line end: SIRET/SIREN numbers, phone numbers,
 *   « L. 217-1 », « L221-28 9° », thousands (« 300 000 »), dates (« 1er décembre 2026 »);
 * - opening hours: « 10h-19h » → « 10 h – 19 h »;
 * - a full stop the template adds after text that already ends a sentence (« échangés. ». »).
 */
export function finalTypography(markdown: string): string {
  const keep = (s: string): string => s.replace(/ /gu, NBSP);
  return (
    markdown
      // Not after a list, quote or table marker at the start of a line (« - !… » stays a list item).
      .replace(/(?<=\S)(?<!^[\t >]*(?:[-+*>|]|\d+[.)])) +(:(?![-:/])|[;!?](?![-=]))/gmu, `${NNBSP}$1`)
      .replace(/« +/gu, `«${NNBSP}`)
      .replace(/ +»/gu, `${NNBSP}»`)
      // Opening hours: 9h-18h, 9 h 30 - 18 h, 10h–19h.
      .replace(
        /(?<![\d,.])(\d{1,2}) ?h ?(\d{2})? ?[-–] ?(\d{1,2}) ?h ?(\d{2})?(?![\d\p{L}])/gu,
        (_m, h1: string, m1: string | undefined, h2: string, m2: string | undefined) =>
          `${h1}${NBSP}h${m1 ? `${NBSP}${m1}` : ""}${NBSP}– ${h2}${NBSP}h${m2 ? `${NBSP}${m2}` : ""}`,
      )
      .replace(/\b(SIRE[TN]|RCS|TVA|n°) (?=[\d\p{Lu}])/gu, `$1${NBSP}`)
      // SIRET (3 3 3 5) and SIREN (3 3 3) numbers.
      .replace(/(?<!\d|\d,)\d{3} \d{3} \d{3}(?: \d{5})?(?!\d|,\d)/gu, keep)
      // Phone numbers: 02 40 00 00 00, +33 4 78 00 00 01, +33 (0)1 23 45 67 89.
      .replace(/(?<![\d\w+])(?:\+\d{1,3} ?(?:\(0\) ?)?)?\d{1,2}(?:[ .]\d{2}){4}(?!\d)/gu, keep)
      .replace(/\b([LRD])\. (?=\d)/gu, `$1.${NBSP}`)
      .replace(/\b([LRD]\d{3}-\d+) (?=\d+°)/gu, `$1${NBSP}`)
      // Thousands: 300 000 euros (the space of a phone or SIRET number is already a no-break one).
      .replace(/(?<!\d|\d,)(\d{1,3})((?: \d{3})+)(?!\d|,\d)/gu, (_m, head: string, groups: string) => `${head}${groups.replace(/ /gu, NNBSP)}`)
      .replace(new RegExp(`\\b(1er|\\d{1,2}) (${MONTH_NAMES})(?: (\\d{4}))?\\b`, "gu"), (_m, d: string, month: string, y: string | undefined) =>
        y ? `${d}${NBSP}${month}${NBSP}${y}` : `${d}${NBSP}${month}`,
      )
      .replace(new RegExp(`(${MONTH_NAMES}) (\\d{4})\\b`, "gu"), `$1${NBSP}$2`)
      // A sentence already closed (by the shop's text or a quotation) takes no second full stop.
      .replace(/(?<![.…])([.!?])([\u202F\u00A0 ]?[»”"])?\.(?![.\w])/gu, "$1$2")
  );
}
