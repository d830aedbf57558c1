import { resolve } from "node:path";
import { discover, problemMessage } from "../../batch/discover.js";
import { parseShard, type Shard } from "../../batch/plan.js";
import { displayFor, makeReporter, summaryText } from "../../batch/progress.js";
import type { Identity } from "../../batch/fingerprint.js";
import { Interrupted, runBatch } from "../../batch/run.js";
import type { Lang } from "../../text/findings.js";
import { t } from "../../text/i18n.js";
import { RULESET_VERSION } from "../../law/fr/version.js";
import { FORMATS, type Format } from "../../render/formats.js";
import type { FragmentHeading } from "../../render/html.js";
import { ExitError } from "../errors.js";
import { parseRoot, type Io } from "../context.js";
import { removeTempFiles } from "../../io/write.js";
import { jsonText } from "../../report/terminal.js";
import { displayPath, jsonFile } from "../report-here.js";
import { checkOutDir, parseJobs } from "../batch-options.js";

export { checkOutDir, parseJobs };

const STOP_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** How long two deliveries of one signal count as one: a Ctrl-C reaches both the launcher (src/cli/launch.ts) and its child. */
export const SIGNAL_ECHO_MS = 250;

export interface GenerateOptions {
  out: string;
  format: string;
  json?: boolean;
  jobs?: string;
  shard?: string;
  root?: string;
  fragmentHeading?: string;
  force?: boolean;
  quiet?: boolean;
}

/**
 * Seconds since the command was started: the process's own start, or the launcher's when this
 * process was started from the snapshot (src/cli/launch.ts passes its start time on).
 */
export function wallSeconds(env: NodeJS.ProcessEnv): number {
  const now = performance.timeOrigin + performance.now();
  const launched = Number(env.POLITIQUE_RETOUR_STARTED_AT);
  const origin = Number.isFinite(launched) && launched > 0 && launched <= now && now - launched < 86_400_000 ? launched : performance.timeOrigin;
  return (now - origin) / 1000;
}

/** `--fragment-heading`: 1 to 5, or none. */
export function parseFragmentHeading(value: string | undefined, lang: Lang): FragmentHeading | undefined {
  if (value === undefined) return undefined;
  if (value === "none") return "none";
  if (/^[1-5]$/u.test(value)) return Number(value) as FragmentHeading;
  throw new ExitError(2, t(lang, "cli.errors.badFragmentHeading", { value }));
}

export function parseFormats(value: string, lang: Lang): Format[] {
  const wanted = value
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of wanted) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new ExitError(2, t(lang, "cli.errors.unknownFormat", { format: f, formats: FORMATS.join(", ") }));
    }
  }
  // `--format ''` or `--format ,,,` asks for nothing: a usage error, not a run that writes nothing.
  if (wanted.length === 0) throw new ExitError(2, t(lang, "cli.errors.noFormat", { formats: FORMATS.join(", ") }));
  return [...new Set(wanted)] as Format[];
}

function parseShardOption(value: string | undefined, lang: Lang): Shard | undefined {
  if (value === undefined) return undefined;
  const shard = parseShard(value);
  if (!shard) throw new ExitError(2, t(lang, "cli.batch.badShard", { value }));
  return shard;
}

/**
 * Every config found in files, folders and globs: checked and rendered in a worker pool, each
 * reported on its own; exit 1 when any failed, after all the others were rendered.
 */
export async function generateCommand(
  inputs: string[],
  options: GenerateOptions,
  lang: Lang,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
  identity?: Identity,
): Promise<void> {
  const formats = parseFormats(options.format, lang);
  const shard = parseShardOption(options.shard, lang);
  const fragmentHeading = parseFragmentHeading(options.fragmentHeading, lang);
  if (options.jobs !== undefined) parseJobs(options.jobs, 0, lang); // a bad value is a usage error before any work
  const root = parseRoot(options.root, lang);
  const discovered = await discover(inputs);
  if ("problem" in discovered) {
    const [key, data] = problemMessage(discovered.problem);
    throw new ExitError(2, t(lang, key, data));
  }
  const jobs = parseJobs(options.jobs, discovered.found.files.length, lang);
  for (const link of discovered.found.outside) io.err(`${t(lang, "cli.batch.linkOutside", { path: displayPath(link) })}\n`);
  const outDir = resolve(options.out);
  checkOutDir(outDir, lang);

  const { bar, color } = displayFor(process.stderr, env);
  const quiet = options.quiet === true;
  const listWritten = !options.json && !quiet && (!bar || !process.stdout.isTTY);
  const reporter = await makeReporter({ lang, cwd: process.cwd(), err: io.err, out: io.out, bar, color, listWritten, quiet });
  // Ctrl-C: start nothing new, stop the workers, remove our temp files. Every policy file is
  // written to a temp file and renamed, so what is left on disk is complete (old or new).
  const abort = new AbortController();
  let interruptedAt = 0;
  const onInterrupt = (signal: NodeJS.Signals) => {
    if (!interruptedAt) {
      interruptedAt = performance.now();
      abort.abort();
      return;
    }
    // Started from the snapshot (src/cli/launch.ts), one Ctrl-C arrives twice: from the terminal
    // and passed on by the parent. A second one later stops at once, as without a handler.
    if (performance.now() - interruptedAt < SIGNAL_ECHO_MS) return;
    for (const s of STOP_SIGNALS) process.removeListener(s, onInterrupt);
    process.kill(process.pid, signal);
  };
  // SIGHUP too: a closed terminal or SSH session stops the run cleanly instead of killing it.
  for (const s of STOP_SIGNALS) process.on(s, onInterrupt);
  let report;
  try {
    const force = options.force === true;
    report = await runBatch({ found: discovered.found, outDir, formats, jobs, shard, lang, cwd: process.cwd(), signal: abort.signal, force, ...(identity ? { identity } : {}), ...(root ? { root } : {}), ...(fragmentHeading ? { render: { fragmentHeading } } : {}) }, reporter);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    reporter.stop();
    removeTempFiles(outDir);
    throw new ExitError(130, t(lang, "cli.batch.interrupted"));
  } finally {
    reporter.stop();
    for (const s of STOP_SIGNALS) process.removeListener(s, onInterrupt);
  }
  const seconds = wallSeconds(env);
  if (report.diskFull) io.err(`${t(lang, "cli.batch.diskFull", { count: report.diskFull.notStarted })}\n`);
  io.err(`${summaryText(report, seconds, lang, color)}\n`);

  if (options.json) {
    const rendered = report.files.filter((f) => f.result.ok);
    const json = {
      ruleset: RULESET_VERSION,
      files: report.files.map((f) => ({ ...jsonFile(f.result), written: f.written.map(displayPath) })),
      skipped: report.skipped.map(displayPath),
      unchanged: report.unchanged.map(displayPath),
      summary: {
        configs: report.files.length,
        rendered: rendered.length,
        withWarnings: rendered.filter((f) => f.result.findings.length > 0).length,
        failed: report.files.length - rendered.length,
        skipped: report.skipped.length,
        unchanged: report.unchanged.length,
        shard: shard ? `${shard.index}/${shard.count}` : null,
        jobs: report.jobs,
        seconds: Math.round(seconds * 1000) / 1000,
      },
    };
    io.out(jsonText(json));
  }
  if (report.files.some((f) => !f.result.ok)) throw new ExitError(1);
}
