/**
 * `politique-retour init [file]`: the wizard in a terminal. Asks (src/wizard), writes the YAML
 * atomically, checks it back like `check` does, then offers to render the policy.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { checkLoaded } from "../../check.js";
import { loadConfig } from "../../config/load.js";
import type { Lang } from "../../findings.js";
import { t } from "../../i18n.js";
import { FORMATS, type Format } from "../../render/policy-files.js";
import { runWizard, WizardCancelled, type Draft, type DraftStore } from "../../wizard/driver.js";
import { isCtrlC, type PromptApi } from "../../wizard/prompts.js";
import { configToYaml } from "../../wizard/yaml-out.js";
import type { Io } from "../context.js";
import { ExitError } from "../errors.js";
import { terminalLine } from "../process-io.js";
import { readConfigFile, writeAtomic } from "../io.js";
import { displayPath, formatFinding } from "../report.js";
import { writePolicy } from "../write-policy.js";

export const DEFAULT_FILE = "politique-retour.yaml";

export interface InitOptions {
  resume?: boolean;
  from?: string;
  out?: string;
}

/** What tests replace: the prompts, whether there is a terminal, and today's date. */
export interface InitDeps {
  prompts?: PromptApi;
  isTTY?: boolean;
  today?: string;
}

/** `.politique-retour-draft.yaml` beside the default file, `.politique-retour-draft-<name>.yaml` beside others (both git-ignored). */
export function draftPath(target: string): string {
  const name = basename(target).replace(/\.ya?ml$/iu, "");
  return join(dirname(target), name === "politique-retour" ? ".politique-retour-draft.yaml" : `.politique-retour-draft-${name}.yaml`);
}

export function fileDraftStore(path: string): DraftStore {
  return {
    load() {
      if (!existsSync(path)) return undefined;
      try {
        const data = parse(readFileSync(path, "utf8")) as Partial<Draft> | null;
        return data && typeof data.answers === "object" && data.answers !== null ? (data as Draft) : undefined;
      } catch {
        return undefined; // A draft damaged by hand is not worth stopping for: start afresh.
      }
    },
    save: (draft) => writeAtomic(path, stringify(draft)),
    clear: () => rmSync(path, { force: true }),
  };
}

const today = () => new Date().toISOString().slice(0, 10);
const version = () => (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;

export async function initCommand(file: string | undefined, options: InitOptions, lang: Lang, io: Io, deps: InitDeps = {}): Promise<void> {
  const isTTY = deps.isTTY ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
  if (!isTTY) throw new ExitError(2, t(lang, "wizard.noTty"));

  const shownFile = file ?? DEFAULT_FILE;
  let target = resolve(shownFile);
  const base = options.from ? loadBase(options.from, lang) : undefined;
  const prompts = deps.prompts ?? (await import("../../wizard/inquirer.js")).inquirerPrompts(lang);
  const draft = draftPath(target);
  const draftStore = fileDraftStore(draft);
  // Values quoted in a message (file names…) show their control characters as escapes.
  const say = (key: string, data: Record<string, string | number> = {}) =>
    io.out(`${t(lang, `wizard.${key}`, Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === "string" ? terminalLine(v) : v])))}\n`);

  let result;
  try {
    result = await runWizard({
      prompts,
      out: io.out,
      draftStore,
      lang,
      today: deps.today ?? today(),
      ...(base ? { base } : {}),
      ...(options.resume ? { resume: true } : {}),
    });
  } catch (e) {
    if (!(e instanceof WizardCancelled)) throw e;
    if (!e.saved) throw new ExitError(130);
    const command = `politique-retour init${file ? ` ${file}` : ""} --resume${lang === "en" ? " --lang en" : ""}`;
    throw new ExitError(130, t(lang, "wizard.cancelled", { draft: displayPath(draft), command }));
  }

  try {
    // Never replace a file silently, except the one being edited.
    while (existsSync(target) && !(base && options.from && resolve(options.from) === target)) {
      if (await prompts.confirm({ id: "overwrite", message: t(lang, "wizard.overwrite", { path: displayPath(target) }), default: false })) break;
      target = resolve(await prompts.input({ id: "otherFile", message: t(lang, "wizard.otherFile"), default: relative(process.cwd(), target) }));
    }
    const yaml = configToYaml(result.input, { lang, version: version(), file: displayPath(target) });
    writeAtomic(target, yaml);
    draftStore.clear();
    say("written", { path: displayPath(target) });

    // Read back exactly as `check` would: what the owner gets is what was judged.
    const checked = checkLoaded(loadConfig(target, readConfigFile, lang, displayPath(target)), { lang });
    for (const f of checked.findings) io.err(`${formatFinding(f, target)}\n`);
    if (!checked.ok || !checked.config) throw new ExitError(1);

    if (!(await prompts.confirm({ id: "render", message: t(lang, "wizard.render"), default: true }))) {
      say("renderLater", { file: displayPath(target) });
      return;
    }
    const formats = (await prompts.checkbox({
      id: "formats",
      message: t(lang, "wizard.formats"),
      choices: FORMATS.map((f) => ({ value: f, name: f, checked: true })),
    })) as Format[];
    if (formats.length === 0) {
      say("renderLater", { file: displayPath(target) });
      return;
    }
    const written = await writePolicy(checked.config, resolve(options.out ?? "out"), formats);
    say("rendered");
    for (const path of written) io.out(`  ${terminalLine(displayPath(path))}\n`);
  } catch (e) {
    // The YAML is written (or the draft still holds everything): a Ctrl-C here loses nothing.
    if (isCtrlC(e)) throw new ExitError(130);
    throw e;
  }
}

/** `init --from`: the existing config (with its `extends` merged in) becomes the starting point. */
function loadBase(from: string, lang: Lang): Record<string, unknown> {
  const loaded = loadConfig(resolve(from), readConfigFile, lang, from);
  if (!loaded.data) {
    const first = loaded.findings[0];
    throw new ExitError(2, t(lang, "wizard.fromUnreadable", { file: from, detail: first?.message ?? "" }));
  }
  return loaded.data;
}
