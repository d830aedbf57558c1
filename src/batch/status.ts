/**
 * `status`: which published policies are current, stale, missing or orphaned, from the
 * fingerprints alone (src/batch/fingerprint.ts). Configs are read and hashed, never checked;
 * only a config without any published files is parsed, to tell a base from a shop.
 */
import { existsSync } from "node:fs";
import type { Discovered } from "./discover.js";
import { byConfig, readManifests, SourceHashes, staleness, type FoundManifest, type Identity, type Staleness } from "./fingerprint.js";

export type ShopState =
  | { state: "current"; config: string; folder: string }
  | { state: "stale"; config: string; folder: string; why: Staleness }
  /** Never generated, or one of its files deleted (`why`). */
  | { state: "missing"; config: string; folder?: string; why?: Staleness }
  | { state: "orphaned"; config: string; folder: string; why: "config-gone" | "moved" };

export interface StatusReport {
  shops: ShopState[];
  /** Found files that only serve as bases. */
  bases: string[];
}

export async function shopStatus(found: Discovered, outDir: string, identity: Identity, formats: readonly string[] | undefined): Promise<StatusReport> {
  const manifests = readManifests(outDir);
  const byFile = byConfig(manifests);
  const hashes = new SourceHashes();
  const bases = new Set(manifests.flatMap((m) => m.sources.slice(1)));
  const foundSet = new Set(found.files);
  const shops: ShopState[] = [];

  // Configs without published files: parsed (not checked) to learn what they extend.
  const unpublished = found.files.filter((f) => !byFile.has(f));
  // The YAML reader is loaded only when some config has no published files.
  if (unpublished.length > 0) {
    const { loadConfig } = await import("../config/load.js");
    const { readConfigFile } = await import("../io/read-config.js");
    for (const file of unpublished) {
      for (const s of loadConfig(file, readConfigFile).sources.slice(1)) bases.add(s.file);
    }
  }

  for (const file of found.files) {
    const mine = byFile.get(file);
    if (!mine) {
      if (!bases.has(file) || found.explicit.has(file)) shops.push({ state: "missing", config: file });
      continue;
    }
    const judged = mine.map((m) => ({ m, why: staleness(m, identity, formats, hashes) }));
    const current = judged.find((j) => j.why === undefined);
    for (const { m, why } of judged) {
      if (current && m !== current.m) shops.push({ state: "orphaned", config: file, folder: m.dir, why: "moved" });
      else if (why?.reason === "output-missing") shops.push({ state: "missing", config: file, folder: m.dir, why });
      else if (why) shops.push({ state: "stale", config: file, folder: m.dir, why });
      else shops.push({ state: "current", config: file, folder: m.dir });
    }
  }
  // Published shops whose config is gone. A config that exists but was not named is not judged.
  const gone = manifests.filter((m: FoundManifest) => !foundSet.has(m.sources[0] as string) && !existsSync(m.sources[0] as string));
  for (const m of gone) shops.push({ state: "orphaned", config: m.sources[0] as string, folder: m.dir, why: "config-gone" });
  return { shops, bases: found.files.filter((f) => bases.has(f) && !found.explicit.has(f) && !byFile.has(f)) };
}
