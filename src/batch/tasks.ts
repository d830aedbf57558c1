/**
 * The two units of work of a batch, run in a worker thread or inline (`--jobs 1`): the same
 * functions either way, so the output does not depend on the number of jobs. Inputs and results
 * are plain data, because they cross threads by structured clone.
 */
import { checkLoaded, type CheckResult } from "../law/check.js";
import { loadConfig, locate, type Located } from "../config/load.js";
import type { Config } from "../config/schema.js";
import type { Lang } from "../text/findings.js";
import type { Format, RenderOptions } from "../render/policy-files.js";
import { parsedBases, readConfigFile, rootFor } from "../io/read-config.js";
import { outputSlug, writePolicy } from "../io/write-policy.js";
import { manifestFile, textHash, type Fingerprint, type Source } from "./fingerprint.js";

export interface InspectTask {
  kind: "inspect";
  file: string;
  lang: Lang;
  /** `--root`, absolute; without it, see rootFor. */
  root?: string;
  /** The folder given on the command line where the file was found. */
  walkedFrom?: string;
}

export interface Inspected {
  result: CheckResult;
  /** Files this config extends, directly or not: they are bases, not shops of their own. */
  bases: string[];
  /** Output folder name, when the config passed the check. */
  slug?: string;
  /** Where the folder's name comes from (`output.slug`, else `shop.name`) and where it was written, to point at it when two shops share a folder. */
  nameAt?: Located;
  namePath?: "output.slug" | "shop.name";
  /** The config and the files it extends, with content hashes (for the shop's fingerprint). */
  sources?: Source[];
}

export interface RenderTask {
  kind: "render";
  config: Config;
  outDir: string;
  formats: Format[];
  /** plain data (it crosses threads): writePolicy gives the renderer its fonts */
  options?: Omit<RenderOptions, "fontLoader">;
  /** Recorded beside the files once they are written (incremental generation). */
  fingerprint?: Fingerprint;
}

/** `error`: the file system refused (EACCES, ENOSPC…); `crash`: a bug in politique-retour. */
export type Rendered = { written: string[] } | { error: { path: string; code: string; unchanged: boolean } } | { crash: string };

export type Task = InspectTask | RenderTask;

export function inspect({ file, lang, root, walkedFrom }: InspectTask): Inspected {
  const loaded = loadConfig(file, readConfigFile, lang, file, { root: rootFor(file, root, walkedFrom), bases: parsedBases });
  // A policy written now obeys the law of now: judged at the later of today and effectiveDate.
  const result = checkLoaded(loaded, { lang, today: new Date().toISOString().slice(0, 10) });
  const bases = loaded.sources.slice(1).map((s) => s.real ?? s.file);
  if (!result.ok || !result.config) return { result, bases };
  const namePath = result.config.output?.slug ? "output.slug" : "shop.name";
  const nameAt = locate(loaded.sources, namePath === "output.slug" ? ["output", "slug"] : ["shop", "name"]);
  const sources = loaded.sources.map((s) => ({ file: s.file, sha256: textHash(s.text) }));
  return { result, bases, slug: outputSlug(result.config), sources, namePath, ...(nameAt ? { nameAt } : {}) };
}

export async function render({ config, outDir, formats, options, fingerprint }: RenderTask): Promise<Rendered> {
  try {
    // The manifest is written with the files, last: the folder holds the old files and their
    // manifest or the new ones and theirs.
    const written = await writePolicy(config, outDir, formats, options, fingerprint && ((files) => manifestFile(outDir, files, fingerprint)));
    return { written };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code !== "string") return { crash: err instanceof Error ? err.message : String(e) };
    return { error: { path: err.path ?? outDir, code: err.code, unchanged: (err as { unchanged?: unknown }).unchanged === true } };
  }
}
