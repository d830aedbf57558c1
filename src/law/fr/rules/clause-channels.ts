import { clauseRule } from "../wording.js";

// L221-21: any unambiguous statement; no imposed channel.
export const clauseChannels = clauseRule({
  id: "clause-channels",
  article: "L221-21",
  table: ["WD-011"],
  summary: { fr: "Pas de canal imposé pour se rétracter.", en: "No imposed channel to withdraw." },
  message: {
    fr: "Le client doit pouvoir se rétracter par toute déclaration claire (e-mail, courrier, formulaire) ; n'imposez ni appel, ni recommandé : « {quote} ».",
    en: "The customer must be able to withdraw by any clear statement (e-mail, letter, form); do not impose a call or a registered letter: \"{quote}\".",
  },
});
