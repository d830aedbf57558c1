/** The model withdrawal form (annex to article R221-1): each fill-in line becomes its label and
 * a ruled line to write on by hand, and an AcroForm text field when asked. */
import { ensure, placeLines, within, wrap, type Area, type Flow } from "./flow.js";
import { lineWidth, runsText, type Run } from "./inline.js";
import { BODY, COLOR, type TextStyle } from "./style.js";

/** A fill-in line of the form ends with a run of "…" or "_" (R221-1 model form). */
export const FILL_IN = /\s*[…_]{3,}\s*$/;

/** "Commandé le (*) / reçu le (*) : ……" → the label, then a ruled line to the right margin
 * with room to write by hand. */
export function layoutFillIn(flow: Flow, runs: Run[], area: Area): void {
  const label = stripFill(runs);
  const style: TextStyle = { size: BODY.size, line: BODY.line, color: COLOR.text };
  const lines = wrap(flow, label, area.width, style.size);
  const room = 22;
  const lastWidth = lines.length ? lineWidth(lines[lines.length - 1]!) : 0;
  const sameLine = area.width - lastWidth >= 150;
  ensure(flow, lines.length * style.line + room + (sameLine ? 0 : room));
  flow.y += 6;
  within(flow, "P", () => placeLines(flow, lines, area, style));
  const x0 = sameLine ? area.x + lastWidth + 8 : area.x;
  const baseline = sameLine ? flow.y - 3 : flow.y + room - 3;
  if (!sameLine) flow.y += room;
  flow.out.push({ kind: "rule", x1: x0, x2: area.x + area.width, y: baseline, weight: 0.6, color: COLOR.fill });
  if (flow.fillable) {
    const text = runsText(label);
    flow.out.push({ kind: "field", name: fieldName(text), label: text, x: x0, y: baseline - 16, width: area.x + area.width - x0, height: 16 });
  }
  flow.y += 10;
}

/** Names of the model form's fields, by the start of their label (annex to article R221-1). */
const FIELD_NAMES: readonly [RegExp, string][] = [
  [/^je\s*\/\s*nous\b/iu, "bien-ou-service"],
  [/^command[ée] le\b/iu, "date-commande-ou-reception"],
  [/^nom\b/iu, "nom"],
  [/^adresse\b/iu, "adresse"],
  [/^signature\b/iu, "signature"],
  [/^date\b/iu, "date"],
];

/** The field's name from its label; a line of another wording is named `champ`. */
export function fieldName(label: string): string {
  return FIELD_NAMES.find(([pattern]) => pattern.test(label.trim()))?.[1] ?? "champ";
}

function stripFill(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(FILL_IN, "").trimEnd();
    if (last.text) break;
    out.pop();
  }
  return out;
}
