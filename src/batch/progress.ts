/**
 * What a batch shows while it runs, on stderr: a progress bar on a terminal (findings printed
 * once it is done, so they do not tear the bar), plain ordered lines in CI and in pipes.
 */
import type { Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import { terminalLine } from "../report/terminal.js";
import { displayPath, printFindings, summaryLine } from "../report/report.js";
import type { BatchEvents, BatchReport, FileReport } from "./run.js";

export interface Display {
  lang: Lang;
  /** The working folder: paths are shown relative to it. */
  cwd: string;
  err: (text: string) => void;
  out: (text: string) => void;
  /** Draw a bar (stderr is a terminal, not CI). */
  bar: boolean;
  /** Print each written path on stdout (not with --json). */
  listWritten: boolean;
  color: boolean;
  /** Only problems and the summary: no phases, no "conforme" lines, no written paths. */
  quiet?: boolean;
}

export interface Reporter extends BatchEvents {
  stop(): void;
}

/** A bar only for a person at a terminal: CI logs and pipes get lines, NO_COLOR gets no colour. */
export function displayFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): { bar: boolean; color: boolean } {
  const terminal = Boolean(stream.isTTY) && !env.CI && env.TERM !== "dumb";
  return { bar: terminal, color: terminal && env.NO_COLOR === undefined };
}

function fileLines(report: FileReport, lang: Lang, cwd: string, quiet = false): string[] {
  const lines: string[] = [];
  printFindings(report.result, (line) => lines.push(line), cwd);
  if (!quiet || report.result.findings.length > 0) lines.push(summaryLine(report.result, lang, cwd));
  return lines;
}

export async function makeReporter(display: Display): Promise<Reporter> {
  const { lang, err, out, cwd } = display;
  const listWritten = (report: FileReport) => {
    if (display.listWritten) for (const path of report.written) out(`${terminalLine(t(lang, "cli.summary.written", { path: displayPath(path, cwd) }))}\n`);
  };
  const quiet = display.quiet === true;
  if (!display.bar || quiet) {
    return {
      phase: (name, total) => {
        if (!quiet) err(`${t(lang, `cli.batch.phase.${name}`, { count: total })}\n`);
      },
      step: () => {},
      file: (report) => {
        for (const line of fileLines(report, lang, cwd, quiet)) err(`${line}\n`);
        listWritten(report);
      },
      stop: () => {},
    };
  }
  const { SingleBar } = (await import("cli-progress")).default;
  const bar = new SingleBar({
    stream: process.stderr,
    // Percentage, count and time left (cli-progress estimates it from the recent pace).
    format: ` {bar} {percentage} %  {value}/{total}  {phase}  ${t(lang, "cli.batch.bar.left")} {eta_formatted}`,
    etaBuffer: 50,
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  const later: string[] = [];
  let started = false;
  return {
    phase: (name, total) => {
      const phase = t(lang, `cli.batch.bar.${name}`);
      if (!started) {
        bar.start(total, 0, { phase });
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(0, { phase });
    },
    step: () => bar.increment(),
    file: (report) => {
      if (report.result.findings.length > 0) later.push(...fileLines(report, lang, cwd));
      listWritten(report);
    },
    stop: () => {
      bar.stop();
      for (const line of later) err(`${line}\n`);
    },
  };
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[39m` : text);

export function summaryText(report: BatchReport, seconds: number, lang: Lang, color: boolean): string {
  const rendered = report.files.filter((f) => f.result.ok).length;
  const warned = report.files.filter((f) => f.result.ok && f.result.findings.length > 0).length;
  const failed = report.files.length - rendered;
  const time = lang === "fr" ? seconds.toFixed(2).replace(".", ",") : seconds.toFixed(2);
  const parts = [
    paint(color && rendered > 0, 32, t(lang, "cli.batch.rendered", { count: rendered })),
    t(lang, "cli.batch.warned", { count: warned }),
    paint(color && failed > 0, 31, t(lang, "cli.batch.failed", { count: failed })),
  ];
  if (report.unchanged.length > 0) parts.push(t(lang, "cli.batch.unchanged", { count: report.unchanged.length }));
  if (report.skipped.length > 0) parts.push(t(lang, "cli.batch.skipped", { count: report.skipped.length }));
  return t(lang, "cli.batch.summary", { parts: parts.join(", "), seconds: time, jobs: report.jobs });
}
