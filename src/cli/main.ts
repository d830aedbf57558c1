/**
 * Entry point: the commander program, one file per command, and the only process.exit.
 * Heavy modules (renderers, PDF, wizard) are imported inside the actions that need them, so
 * `--help`, `--version` and `check` start fast; `--help` loads neither the templates nor every
 * message (test/batch-startup.test.ts).
 */
import { Argument, Command, CommanderError, Option } from "commander";
import { createRequire } from "node:module";
import type { Lang } from "../text/findings.js";
import { cliLocales } from "../generated/cli-locales.js";
import { detectLang, messages } from "../text/messages.js";
import { frenchTypography } from "../text/typography.js";
import { processIo, quietOnClosedPipes, type Io } from "../io/process-io.js";
import { terminalLine } from "../report/terminal.js";
import { ExitError } from "./errors.js";

const pkg = createRequire(import.meta.url)("../../package.json") as { version: string };

/**
 * Only the command line's own messages (help, usage errors: scripts/gen-assets.mjs), not all of
 * locales/: `--help` loads no more than it prints. Each command loads src/text/i18n.ts itself.
 */
const { t } = messages(cliLocales);

const COMMANDER_FR: [RegExp, string][] = [
  [/^unknown option '(.+)'$/u, "option inconnue '$1'"],
  [/^unknown command '(.+)'$/u, "commande inconnue '$1'"],
  [/^missing required argument '(.+)'$/u, "argument obligatoire manquant '$1'"],
  [/^option '(.+)' argument missing$/u, "l'option '$1' attend une valeur"],
  [/^option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/u, "valeur '$2' invalide pour '$1' ; valeurs possibles : $3"],
  [/^too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/u, "trop d'arguments pour '$1' : $2 attendu(s), $3 donné(s)."],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/u, "trop d'arguments : $1 attendu(s), $2 donné(s)."],
];

/** Commander's errors in the user's language; its suggestion `(Did you mean --format?)` too, on the same line. */
function translateCommander(lang: Lang, detail: string): string {
  const [first = "", ...rest] = detail.split("\n");
  const hint = rest.join(" ").match(/^\(Did you mean (?:one of )?(.+)\?\)$/u)?.[1];
  const suggestion = hint ? ` ${t(lang, "cli.help.didYouMean", { names: hint })}` : rest.length > 0 ? ` ${rest.join(" ")}` : "";
  let main = first;
  if (lang === "fr") for (const [pattern, french] of COMMANDER_FR) if (pattern.test(first)) main = first.replace(pattern, french);
  return `${lang === "fr" ? frenchTypography(main) : main}${suggestion}`;
}

/**
 * Commander's help in the user's language: section titles, `(default: …)`, `(choices: …)`, the
 * help command. Commander has no message catalogue: its Help class hooks are overridden here.
 */
function helpConfig(lang: Lang) {
  const h = (key: string, data?: Record<string, string>) => t(lang, `cli.help.${key}`, data);
  const titles: Record<string, string> = {
    "Usage:": h("titles.usage"),
    "Options:": h("titles.options"),
    "Commands:": h("titles.commands"),
    "Arguments:": h("titles.arguments"),
    "Global Options:": h("titles.globalOptions"),
  };
  const extra = (item: { argChoices?: readonly string[] | undefined; defaultValue?: unknown; defaultValueDescription?: string | undefined }, showDefault: boolean) => {
    const parts: string[] = [];
    if (item.argChoices) parts.push(h("choices", { values: item.argChoices.map((c) => JSON.stringify(c)).join(", ") }));
    if (showDefault && item.defaultValue !== undefined) parts.push(h("default", { value: item.defaultValueDescription ?? JSON.stringify(item.defaultValue) }));
    return parts.length > 0 ? ` (${parts.join(", ")})` : "";
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    styleUsage: (usage: string) => usage.replace("[command]", `[${h("commandWord")}]`),
    optionDescription: (option: Option) => `${option.description}${extra(option, option.required || option.optional)}`,
    argumentDescription: (argument: Argument) => `${argument.description}${extra(argument, true)}`,
  };
}

/** Commander's own errors ("error: unknown option") come out in the user's language. */
const output = (lang: Lang, io: Io) => ({
  writeOut: (s: string) => io.out(s),
  writeErr: (s: string) => io.err(s),
  outputError: (s: string, write: (s: string) => void) =>
    write(`${terminalLine(t(lang, "cli.errors.usage", { detail: translateCommander(lang, s.replace(/^error: /u, "").trim()) }))}\n`),
});

function buildProgram(lang: Lang, io: Io, env: NodeJS.ProcessEnv): Command {
  const h = (key: string) => t(lang, `cli.help.${key}`);
  const langOption = () => new Option("--lang <lang>", h("lang")).choices(["fr", "en"]);
  const program = new Command("politique-retour")
    .description(t(lang, "cli.description"))
    .version(pkg.version, "-V, --version", h("version"))
    .helpOption("-h, --help", h("helpOption"))
    .addOption(langOption())
    .showHelpAfterError(false)
    .showSuggestionAfterError(true)
    .helpCommand("help [command]", h("helpCommand"))
    .configureHelp(helpConfig(lang))
    .exitOverride()
    .configureOutput(output(lang, io));

  program
    .command("init")
    .description(h("init"))
    .argument("[file]", t(lang, "wizard.cli.file"))
    .option("--resume", t(lang, "wizard.cli.resume"))
    .option("--from <config>", t(lang, "wizard.cli.from"))
    .option("-o, --out <dir>", h("out"), "out")
    .addOption(langOption())
    .action(async (file: string | undefined, options) => {
      const { initCommand } = await import("./commands/init.js");
      await initCommand(file, options, lang, io);
    });

  program
    .command("generate")
    .description(h("generate"))
    .argument("<configs...>", t(lang, "cli.batch.help.inputs"))
    .option("-o, --out <dir>", h("out"), "out")
    .option("-f, --format <formats>", h("format"), "md,html,fragment,pdf,jsonld")
    .option("-j, --jobs <n>", t(lang, "cli.batch.help.jobs"))
    .option("--shard <i/n>", t(lang, "cli.batch.help.shard"))
    .option("--root <dir>", h("root"))
    .option("--fragment-heading <level>", h("fragmentHeading"))
    .option("--force", t(lang, "cli.batch.forceHelp"))
    .option("-q, --quiet", t(lang, "cli.batch.quietHelp"))
    .option("--json", h("json"))
    .addOption(langOption())
    .action(async (inputs: string[], options) => {
      const { generateCommand } = await import("./commands/generate.js");
      await generateCommand(inputs, options, lang, io, env);
    });

  program
    .command("status")
    .description(t(lang, "cli.status.help"))
    .argument("<configs...>", t(lang, "cli.batch.help.inputs"))
    .option("-o, --out <dir>", h("out"), "out")
    .option("-f, --format <formats>", t(lang, "cli.status.formatHelp"))
    .option("--json", h("json"))
    .addOption(langOption())
    .action(async (inputs: string[], options) => {
      const { statusCommand } = await import("./commands/status.js");
      await statusCommand(inputs, options, lang, io);
    });

  program
    .command("check")
    .description(h("check"))
    .argument("<configs...>", t(lang, "cli.batch.help.inputs"))
    .option("--json", h("json"))
    .option("--as-of <date>", h("asOf"))
    .option("--root <dir>", h("root"))
    .option("-q, --quiet", t(lang, "cli.batch.quietHelp"))
    .option("-j, --jobs <n>", t(lang, "cli.check.jobsHelp"))
    .addOption(langOption())
    .action(async (files: string[], options) => {
      const { checkCommand } = await import("./commands/check.js");
      await checkCommand(files, options, lang, io);
    });

  program
    .command("audit")
    .description(t(lang, "audit.help.command"))
    .argument("<files...>", t(lang, "audit.help.files"))
    .option("--json", h("json"))
    .option("--as-of <date>", t(lang, "audit.help.asOf"))
    .addOption(langOption())
    .action(async (files: string[], options) => {
      const { auditCommand } = await import("./commands/audit.js");
      await auditCommand(files, options, lang, io, new Date().toISOString().slice(0, 10));
    });

  program
    .command("rules")
    .description(h("rules"))
    .option("--json", h("json"))
    .addOption(langOption())
    .action(async (options) => {
      const { rulesCommand } = await import("./commands/rules.js");
      rulesCommand(options, lang, io);
    });

  program
    .command("schema")
    .description(h("schema"))
    .addOption(langOption())
    .action(async () => {
      const { schemaCommand } = await import("./commands/schema.js");
      schemaCommand(io);
    });

  for (const cmd of program.commands) {
    cmd.helpOption("-h, --help", h("helpOption")).configureHelp(helpConfig(lang)).exitOverride().configureOutput(output(lang, io));
  }
  return program;
}

/** Runs the CLI and returns the exit code; the shim (bin/) exits with it. */
export async function run(argv: readonly string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const lang = detectLang(argv, env);
  const program = buildProgram(lang, io, env);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof ExitError) {
      if (e.message) io.err(`${terminalLine(e.message)}\n`);
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      // Help and version end with exitCode 0; every other commander error is a usage error.
      if (e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      return 2;
    }
    io.err(`${terminalLine(t(lang, "cli.errors.internal", { detail: e instanceof Error ? e.message : String(e) }))}\n`);
    return 2;
  }
}

export async function main(argv: readonly string[]): Promise<void> {
  quietOnClosedPipes();
  process.exitCode = await run(argv);
}
