/**
 * `politique-retour init [file]`: the wizard in a terminal. Asks (src/wizard), writes the YAML
 * atomically, checks it back like `check` does, then offers to render the policy.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { checkLoaded } from "../../law/check.js";
import { loadConfig } from "../../config/load.js";
import type { Lang } from "../../text/findings.js";
import { t } from "../../text/i18n.js";
import { FILE_NAMES, FORMATS, type Format } from "../../render/policy-files.js";
import { KIT_FILES } from "../../render/withdrawal-kit.js";
import { currentSelfCommand } from "../self-command.js";
import { DraftSaveError, DraftSetAside, runWizard, WizardCancelled, type DraftStore } from "../../wizard/driver.js";
import { isCtrlC, type PromptApi } from "../../wizard/prompts.js";
import { configToYaml } from "../../wizard/yaml-out.js";
import type { Io } from "../context.js";
import { ExitError } from "../errors.js";
import { terminalLine } from "../../report/terminal.js";
import { readConfigFile } from "../../io/read-config.js";
import { writeAtomic, writeErrorReason } from "../../io/write.js";
import { displayPath, formatFinding } from "../report-here.js";
import { shopSlug, writePolicy } from "../../io/write-policy.js";

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
  /** How to write this tool's command (`npx politique-retour`, `politique-retour`, `node bin/…`). */
  self?: string;
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
/**
 * The `$schema` for the written YAML: the installed package's schema.json by relative path, so
 * editors validate offline; undefined when the package sits in a temporary npx cache.
 */
function schemaRef(target: string): string | undefined {
  const schema = fileURLToPath(new URL("../../../schema.json", import.meta.url));
  if (!existsSync(schema) || schema.split(sep).includes("_npx")) return undefined;
  const rel = relative(dirname(target), schema).split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

const version = () => (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;

export async function initCommand(file: string | undefined, options: InitOptions, lang: Lang, io: Io, deps: InitDeps = {}): Promise<void> {
  const isTTY = deps.isTTY ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
  // Every command printed runs the way this one was launched (npx, global, local, checkout).
  const self = deps.self ?? (await currentSelfCommand());
  if (!isTTY) throw new ExitError(2, t(lang, "wizard.noTty", { command: self }));

  const shownFile = file ?? DEFAULT_FILE;
  let target = resolve(shownFile);
  const base = options.from ? loadBase(options.from, lang) : undefined;
  const prompts = deps.prompts ?? (await import("../../wizard/inquirer.js")).inquirerPrompts(lang);
  const draft = draftPath(target);
  const draftStore = fileDraftStore(draft, deps.writeDraft);
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
    if (e.lostReason) throw new ExitError(130, t(lang, "wizard.cancelledLost", { reason: t(lang, `cli.errors.writeReason.${e.lostReason}`, { detail: "" }) }));
    if (!e.saved) throw new ExitError(130);
    const command = `${self} init${file ? ` ${file}` : ""} --resume${lang === "en" ? " --lang en" : ""}`;
    throw new ExitError(130, t(lang, "wizard.cancelled", { draft: displayPath(draft), command }));
  }

  try {
    // Never replace a file silently, except the one being edited.
    while (existsSync(target) && !(base && options.from && resolve(options.from) === target)) {
      if (await prompts.confirm({ id: "overwrite", message: t(lang, "wizard.overwrite", { path: displayPath(target) }), default: false })) break;
      target = resolve(await prompts.input({ id: "otherFile", message: t(lang, "wizard.otherFile"), default: relative(process.cwd(), target) }));
    }
    const yaml = configToYaml(result.input, { lang, version: version(), file: displayPath(target), command: self, schema: schemaRef(target) });
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

    const later = { file: displayPath(target), command: self };
    if (!(await prompts.confirm({ id: "render", message: t(lang, "wizard.render"), default: true }))) {
      say("renderLater", later);
      return;
    }
    // Formats named by what the owner does with them; the kit is ticked when the owner asked for it.
    const offered: Format[] = ["html", "fragment", "pdf", "md", "jsonld", "withdrawal-kit"].filter((f): f is Format => (FORMATS as readonly string[]).includes(f));
    const formats = (await prompts.checkbox({
      id: "formats",
      message: t(lang, "wizard.formats"),
      choices: offered.map((f) => ({ value: f, name: t(lang, `wizard.format.${f}`), checked: f === "withdrawal-kit" ? result.kit : true })),
    })) as Format[];
    if (formats.length === 0) {
      say("renderLater", later);
      return;
    }
    const outDir = resolve(options.out ?? "out");
    // A policy already in the shop's folder (an earlier run, an edit by hand) is replaced only if the owner says so.
    const shopDir = join(outDir, shopSlug(checked.config.shop.name));
    const existing = formats.map((f) => FILE_NAMES[f]).filter((name) => existsSync(join(shopDir, name)));
    if (existing.length > 0 && !(await prompts.confirm({ id: "replacePolicy", message: t(lang, "wizard.replacePolicy", { dir: displayPath(shopDir), files: existing.join(", ") }), default: false }))) {
      say("keptPolicy", { dir: displayPath(shopDir), command: `${self} generate ${displayPath(target)} --out ${lang === "en" ? "other-folder" : "autre-dossier"}` });
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
    // What to do next, per format: where each file goes.
    say("rendered", { dir: displayPath(shopDir) });
    const at = (name: string) => displayPath(written.find((w) => basename(w) === name) ?? join(shopDir, name));
    for (const f of offered.filter((x) => formats.includes(x))) {
      const file = f === "withdrawal-kit" ? at(KIT_FILES.checklist) : at(FILE_NAMES[f]);
      io.out(`\n  • ${t(lang, `wizard.format.${f}`)} : ${terminalLine(file)}\n    ${terminalLine(t(lang, `wizard.next.${f}`, { file }))}\n`);
    }
    io.out(`\n${terminalLine(t(lang, "wizard.next.update", { file: displayPath(target), command: self }))}\n`);
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
