import type { Rule } from "../../types.js";
import { normalize } from "../wording.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

// D221-5: a separate confirmation step labelled « confirmer la rétractation » or equivalent.
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
      fr: "Le libellé de confirmation « {label} » doit dire clairement que le client confirme sa rétractation : écrivez « Confirmer la rétractation » (ou une formule équivalente).",
      en: "The confirmation label \"{label}\" must say clearly that the customer confirms the withdrawal: write « Confirmer la rétractation » (or an equivalent wording).",
    },
  },
  check: ({ config }) => {
    const label = config.withdrawal.onlineFunction?.confirmLabel;
    if (label === undefined) return [];
    const text = normalize(label).text;
    const clear = /\b(confirm|valid)\w*/u.test(text) && /\b(renonc|retract)\w*/u.test(text);
    return clear ? [] : [{ messageId: "unclear", path: "withdrawal.onlineFunction.confirmLabel", data: { label } }];
  },
};
