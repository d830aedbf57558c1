import { clauseRule } from "../wording.js";

// Règlement (UE) 2024/3228: the EU ODR platform closed on 20 July 2025; the link is obsolete.
export const clauseOdrLink = clauseRule({
  id: "clause-odr-link",
  article: "Règlement (UE) 2024/3228",
  severity: "warning",
  table: ["MD-002"],
  summary: { fr: "Plus de lien vers la plateforme européenne RLL/ODR, fermée.", en: "No link to the closed EU ODR platform." },
  message: {
    fr: "La plateforme européenne RLL/ODR a fermé le 20 juillet 2025 : vous pouvez retirer ce lien (« {quote} »).",
    en: "The EU ODR platform closed on 20 July 2025: you can remove this link (\"{quote}\").",
  },
});
