/** The real prompts, from @inquirer/prompts (loaded only by `init`), with key hints in the user's language. */
import { checkbox, input, select } from "@inquirer/prompts";
import type { Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import type { Choice, PromptApi } from "./prompts.js";

/** Inquirer names keys in English (`space`, `⏎`): named in the user's language. */
const KEY_WORDS: Record<string, string> = { space: "space", "⏎": "enter" };

export function inquirerPrompts(lang: Lang): PromptApi {
  const key = (k: string) => (KEY_WORDS[k] ? t(lang, `wizard.keys.key.${KEY_WORDS[k]}`) : k);
  const keysHelpTip = (keys: [string, string][]) => keys.map(([k, action]) => `${key(k)} ${t(lang, `wizard.keys.${action}`)}`).join(" • ");
  const theme = { style: { keysHelpTip } };
  // A question answered is cleared: the wizard prints it back with ✔ (taken), ✖ (refused) or ⚠ (warned).
  // Inquirer draws its done state before clearing it, so that state has no mark: a refused answer never shows ✔.
  const context = (transient?: boolean) => (transient ? { clearPromptOnDone: true } : {});
  const marks = (transient?: boolean) => (transient ? { prefix: { idle: "?", done: "" } } : {});
  /** As many lines as the terminal has room for; when some choices stay below, the question says so. */
  const paged = (message: string, choices: Choice[]) => {
    const rows = process.stdout.rows ?? 24;
    const pageSize = Math.max(5, Math.min(choices.length, rows - 6));
    const more = choices.length > pageSize ? ` ${t(lang, "wizard.moreBelow", { count: choices.length })}` : "";
    return { message: `${message}${more}`, pageSize, loop: false };
  };
  return {
    input: ({ message, default: value, transient }) =>
      input({ message, theme: marks(transient), ...(value !== undefined && value !== "" ? { default: value } : {}) }, context(transient)),
    // Inquirer's confirm only knows y/n (and reads "oui" as the default): ours takes oui/non as well as yes/no.
    confirm: async ({ message, default: value, transient }) => {
      const word = (b: boolean) => t(lang, b ? "wizard.summary.yes" : "wizard.summary.no");
      const reply = await input(
        {
          message: value === undefined ? `${message} ${t(lang, "wizard.yesNoHint")}` : message,
          theme: marks(transient),
          ...(value !== undefined ? { default: word(value) } : {}),
          validate: (v) => parseYesNo(v) !== undefined || t(lang, "wizard.errors.yesNo"),
        },
        context(transient),
      );
      return parseYesNo(reply) ?? false;
    },
    select: ({ message, choices, default: value, transient }) =>
      select({ ...paged(message, choices), choices, theme: { ...theme, ...marks(transient) }, ...(value !== undefined ? { default: value } : {}) }, context(transient)),
    checkbox: ({ message, choices, required, transient }) =>
      checkbox(
        {
          ...paged(message, choices),
          choices: choices.map((c) => ({ ...c, checked: c.checked ?? false })),
          theme: { ...theme, ...marks(transient) },
          ...(required ? { validate: (ticked: readonly unknown[]) => ticked.length > 0 || t(lang, "wizard.errors.checkboxEmpty") } : {}),
        },
        context(transient),
      ),
  };
}

/** oui/o/yes/y → true, non/n/no → false; anything else is not an answer. */
export function parseYesNo(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (/^(o|oui|y|yes)$/u.test(s)) return true;
  if (/^(n|non|no)$/u.test(s)) return false;
  return undefined;
}
