/**
 * `politique-retour init [file]`: the wizard in a terminal. Asks (src/wizard), writes the YAML
 * atomically, checks it back like `check` does, then offers to render the policy.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse, stringify } from "yaml";
import { checkLoaded } from "../../check.js";
import { loadConfig } from "../../config/load.js";
import type { Lang } from "../../findings.js";
import { t } from "../../i18n.js";
import { FILE_NAMES, FORMATS, type Format } from "../../render/policy-files.js";
import { DraftSaveError, DraftSetAside, runWizard, WizardCancelled, type DraftStore } from "../../wizard/driver.js";
import { isCtrlC, type PromptApi } from "../../wizard/prompts.js";
import { configToYaml } from "../../wizard/yaml-out.js";
import type { Io } from "../context.js";
import { ExitError } from "../errors.js";
import { readConfigFile, writeAtomic, writeErrorReason } from "../io.js";
import { displayPath, formatFinding } from "../report.js";
import { shopSlug, writePolicy } from "../write-policy.js";

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
  /** How the draft is written (tests pass one that fails like a full disk). */
  writeDraft?: (path: string, content: string) => void;
}

/** `.politique-retour-draft.yaml` beside the default file, `.politique-retour-draft-<name>.yaml` beside others (both git-ignored). */
export function draftPath(target: string): string {
  const name = basename(target).replace(/\.ya?ml$/iu, "");
  return join(dirname(target), name === "politique-retour" ? ".politique-retour-draft.yaml" : `.politique-retour-draft-${name}.yaml`);
}

/** `.politique-retour-draft.yaml` → `.politique-retour-draft.corrupt-1.yaml` (the first free number). */
export function setAsidePath(draft: string): string {
  const stem = draft.replace(/\.yaml$/u, "");
  for (let n = 1; ; n++) {
    const candidate = `${stem}.corrupt-${n}.yaml`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * The draft on disk. One that cannot be read (damaged by hand, cut short) is renamed aside, never
 * overwritten by the next answer: the owner may still want what is in it.
 */
export function fileDraftStore(path: string, write: (path: string, content: string) => void = writeAtomic): DraftStore {
  const setAside = (): never => {
    const keptAs = setAsidePath(path);
    renameSync(path, keptAs);
    throw new DraftSetAside(displayPath(keptAs));
  };
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        return setAside();
      }
      let data: unknown;
      try {
        data = parse(text, { maxAliasCount: 0 });
      } catch {
        return setAside();
      }
      const answers = (data as { answers?: unknown } | null)?.answers;
      if (data === null || typeof data !== "object" || answers === null || typeof answers !== "object" || Array.isArray(answers)) return setAside();
      return data;
    },
    save(draft) {
      try {
        write(path, stringify(draft));
      } catch (e) {
        throw new DraftSaveError(writeErrorReason(e), e instanceof Error ? e.message : String(e));
      }
    },
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
  const draftStore = fileDraftStore(draft, deps.writeDraft);
  const say = (key: string, data?: Record<string, string | number>) => io.out(`${t(lang, `wizard.${key}`, data)}\n`);

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
    if (e.lostReason) throw new ExitError(130, t(lang, "wizard.cancelledLost", { reason: t(lang, `cli.errors.writeReason.${e.lostReason}`, { detail: "" }) }));
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
    try {
      writeAtomic(target, yaml);
    } catch (e) {
      const reason = t(lang, `cli.errors.writeReason.${writeErrorReason(e)}`, { detail: e instanceof Error ? e.message : String(e) });
      const data = { path: displayPath(target), reason, draft: displayPath(draft) };
      throw new ExitError(1, t(lang, existsSync(draft) ? "wizard.writeFailed" : "wizard.writeFailedNoDraft", data));
    }
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
    const outDir = resolve(options.out ?? "out");
    // A policy already in the shop's folder (an earlier run, an edit by hand) is replaced only if the owner says so.
    const shopDir = join(outDir, shopSlug(checked.config.shop.name));
    const existing = formats.map((f) => FILE_NAMES[f]).filter((name) => existsSync(join(shopDir, name)));
    if (existing.length > 0 && !(await prompts.confirm({ id: "replacePolicy", message: t(lang, "wizard.replacePolicy", { dir: displayPath(shopDir), files: existing.join(", ") }), default: false }))) {
      say("keptPolicy", { dir: displayPath(shopDir), command: `politique-retour generate ${displayPath(target)} --out ${lang === "en" ? "other-folder" : "autre-dossier"}` });
      return;
    }
    let written: string[];
    try {
      written = await writePolicy(checked.config, outDir, formats);
    } catch (e) {
      if (isCtrlC(e)) throw e;
      const reason = t(lang, `cli.errors.writeReason.${writeErrorReason(e)}`, { detail: e instanceof Error ? e.message : String(e) });
      throw new ExitError(1, t(lang, "wizard.writeFailedNoDraft", { path: displayPath(shopDir), reason }));
    }
    say("rendered");
    for (const path of written) io.out(`  ${displayPath(path)}\n`);
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
