/** Things a reader must find on one line, in the PDF and in a browser (each regex is matched
 * against the policy's text, where their spaces are no-break ones). */
export const IDENTIFIERS = [
  /SIRE[TN]\u00A0\d{3}(?:\u00A0\d{3}){2}(?:\u00A0\d{5})?/gu,
  /(?:\+\d{1,3}\u00A0)?\d{1,2}(?:\u00A0\d{2}){4}/gu,
  /\b[LRD]\.?\u00A0?\d{3}-\d+(?:\u00A0\d+°)?/gu,
  /\d+(?:[\u202F]\d{3})*(?:,\d{2})?\u00A0(?:€|euros|jours?|mois|ans)/gu,
  /(?:1er|\d{1,2})\u00A0\p{Ll}+(?:\u00A0\d{4})?/gu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /\be-mail\b/gu,
];

