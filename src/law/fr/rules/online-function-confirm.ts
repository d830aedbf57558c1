import type { Rule } from "../../types.js";
import { normalize } from "../wording.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

/**
 * D221-5: a separate confirmation step labelled « confirmer la rétractation » or an equivalent:
 * a confirming verb and the withdrawal as its object, never a negation (« je ne me rétracte pas »).
 */
const CONFIRM = /\b(confirmer|je confirme|valider|je valide|envoyer|transmettre)\b/u;
const OBJECT = /\b(ma |la |votre )?(retractation|renonciation)\b|\b(me|ma) retracter\b|\brenoncer au contrat\b/u;
const NEGATION = /\bne\b|\bn'/u;

export function clearConfirmLabel(label: string): boolean {
  const text = normalize(label).text;
  return !NEGATION.test(text) && CONFIRM.test(text) && OBJECT.test(text);
}

export const onlineFunctionConfirm: Rule = {
  id: "online-function-confirm",
  article: "D221-5",
  severity: "error",
  table: ["WD-008"],
  paths: ["withdrawal.onlineFunction.confirmLabel"],
  since: ONLINE_FUNCTION_DATE,
  summary: {
    fr: "L'étape de confirmation dit « confirmer la rétractation » ou l'équivalent.",
    en: "The confirmation step says « confirmer la rétractation » or the equivalent.",
  },
  messages: {
    unclear: {
      fr: "Le libellé de confirmation « {label} » doit dire clairement que le client confirme sa rétractation : écrivez « Confirmer la rétractation » (ou une formule équivalente, comme « Valider ma rétractation »).",
      en: "The confirmation label \"{label}\" must say clearly that the customer confirms the withdrawal: write « Confirmer la rétractation » (or an equivalent such as « Valider ma rétractation »).",
    },
  },
  check: ({ config }) => {
    const label = config.withdrawal.onlineFunction?.confirmLabel;
    if (label === undefined) return [];
    return clearConfirmLabel(label) ? [] : [{ messageId: "unclear", path: "withdrawal.onlineFunction.confirmLabel", data: { label } }];
  },
};
