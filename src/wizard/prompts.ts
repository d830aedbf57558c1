/**
 * The four prompts the wizard needs. The CLI passes inquirer's (inquirer.ts); tests pass a
 * scripted one. `id` names the question, so a script answers by id, not by wording.
 */
export interface Choice {
  value: string;
  name: string;
  description?: string;
  checked?: boolean;
}

/** `transient`: the prompt line is cleared once answered, the driver then prints the answer with ✔, ✖ or ⚠. */
interface Base {
  id: string;
  message: string;
  transient?: boolean;
}

export interface PromptApi {
  input(o: Base & { default?: string }): Promise<string>;
  confirm(o: Base & { default?: boolean }): Promise<boolean>;
  select(o: Base & { choices: Choice[]; default?: string }): Promise<string>;
  /** `required`: Enter with nothing ticked is refused on the spot, with how to tick (space). */
  checkbox(o: Base & { choices: Choice[]; required?: boolean }): Promise<string[]>;
}

/** Inquirer throws this on Ctrl-C; matched by name so the driver does not need inquirer loaded. */
export const isCtrlC = (e: unknown): boolean => e instanceof Error && e.name === "ExitPromptError";
