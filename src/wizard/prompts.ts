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

export interface PromptApi {
  input(o: { id: string; message: string; default?: string }): Promise<string>;
  confirm(o: { id: string; message: string; default?: boolean }): Promise<boolean>;
  select(o: { id: string; message: string; choices: Choice[]; default?: string }): Promise<string>;
  checkbox(o: { id: string; message: string; choices: Choice[] }): Promise<string[]>;
}

/** Inquirer throws this on Ctrl-C; matched by name so the driver does not need inquirer loaded. */
export const isCtrlC = (e: unknown): boolean => e instanceof Error && e.name === "ExitPromptError";
