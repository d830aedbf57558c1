/**
 * What made a shop's published files, kept beside them in `<out>/<shop>/.politique-retour.json`:
 * the config and every file it extends (content hashes), the ruleset version, the code that
 * rendered them, the formats, and a hash of each output file. `generate` skips a shop whose
 * fingerprint is unchanged and whose files are intact; `status` reads only these manifests.
 *
 * The manifest holds no time, so it is the same bytes from one run to the next. An output file
 * counts as intact when its size matches and it is not newer than the manifest (written last);
 * otherwise its content hash decides.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import v8 from "node:v8";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "../io/write.js";
import { CODE_ROOT, codeStamps, combineStamps, reachableStamps, sha256, type FileStamp } from "../io/code-hash.js";
import { RULESET_VERSION } from "../law/fr/version.js";

export const MANIFEST_NAME = ".politique-retour.json";
const toPosix = (p: string) => p.split(sep).join("/");
/** Bumped by any change to what a manifest holds or how it is judged: every shop is then redone. */
const MANIFEST_VERSION = 1;

/** What the tool is: changes to either make every shop stale. */
export interface Identity {
  /**
   * Package version and a short hash of the code that makes a shop's files (the modules reached
   * from src/batch/tasks.ts, templates and locales included) and of the pinned dependencies.
   */
  tool: string;
  ruleset: string;
}

let identity: Identity | undefined;
// Saved in the start-up snapshot, it would name the build that made the blob: computed again.
if (v8.startupSnapshot?.isBuildingSnapshot()) v8.startupSnapshot.addDeserializeCallback(() => (identity = undefined));

const codePath = (url: URL) => toPosix(relative(CODE_ROOT, fileURLToPath(url)));
/** The module whose imports make a shop's files (src/batch/tasks.ts), relative to CODE_ROOT. */
export const OUTPUT_ENTRIES = [codePath(new URL("./tasks.js", import.meta.url))];
/**
 * Not followed: this module (it reads and writes manifests; a change of their format bumps
 * MANIFEST_VERSION, which makes every shop stale on its own).
 */
export const OUTPUT_SKIP = [codePath(new URL("./fingerprint.js", import.meta.url))];

/**
 * Hash of the code that makes a shop's files, when it is known without reading dist/: set by
 * the child started from the snapshot once the launcher has checked that dist/ is the code the
 * blob was made from (scripts/snapshot-entry.mjs). Reading the stamps took that child ~20 ms.
 */
let knownOutputCode: string | undefined;
export function useOutputCodeHash(hash: string | undefined): void {
  knownOutputCode = hash;
  identity = undefined;
}

/**
 * The code that makes a shop's files: the units of work of a batch (check, render, write)
 * and what they import. Not the commands, the launcher, `status` or the progress bar.
 */
export function outputCodeHash(): string {
  if (knownOutputCode !== undefined) return knownOutputCode;
  // The snapshot's manifest holds each code file's stamp: only files changed since are read.
  let previous: FileStamp[] = [];
  try {
    previous = (JSON.parse(readFileSync(join(CODE_ROOT, "snapshot", "manifest.json"), "utf8")) as { stamps?: FileStamp[] }).stamps ?? [];
  } catch {
    // No snapshot: every file is read.
  }
  const stamps = codeStamps(CODE_ROOT, Array.isArray(previous) ? previous : []);
  return combineStamps(reachableStamps(stamps, OUTPUT_ENTRIES, OUTPUT_SKIP));
}

/** This build's identity, computed once a process (a few milliseconds: the code is hashed). */
export function currentIdentity(): Identity {
  if (!identity) {
    const pkg = createRequire(import.meta.url)("../../package.json") as { version: string; dependencies?: unknown };
    // Pinned dependencies (pdfkit, fonts…) shape the output too.
    const code = sha256(`${outputCodeHash()}\n${JSON.stringify(pkg.dependencies ?? {})}`).slice(0, 12);
    identity = { tool: `${pkg.version}+${code}`, ruleset: RULESET_VERSION };
  }
  return identity;
}

export interface Source {
  /** Absolute path of the config (first) or of a file it extends. */
  file: string;
  sha256: string;
}

/** What a render is asked to record once the files are written. */
export interface Fingerprint {
  identity: Identity;
  formats: string[];
  /** The config first, then its bases, most derived first. */
  sources: Source[];
}

export interface ShopManifest {
  version: number;
  tool: string;
  ruleset: string;
  formats: string[];
  /** Paths relative to the output folder given to `--out`, with "/". */
  sources: { path: string; sha256: string }[];
  outputs: { name: string; size: number; sha256: string }[];
}

/** A manifest found in `<out>/<slug>/`, with its sources as absolute paths. */
export interface FoundManifest {
  slug: string;
  dir: string;
  manifest: ShopManifest;
  /** Absolute paths, the config first. */
  sources: string[];
  mtimeMs: number;
}

export const textHash = (text: string) => sha256(text);

/**
 * The manifest of a shop from the files about to be written (names and contents), as the last
 * file of the shop's atomic group (src/cli/write-policy.ts): a run stopped before it is renamed
 * into place leaves the old files with their old manifest, or no manifest, never a mix.
 */
export function manifestFile(outDir: string, files: readonly { name: string; content: string | Uint8Array }[], fingerprint: Fingerprint): { name: string; content: string } {
  const manifest: ShopManifest = {
    version: MANIFEST_VERSION,
    tool: fingerprint.identity.tool,
    ruleset: fingerprint.identity.ruleset,
    formats: fingerprint.formats,
    sources: fingerprint.sources.map((s) => ({ path: toPosix(relative(outDir, s.file)), sha256: s.sha256 })),
    outputs: files
      .map(({ name, content }) => {
        const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
        return { name: basename(name), size: bytes.length, sha256: sha256(bytes) };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
  return { name: MANIFEST_NAME, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

function parseManifest(text: string): ShopManifest | undefined {
  try {
    const m = JSON.parse(text) as ShopManifest;
    const ok =
      m.version === MANIFEST_VERSION && typeof m.tool === "string" && typeof m.ruleset === "string" &&
      Array.isArray(m.formats) && Array.isArray(m.sources) && m.sources.length > 0 && Array.isArray(m.outputs) &&
      m.sources.every((s) => typeof s?.path === "string" && typeof s.sha256 === "string") &&
      m.outputs.every((o) => typeof o?.name === "string" && typeof o.size === "number" && typeof o.sha256 === "string" && basename(o.name) === o.name);
    return ok ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Every readable manifest under `<outDir>/*`; a damaged one counts as none (the shop is redone). */
export function readManifests(outDir: string): FoundManifest[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return [];
  }
  const found: FoundManifest[] = [];
  for (const slug of names.sort()) {
    if (slug.startsWith(".")) continue;
    const dir = join(outDir, slug);
    const path = join(dir, MANIFEST_NAME);
    let text: string;
    let mtimeMs: number;
    try {
      text = readFileSync(path, "utf8");
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      continue;
    }
    const manifest = parseManifest(text);
    if (!manifest) continue;
    const sources = manifest.sources.map((s) => (isAbsolute(s.path) ? s.path : resolve(outDir, s.path)));
    found.push({ slug, dir, manifest, sources, mtimeMs });
  }
  return found;
}

/** Why a shop's files are not current; undefined when they are. */
export type Staleness =
  | { reason: "tool"; was: string; now: string }
  | { reason: "ruleset"; was: string; now: string }
  | { reason: "formats"; was: string; now: string }
  | { reason: "config-changed"; file: string }
  | { reason: "base-changed"; file: string }
  | { reason: "source-missing"; file: string }
  | { reason: "output-missing"; file: string }
  | { reason: "output-changed"; file: string };

/** Reads and hashes files, each once per run (a base shared by 300 clients is read once). */
export class SourceHashes {
  private readonly cache = new Map<string, string | null>();
  get(file: string): string | null {
    let hash = this.cache.get(file);
    if (hash === undefined) {
      try {
        hash = textHash(readFileSync(file, "utf8"));
      } catch {
        hash = null;
      }
      this.cache.set(file, hash);
    }
    return hash;
  }
}

/** Are the files of this shop what this build would write from these sources, formats and ruleset? */
export function staleness(
  found: FoundManifest,
  identity: Identity,
  formats: readonly string[] | undefined,
  hashes: SourceHashes,
): Staleness | undefined {
  const { manifest } = found;
  if (manifest.ruleset !== identity.ruleset) return { reason: "ruleset", was: manifest.ruleset, now: identity.ruleset };
  if (manifest.tool !== identity.tool) return { reason: "tool", was: manifest.tool, now: identity.tool };
  if (formats) {
    const want = [...formats].sort().join(",");
    if (manifest.formats.join(",") !== want) return { reason: "formats", was: manifest.formats.join(","), now: want };
  }
  for (const [i, file] of found.sources.entries()) {
    const hash = hashes.get(file);
    if (hash === null) return { reason: "source-missing", file };
    if (hash !== manifest.sources[i]?.sha256) return { reason: i === 0 ? "config-changed" : "base-changed", file };
  }
  for (const output of manifest.outputs) {
    const path = join(found.dir, output.name);
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(path));
    } catch {
      return { reason: "output-missing", file: path };
    }
    if (size !== output.size) return { reason: "output-changed", file: path };
    // Not touched since the manifest was written: no need to read it.
    if (mtimeMs <= found.mtimeMs) continue;
    if (sha256(readFileSync(path)) !== output.sha256) return { reason: "output-changed", file: path };
  }
  return undefined;
}

/**
 * The found configs whose shop's files are current (same sources, ruleset, code and formats,
 * files intact), each with its current manifest: `generate` neither checks nor renders them.
 */
export function currentShops(files: readonly string[], outDir: string, formats: readonly string[], identity: Identity): Map<string, FoundManifest> {
  const current = new Map<string, FoundManifest>();
  const manifests = byConfig(readManifests(outDir));
  if (manifests.size === 0) return current;
  const hashes = new SourceHashes();
  for (const file of files) {
    const found = manifests.get(file)?.find((m) => staleness(m, identity, formats, hashes) === undefined);
    if (found) current.set(file, found);
  }
  return current;
}

/** Manifests by the absolute path of their config (several when a shop was renamed). */
export function byConfig(manifests: readonly FoundManifest[]): Map<string, FoundManifest[]> {
  const map = new Map<string, FoundManifest[]>();
  for (const m of manifests) {
    const config = m.sources[0] as string;
    map.set(config, [...(map.get(config) ?? []), m]);
  }
  return map;
}
