import slugify from "@sindresorhus/slugify";
import { join } from "node:path";
import type { Config } from "../config/schema.js";
import { frRuleset } from "../law/fr/index.js";
import { buildPolicy } from "../policy/model.js";
import { renderFiles, type Format } from "../render/policy-files.js";
import { writeAtomic } from "./io.js";

/** Folder name from the shop name: only [a-z0-9-], so it can never leave the output folder. */
export function shopSlug(name: string): string {
  return slugify(name, { lowercase: true }).slice(0, 80).replace(/-+$/u, "") || "boutique";
}

/** The shop's folder under --out: `output.slug` when given (checked by the schema), else from the name. */
export function outputSlug(config: Config): string {
  return config.output?.slug ?? shopSlug(config.shop.name);
}

/**
 * Renders every format in memory first, then writes each file atomically under
 * `<outDir>/<shop-slug>/`. Returns the paths written. The config must have passed the check.
 */
export async function writePolicy(config: Config, outDir: string, formats: readonly Format[]): Promise<string[]> {
  const policy = buildPolicy(config, frRuleset.version);
  const rendered = await renderFiles(policy, formats);
  const dir = join(outDir, outputSlug(config));
  return rendered.map((file) => {
    const path = join(dir, file.name);
    writeAtomic(path, file.content);
    return path;
  });
}
