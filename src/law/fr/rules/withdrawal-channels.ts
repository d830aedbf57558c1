import type { Rule } from "../../types.js";

// L221-21: any unambiguous statement is enough; no phone call, registered letter or prior approval.
export const withdrawalChannels: Rule = {
  id: "withdrawal-channels",
  article: "L221-21",
  severity: "error",
  table: ["WD-011"],
  paths: ["withdrawal.requires"],
  summary: {
    fr: "Toute déclaration claire suffit pour se rétracter (ni appel, ni recommandé, ni accord préalable).",
    en: "Any clear statement is enough to withdraw (no call, registered letter or prior approval).",
  },
  messages: {
    imposed: {
      fr: "Le client doit pouvoir se rétracter par toute déclaration claire (e-mail, courrier, formulaire). N'imposez ni appel, ni recommandé, ni accord préalable : retirez « {what} » de withdrawal.requires.",
      en: "The customer must be able to withdraw by any clear statement (e-mail, letter, form). Do not impose a call, a registered letter or prior approval: remove \"{what}\" from withdrawal.requires.",
    },
  },
  check: ({ config }) =>
    config.withdrawal.requires.map((what, i) => ({ messageId: "imposed", path: `withdrawal.requires.${i}`, data: { what } })),
};
