/**
 * Run before every test file. Test files share their worker's modules (vitest.config.ts:
 * `isolate: false`), so what must happen once per file is registered here, not at a module's
 * first import.
 */
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers.js";

afterAll(removeTempDirs);
