import slugify from "@sindresorhus/slugify";
import { join } from "node:path";
import type { Config } from "../config/schema.js";
import { frRuleset } from "../law/fr/index.js";
import { buildPolicy } from "../policy/model.js";
import { notoSansFonts } from "../io/fonts.js";
import { renderFiles, type Format, type RenderOptions } from "../render/policy-files.js";
import { writeShop } from "./write.js";

/** Folder name from the shop name: only [a-z0-9-], so it can never leave the output folder. */
export function shopSlug(name: string): string {
  return slugify(name, { lowercase: true }).slice(0, 80).replace(/-+$/u, "") || "boutique";
}

/** The shop's folder under --out: `output.slug` when given (checked by the schema), else from the name. */
export function outputSlug(config: Config): string {
  return config.output?.slug ?? shopSlug(config.shop.name);
}

/** A file written with the policy's files, last, from what they hold (the shop's manifest). */
export type ExtraFile = (files: readonly { name: string; content: string | Uint8Array }[]) => { name: string; content: string };

/**
 * Renders every format in memory first, then writes them all under `<outDir>/<shop-slug>/`
 * together (writeShop: the folder holds all the old files or all the new ones), `extra` last
 * in the same group. Returns the paths of the policy's files. The config must have passed the check.
 */
export async function writePolicy(config: Config, outDir: string, formats: readonly Format[], options: RenderOptions = {}, extra?: ExtraFile): Promise<string[]> {
  const policy = buildPolicy(config, frRuleset.version);
  const rendered = await renderFiles(policy, formats, { ...options, fontLoader: options.fontLoader ?? notoSansFonts });
  const dir = join(outDir, outputSlug(config));
  const files = rendered.map((file) => ({ path: join(dir, file.name), content: file.content }));
  const last = extra?.(rendered);
  const written = writeShop(dir, last ? [...files, { path: join(dir, last.name), content: last.content }] : files);
  return last ? written.slice(0, -1) : written;
}
