/** A scripted PromptApi for wizard tests: answers by question id; an unscripted question takes its default. */
import type { Draft, DraftStore } from "../src/wizard/driver.js";
import type { PromptApi } from "../src/wizard/prompts.js";

export const CTRL_C = Symbol("ctrl-c");
export type Reply = string | boolean | string[] | typeof CTRL_C;

/** What inquirer throws on Ctrl-C (matched by name, as the driver does). */
function ctrlC(): Error {
  const e = new Error("User force closed the prompt with SIGINT");
  e.name = "ExitPromptError";
  return e;
}

export function scripted(script: Record<string, Reply[]>) {
  const asked: string[] = [];
  const messages: string[] = [];
  /** The default each prompt offered, in order (undefined: none). */
  const defaults: unknown[] = [];
  const queue = Object.fromEntries(Object.entries(script).map(([k, v]) => [k, [...v]]));
  function next<T>(id: string, message: string, fallback: T, offered?: unknown): T {
    asked.push(id);
    messages.push(message);
    defaults.push(offered);
    if (asked.filter((a) => a === id).length > 20) throw new Error(`question ${id} asked in a loop`);
    const reply = queue[id]?.shift();
    if (reply === CTRL_C) throw ctrlC();
    return (reply ?? fallback) as T;
  }
  const prompts: PromptApi = {
    input: async (o) => next(o.id, o.message, o.default ?? "", o.default),
    confirm: async (o) => next(o.id, o.message, o.default ?? false, o.default),
    select: async (o) => next(o.id, o.message, o.default ?? o.choices[0]?.value ?? "", o.default),
    checkbox: async (o) => next(o.id, o.message, o.choices.filter((c) => c.checked).map((c) => c.value)),
  };
  return { prompts, asked, messages, defaults, count: (id: string) => asked.filter((a) => a === id).length };
}

export function memoryDraftStore(): DraftStore & { draft: Draft | undefined } {
  const store = {
    draft: undefined as Draft | undefined,
    load: () => (store.draft ? structuredClone(store.draft) : undefined),
    save: (d: Draft) => {
      store.draft = structuredClone(d);
    },
    clear: () => {
      store.draft = undefined;
    },
  };
  return store;
}

/** The answers a shop owner must type (no default exists); everything else keeps its default. */
export const REQUIRED: Record<string, Reply[]> = {
  shopName: ["Atelier Lumière"],
  siret: ["123 456 789 00015"],
  street: ["12 rue des Lilas"],
  postalCode: ["69003"],
  city: ["Lyon"],
  email: ["bonjour@atelier-lumiere.fr"],
  // A phone (shop-phone, R111-1) and a withdrawal page open without login (online-function-access,
  // D221-5): the lawful path gives no warning.
  phone: ["04 78 00 00 01"],
  sectors: [["fashion"]],
  onlineFunctionUrl: ["https://atelier-lumiere.fr/retractation"],
  onlineFunctionGuestAccess: [true],
  mediatorName: ["Médiateur du e-commerce de la FEVAD"],
  mediatorWebsite: ["https://www.mediateurfevad.fr"],
  summary: [""],
};
