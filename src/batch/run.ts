/**
 * A whole batch: check every found config in the pool, plan (bases, slug collisions, shard),
 * render this shard's valid configs in the pool. One failing config never stops the others.
 * Reports reach `events.file` in discovery order whatever the order the workers finish in, so
 * logs are the same from one run to the next.
 */
import { join } from "node:path";
import { removeDeadTempFiles, writeErrorReason } from "../io/write.js";
import type { CheckResult } from "../law/check.js";
import { displayPath } from "../report/report.js";
import { hasErrors, type Finding, type Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import type { Format, RenderOptions } from "../render/policy-files.js";
import type { Discovered } from "./discover.js";
import { currentIdentity, currentShops, type Identity, type Source } from "./fingerprint.js";
import { makePlan, type Shard } from "./plan.js";
import { makeRunner } from "./pool.js";
import type { Inspected } from "./tasks.js";

export interface BatchOptions {
  /** Ctrl-C: no new config is started, the workers are stopped. */
  signal?: AbortSignal;
  found: Discovered;
  outDir: string;
  formats: Format[];
  /** options of the renderers (fragment heading level…) */
  render?: Omit<RenderOptions, "fontLoader">;
  jobs: number;
  shard: Shard | undefined;
  lang: Lang;
  /** The working folder: paths in messages are shown relative to it. */
  cwd: string;
  /** `--root`: the folder `extends` may not leave (absolute). */
  root?: string;
  /** Redo every shop, even those whose files are current. */
  force?: boolean;
  /** The build's identity (tests pass another ruleset version or tool). */
  identity?: Identity;
}

export interface FileReport {
  result: CheckResult;
  /** Paths written for this config (none when it failed). */
  written: string[];
  /** Not rendered because an earlier write found the disk full. */
  notStarted?: boolean;
}

export interface BatchEvents {
  /** A phase starts, with its number of steps. */
  phase(name: "check" | "render", total: number): void;
  step(): void;
  file(report: FileReport): void;
}

export interface BatchReport {
  files: FileReport[];
  skipped: string[];
  /** Configs whose files were already current: not checked again, their files not touched. */
  unchanged: string[];
  /** Threads the configs were checked and rendered in (1 when the worker pool could not start). */
  jobs: number;
  /** The disk filled up: the renders stopped, `notStarted` configs were left for the next run. */
  diskFull?: { notStarted: number };
}

/** A config that could not go through: its result gains one error finding at the top of the file. */
function failed(result: CheckResult, rule: string, message: string): FileReport {
  const finding: Finding = { code: "IO", rule, severity: "error", path: "", file: result.file, line: 1, column: 1, message };
  return { result: { ...result, ok: false, findings: [finding, ...result.findings] }, written: [] };
}

const crashMessage = (lang: Lang, e: unknown) => t(lang, "cli.errors.internal", { detail: e instanceof Error ? e.message : String(e) });

/** Calls `emit` in index order as results arrive in any order. */
function inOrder<T>(emit: (item: T) => void): (index: number, item: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, item) => {
    waiting.set(index, item);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      emit(ready);
    }
  };
}

/**
 * Runs `fn` over every item with at most `limit` calls in flight. Without the limit, a thousand
 * renders would start at once and hold a thousand documents in memory before any is written.
 */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      // In this thread a render never waits on the event loop, so without this turn a Ctrl-C
      // would only be seen once every config is done.
      await new Promise((turn) => setImmediate(turn));
      if (signal?.aborted || next >= items.length) return;
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** The run was stopped (Ctrl-C): files already written are complete, the rest were not started. */
export class Interrupted extends Error {
  override name = "Interrupted";
}

/**
 * Found configs whose shop's files are current: same sources (content hashes), ruleset, code and
 * formats, files intact. Their slug and bases come from the manifest, so they are not checked.
 */
function findUnchanged(files: readonly string[], outDir: string, formats: readonly string[], identity: Identity): Map<string, Inspected> {
  const unchanged = new Map<string, Inspected>();
  for (const [file, current] of currentShops(files, outDir, formats, identity)) {
    const result: CheckResult = { file, config: undefined, findings: [], ok: true, asOf: undefined, rulesetVersion: identity.ruleset };
    unchanged.set(file, { result, bases: current.sources.slice(1), slug: current.slug });
  }
  return unchanged;
}

export async function runBatch(options: BatchOptions, events: BatchEvents): Promise<BatchReport> {
  const { found, outDir, formats, lang } = options;
  const identity = options.identity ?? currentIdentity();
  const unchanged = options.force ? new Map<string, Inspected>() : findUnchanged(found.files, outDir, formats, identity);
  const toCheck = found.files.filter((f) => !unchanged.has(f));
  const jobs = Math.max(1, Math.min(options.jobs, toCheck.length));
  const runner = await makeRunner(jobs, toCheck.length);
  try {
    const rootOptions = (file: string) => {
      const walkedFrom = found.walkedFrom?.get(file);
      return { ...(options.root ? { root: options.root } : {}), ...(walkedFrom ? { walkedFrom } : {}) };
    };
    events.phase("check", toCheck.length);
    const inspected = new Map<string, Inspected>(unchanged);
    // Two tasks per worker in flight (one in this thread): see Runner.inFlight.
    const { inFlight } = runner;
    const inspectAll = (files: readonly string[]) =>
      eachLimited(files, inFlight, async (file) => {
        // A bug on one config (a worker that throws) fails that config only.
        const crashed = (e: unknown): Inspected => {
          const blank: CheckResult = { file, config: undefined, findings: [], ok: false, asOf: undefined, rulesetVersion: "" };
          return { result: failed(blank, "internal", crashMessage(lang, e)).result, bases: [] };
        };
        inspected.set(file, await runner.inspect({ kind: "inspect", file, lang, ...rootOptions(file) }).catch(crashed));
        events.step();
      }, options.signal);
    await inspectAll(toCheck);
    if (options.signal?.aborted) throw new Interrupted();

    let plan = makePlan(found, inspected, options.shard, lang, options.cwd);
    // A current shop whose folder a changed config now claims is checked again, so that the
    // collision is reported where the shop's name is written.
    const recheck = [...plan.collisions.keys()].filter((f) => unchanged.delete(f));
    if (recheck.length > 0) {
      await inspectAll(recheck);
      if (options.signal?.aborted) throw new Interrupted();
      plan = makePlan(found, inspected, options.shard, lang, options.cwd);
    }
    const sources = new Map<string, Source[]>();
    const results = plan.slice.map((file): CheckResult => {
      const { result, sources: hashed } = inspected.get(file) as Inspected;
      if (hashed) sources.set(file, hashed);
      const extra = plan.collisions.get(file) ?? [];
      const findings = [...extra, ...result.findings];
      return { ...result, findings, ok: !hasErrors(findings) };
    });
    inspected.clear();

    const reports: FileReport[] = [];
    const current: string[] = [];
    const emit = inOrder<FileReport | string>((report) => {
      if (typeof report === "string") return void current.push(report);
      // The report outlives the run (JSON, summary); the config is not needed any more.
      reports.push({ ...report, result: { ...report.result, config: undefined } });
      // Configs not started because the disk is full are counted, not listed one by one.
      if (!report.notStarted) events.file(report);
    });
    events.phase("render", results.filter((r) => r.ok && !unchanged.has(r.file)).length);
    // A full disk stops the renders (every next one would fail the same way), like Ctrl-C.
    const stop = new AbortController();
    options.signal?.addEventListener("abort", () => stop.abort(), { once: true });
    let diskFull = false;
    const done = new Set<number>();
    await eachLimited(results, inFlight, async (result, i) => {
      done.add(i);
      const kept = unchanged.get(result.file);
      if (kept) {
        // Its files are not touched, but temp files of a run killed there are still cleared.
        if (kept.slug) removeDeadTempFiles(join(outDir, kept.slug));
        return emit(i, result.file);
      }
      if (!result.ok || !result.config) return emit(i, { result, written: [] });
      const hashed = sources.get(result.file);
      const fingerprint = hashed ? { identity, formats: [...formats].sort(), sources: hashed } : undefined;
      const task = { kind: "render" as const, config: result.config, outDir, formats, ...(options.render ? { options: options.render } : {}), ...(fingerprint ? { fingerprint } : {}) };
      const rendered = await runner.render(task).catch((e: unknown) => ({ crash: e instanceof Error ? e.message : String(e) }));
      events.step();
      if ("written" in rendered) return emit(i, { result, written: rendered.written });
      if ("crash" in rendered) return emit(i, failed(result, "internal", crashMessage(lang, rendered.crash)));
      const why = writeErrorReason(rendered.error);
      if (why === "full") {
        diskFull = true;
        stop.abort();
      }
      const reason = t(lang, `cli.errors.writeReason.${why}`, { detail: rendered.error.code });
      const detail = { path: displayPath(rendered.error.path, options.cwd), detail: reason };
      // writeShop puts every old file back when any write fails: say so, it is true.
      const message = `${t(lang, "cli.errors.write", detail)}${rendered.error.unchanged ? `. ${t(lang, "cli.errors.shopUnchanged")}` : ""}`;
      emit(i, failed(result, "output/write", message));
    }, stop.signal);
    if (options.signal?.aborted) throw new Interrupted();
    let notStarted = 0;
    if (diskFull) {
      results.forEach((result, i) => {
        if (done.has(i)) return;
        notStarted++;
        emit(i, { ...failed(result, "output/disk-full", t(lang, "cli.batch.notStarted")), notStarted: true });
      });
    }
    return { files: reports, skipped: plan.skipped, unchanged: current, jobs: runner.threads(), ...(diskFull ? { diskFull: { notStarted } } : {}) };
  } finally {
    await runner.close();
  }
}
