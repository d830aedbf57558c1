/**
 * `politique-retour status <files|dirs|globs> --out DIR`: the published policies that are not
 * current (missing, stale, orphaned) with the reason, one line each; exit 0 when all are
 * current, 1 otherwise. Reads the fingerprints only (src/batch/status.ts).
 */
import { resolve } from "node:path";
import { discover, problemMessage } from "../../batch/discover.js";
import { currentIdentity, type Identity, type Staleness } from "../../batch/fingerprint.js";
import { shopStatus, type ShopState } from "../../batch/status.js";
import type { Lang } from "../../text/findings.js";
import { t } from "../../text/i18n.js";
import type { Io } from "../context.js";
import { ExitError } from "../errors.js";
import { displayPath } from "../report-here.js";
import { parseFormats } from "./generate.js";
import { checkOutDir } from "../batch-options.js";

export interface StatusOptions {
  out: string;
  json?: boolean;
  format?: string;
}

function reasonText(lang: Lang, shop: ShopState): string {
  if (shop.state === "current") return t(lang, "cli.status.reason.current");
  if (shop.state === "orphaned") return t(lang, `cli.status.reason.${shop.why}`, { file: displayPath(shop.config) });
  if (shop.state === "missing" && !shop.why) return t(lang, "cli.status.reason.never");
  const why = shop.why as Staleness;
  const data: Record<string, string> = "file" in why ? { file: displayPath(why.file) } : { was: why.was, now: why.now };
  return t(lang, `cli.status.reason.${why.reason}`, data);
}

export async function statusCommand(inputs: string[], options: StatusOptions, lang: Lang, io: Io, identity: Identity = currentIdentity()): Promise<void> {
  // The renderers' list of formats is only loaded when formats are asked for.
  const formats = options.format === undefined ? undefined : (await import("./generate.js")).parseFormats(options.format, lang);
  const discovered = await discover(inputs);
  if ("problem" in discovered) {
    const [key, data] = problemMessage(discovered.problem);
    throw new ExitError(2, t(lang, key, data));
  }
  const outDir = resolve(options.out);
  checkOutDir(outDir, lang);
  const report = await shopStatus(discovered.found, outDir, identity, formats);
  const count = (state: ShopState["state"]) => report.shops.filter((s) => s.state === state).length;
  const summary = { current: count("current"), stale: count("stale"), missing: count("missing"), orphaned: count("orphaned") };

  if (options.json) {
    const shops = report.shops.map((s) => ({
      state: s.state,
      config: displayPath(s.config),
      folder: "folder" in s && s.folder !== undefined ? displayPath(s.folder) : null,
      reason: s.state === "current" ? null : s.state === "orphaned" ? s.why : (s.why?.reason ?? "never-generated"),
      ...(s.state !== "current" && s.state !== "orphaned" && s.why && "was" in s.why ? { was: s.why.was, now: s.why.now } : {}),
      ...(s.state !== "current" && s.state !== "orphaned" && s.why && "file" in s.why ? { file: displayPath(s.why.file) } : {}),
      message: reasonText(lang, s),
    }));
    io.out(`${JSON.stringify({ ruleset: identity.ruleset, tool: identity.tool, shops, summary }, null, 2)}\n`);
  } else {
    const label = (state: string) => t(lang, `cli.status.state.${state}`);
    const width = Math.max(...["missing", "stale", "orphaned"].map((s) => label(s).length));
    for (const s of report.shops) {
      if (s.state === "current") continue;
      const folder = "folder" in s && s.folder !== undefined ? displayPath(s.folder) : "—";
      io.out(`${label(s.state).padEnd(width)}  ${folder}  ${displayPath(s.config)}  ${reasonText(lang, s)}\n`);
    }
    io.out(`${t(lang, "cli.status.summary", summary)}\n`);
  }
  if (summary.stale + summary.missing + summary.orphaned > 0) throw new ExitError(1);
}
