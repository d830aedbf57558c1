/**
 * Pure decisions of a batch, once every found file is loaded and checked: which files are only
 * bases, which shops would write to the same folder, and which configs fall in this shard.
 * Made over the whole found set, so every shard of a CI matrix takes the same decisions.
 */
import { displayPath } from "../report/report.js";
import type { Finding, Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import type { Discovered } from "./discover.js";
import type { Inspected } from "./tasks.js";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface Plan {
  /** Found through a folder or glob and extended by another found config: a base, not a shop. */
  skipped: string[];
  /** The configs of this shard, in the discovery order. */
  slice: string[];
  /** Errors added to a config whose output folder another config also claims. */
  collisions: Map<string, Finding[]>;
}

/** "I/N" with 1 ≤ I ≤ N, or undefined when the text is not that. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/u.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

/** By index modulo N over the sorted list: shards are disjoint, cover the set, differ by one at most. */
export function inShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard ? items.filter((_, i) => i % shard.count === shard.index - 1) : [...items];
}

/** `cwd`: the working folder the colliding files are named relative to. */
export function makePlan(found: Discovered, inspected: ReadonlyMap<string, Inspected>, shard: Shard | undefined, lang: Lang, cwd: string): Plan {
  const extended = new Set([...inspected.values()].flatMap((i) => i.bases));
  // Bases are known by real path: a base reached through a symlink is still the same file.
  const isSkipped = (f: string) => extended.has(found.real?.get(f) ?? f) && !found.explicit.has(f);
  const configs = found.files.filter((f) => !isSkipped(f));

  const bySlug = new Map<string, string[]>();
  for (const file of configs) {
    const slug = inspected.get(file)?.slug;
    if (slug !== undefined) bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  }
  const collisions = new Map<string, Finding[]>();
  for (const [slug, files] of bySlug) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file).map((f) => displayPath(f, cwd));
      const { nameAt: at, namePath = "shop.name" } = inspected.get(file) ?? {};
      collisions.set(file, [
        {
          code: "OUTPUT",
          rule: "output/slug-collision",
          severity: "error",
          path: namePath,
          file: at?.file ?? file,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          message: t(lang, "cli.batch.slugCollision", { slug, others: others.join(", ") }),
        },
      ]);
    }
  }
  return { skipped: found.files.filter(isSkipped), slice: inShard(configs, shard), collisions };
}
