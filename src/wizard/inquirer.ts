/** The real prompts, from @inquirer/prompts (loaded only by `init`), with key hints in the user's language. */
import { checkbox, input, select } from "@inquirer/prompts";
import type { Lang } from "../findings.js";
import { t } from "../i18n.js";
import type { PromptApi } from "./prompts.js";

export function inquirerPrompts(lang: Lang): PromptApi {
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${t(lang, `wizard.keys.${action}`)}`).join(" • ");
  const theme = { style: { keysHelpTip } };
  return {
    input: ({ message, default: value }) => input({ message, ...(value !== undefined && value !== "" ? { default: value } : {}) }),
    // Inquirer's confirm only knows y/n (and reads "oui" as the default): ours takes oui/non as well as yes/no.
    confirm: async ({ message, default: value }) => {
      const word = (b: boolean) => t(lang, b ? "wizard.summary.yes" : "wizard.summary.no");
      const reply = await input({
        message,
        ...(value !== undefined ? { default: word(value) } : {}),
        validate: (v) => parseYesNo(v) !== undefined || t(lang, "wizard.errors.yesNo"),
      });
      return parseYesNo(reply) ?? false;
    },
    select: ({ message, choices, default: value }) =>
      select({ message, choices, pageSize: 12, theme, ...(value !== undefined ? { default: value } : {}) }),
    checkbox: ({ message, choices }) =>
      checkbox({ message, choices: choices.map((c) => ({ ...c, checked: c.checked ?? false })), pageSize: 12, theme }),
  };
}

/** oui/o/yes/y → true, non/n/no → false; anything else is not an answer. */
export function parseYesNo(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (/^(o|oui|y|yes)$/u.test(s)) return true;
  if (/^(n|non|no)$/u.test(s)) return false;
  return undefined;
}
