import { clauseRule } from "../wording.js";

// L221-21: any unambiguous statement; no imposed channel.
export const clauseChannels = clauseRule({
  id: "clause-channels",
  article: "L221-21",
  table: ["WD-011"],
  pattern: {
    all: [/\b(uniquement|seulement|exclusivement|obligatoirement)\b[^.]{0,40}\b(telephone|appel|lettre recommandee|recommande|courrier recommande|accuse de reception)\b|\b(lettre recommandee|recommande)\b[^.]{0,30}\b(obligatoire|exige|imperati\w*)/u],
  },
  summary: { fr: "Pas de canal imposé pour se rétracter.", en: "No imposed channel to withdraw." },
  message: {
    fr: "Le client doit pouvoir se rétracter par toute déclaration claire (e-mail, courrier, formulaire) ; n'imposez ni appel, ni recommandé : « {quote} ».",
    en: "The customer must be able to withdraw by any clear statement (e-mail, letter, form); do not impose a call or a registered letter: \"{quote}\".",
  },
});
