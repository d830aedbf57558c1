import type { Rule } from "../../types.js";
import { normalize } from "../wording.js";
import { ONLINE_FUNCTION_DATE } from "./online-withdrawal-function.js";

// D221-5 (décret n° 2026-3): the function reads « renoncer au contrat ici » or an equally clear wording.
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
      fr: "Le libellé « {label} » n'est pas assez clair. Écrivez « Renoncer au contrat ici » ou une formule aussi claire en français (« Me rétracter de ma commande ») ; « Retours », « SAV » ou « Contact » ne suffisent pas.",
      en: "The label \"{label}\" is not clear enough. Write « Renoncer au contrat ici » or an equally clear French wording (« Me rétracter de ma commande »); \"Retours\", \"SAV\" or \"Contact\" are not enough.",
    },
  },
  check: ({ config }) => {
    const label = config.withdrawal.onlineFunction?.label;
    if (label === undefined) return [];
    const clear = /\b(renonc\w*|retract\w*)\b/u.test(normalize(label).text);
    return clear ? [] : [{ messageId: "unclear", path: "withdrawal.onlineFunction.label", data: { label } }];
  },
};
