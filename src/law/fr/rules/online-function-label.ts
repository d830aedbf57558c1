import type { Rule } from "../../types.js";
import { normalize } from "../wording.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

/**
 * D221-5 (décret n° 2026-3): the function reads « renoncer au contrat ici » or an equally clear
 * wording. Equally clear means an action on the contract, not a word stem: « Politique de
 * rétractation » names a page, « Renoncer à la newsletter » renounces something else.
 */
const CLEAR: readonly RegExp[] = [
  /\brenoncer (au|a (mon|ma|la|le|cette|ce|votre)) (contrat|commande|achat)\b/u,
  /\b(me|se|vous) retracter\b/u,
  /\bretracter (du|de (mon|ma|la|cette|votre)) (contrat|commande|achat)\b/u,
  /\bexercer (mon|votre|le) droit de retractation\b/u,
];
const NEGATION = /\bne\b|\bn'/u;

export function clearWithdrawalLabel(label: string): boolean {
  const text = normalize(label).text;
  return !NEGATION.test(text) && CLEAR.some((re) => re.test(text));
}

export const onlineFunctionLabel: Rule = {
  id: "online-function-label",
  article: "D221-5",
  severity: "error",
  table: ["WD-007", "LG-001"],
  paths: ["withdrawal.onlineFunction.label"],
  since: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "Le bouton de rétractation dit « renoncer au contrat ici » ou une formule aussi claire, en français.",
    en: "The withdrawal button says « renoncer au contrat ici » or an equally clear French wording.",
  },
  messages: {
    unclear: {
      fr: "Le libellé « {label} » n'est pas assez clair. Écrivez « Renoncer au contrat ici » ou une formule aussi claire en français (« Me rétracter de ma commande », « Exercer mon droit de rétractation ») ; « Retours », « SAV », « Contact » ou « Politique de rétractation » ne suffisent pas.",
      en: "The label \"{label}\" is not clear enough. Write « Renoncer au contrat ici » or an equally clear French wording (« Me rétracter de ma commande », « Exercer mon droit de rétractation »); « Retours », « SAV », « Contact » or « Politique de rétractation » are not enough.",
    },
  },
  check: ({ config }) => {
    const label = config.withdrawal.onlineFunction?.label;
    if (label === undefined) return [];
    return clearWithdrawalLabel(label) ? [] : [{ messageId: "unclear", path: "withdrawal.onlineFunction.label", data: { label } }];
  },
};
