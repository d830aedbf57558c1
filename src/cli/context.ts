import { statSync } from "node:fs";
import { resolve } from "node:path";
import { FIRST_YEAR, isCalendarDate, isIsoShape, LAST_YEAR } from "../config/dates.js";
import type { Lang } from "../text/findings.js";
import { t } from "../text/i18n.js";
import { ExitError } from "./errors.js";

export { processIo, type Io } from "../io/process-io.js";

/** `--root`: a folder that exists, or a usage error. */
export function parseRoot(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  let isDir = false;
  try {
    isDir = statSync(value).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new ExitError(2, t(lang, "cli.errors.badRoot", { value }));
  return resolve(value);
}

export function parseAsOf(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoShape(value)) throw new ExitError(2, t(lang, "cli.errors.badDate", { value }));
  if (!isCalendarDate(value)) throw new ExitError(2, t(lang, "cli.errors.badCalendarDate", { value, first: FIRST_YEAR, last: LAST_YEAR }));
  return value;
}
