/**
 * What the launcher gives the child it starts from the snapshot (src/cli/launch.ts): glibc's
 * huge-page tunable merged into the user's GLIBC_TUNABLES, its start time and the code hash it
 * checked; and what the child does with that hash (src/batch/fingerprint.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentIdentity, outputCodeHash, useOutputCodeHash } from "../src/batch/fingerprint.js";
import { childEnv, childTunables, GO_FD, HUGE_MALLOC, runChild } from "../src/cli/launch.js";
import { tempDir } from "./helpers.js";

describe("GLIBC_TUNABLES of the child", () => {
  it("adds the huge-page tunable to what the user set, keeping their list", () => {
    expect(childTunables(undefined)).toBe(HUGE_MALLOC);
    expect(childTunables("")).toBe(HUGE_MALLOC);
    expect(childTunables("glibc.malloc.arena_max=2")).toBe(`glibc.malloc.arena_max=2:${HUGE_MALLOC}`);
    expect(childTunables("glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0")).toBe(`glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0:${HUGE_MALLOC}`);
  });

  it("leaves the user's own choice of huge pages for malloc alone", () => {
    expect(childTunables("glibc.malloc.hugetlb=0")).toBe("glibc.malloc.hugetlb=0");
    expect(childTunables("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2")).toBe("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2");
  });

  it("keeps the rest of the environment and adds the start time and the checked code", () => {
    const env = childEnv({ PATH: "/bin", LANG: "fr_FR.UTF-8" }, 1234.5, "c0de");
    expect(env).toEqual({ PATH: "/bin", LANG: "fr_FR.UTF-8", POLITIQUE_RETOUR_STARTED_AT: "1234.5", POLITIQUE_RETOUR_SNAPSHOT_CODE: "c0de", GLIBC_TUNABLES: HUGE_MALLOC });
  });
});

describe("the child the launcher starts", () => {
  const saved = process.env.GLIBC_TUNABLES;
  afterEach(() => {
    if (saved === undefined) delete process.env.GLIBC_TUNABLES;
    else process.env.GLIBC_TUNABLES = saved;
    process.exitCode = undefined;
  });

  it("gets the tunables and the code hash in its environment (a real process)", async () => {
    const file = join(tempDir(), "env.json");
    process.env.GLIBC_TUNABLES = "glibc.malloc.arena_max=2";
    // Stands in for the blob's child: says it started (descriptor 3), then records its environment.
    const script = `const fs = require("node:fs"); fs.writeSync(3, "1"); fs.writeFileSync(${JSON.stringify(file)}, JSON.stringify({ tunables: process.env.GLIBC_TUNABLES, code: process.env.POLITIQUE_RETOUR_SNAPSHOT_CODE }));`;
    let fellBack: string | undefined;
    const child = runChild({ execPath: process.execPath, args: ["-e", script], code: "c0de" }, (why) => (fellBack = why));
    child.go(true);
    await child.ended;
    expect(fellBack).toBeUndefined();
    expect(process.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ tunables: `glibc.malloc.arena_max=2:${HUGE_MALLOC}`, code: "c0de" });
  });

  it("with the tunable, node runs as before; a glibc that does not know a tunable ignores it", async () => {
    const file = join(tempDir(), "ran.txt");
    process.env.GLIBC_TUNABLES = "glibc.no.such_tunable=1";
    const script = `require("node:fs").writeSync(3, "1"); require("node:fs").writeFileSync(${JSON.stringify(file)}, "ran"); process.exitCode = 3;`;
    let fellBack: string | undefined;
    const child = runChild({ execPath: process.execPath, args: ["-e", script], code: "c0de" }, (why) => (fellBack = why));
    child.go(true);
    await child.ended;
    expect(fellBack).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe("ran");
    expect(process.exitCode).toBe(3); // the child's exit code is the command's
  });
});

describe("the child started before the launcher's last check", () => {
  // Stands in for the blob's child: runs only once told to go on descriptor 5 (GO_FD).
  const gated = (file: string) =>
    `const fs = require("node:fs"); const b = Buffer.alloc(1); if (fs.readSync(${GO_FD}, b, 0, 1, null) === 1 && b[0] === 0x31) { fs.writeSync(3, "1"); fs.writeFileSync(${JSON.stringify(file)}, "ran"); }`;

  it("runs the command once told to go", async () => {
    const file = join(tempDir(), "ran.txt");
    let fellBack: string | undefined;
    const child = runChild({ execPath: process.execPath, args: ["-e", gated(file)], code: "c0de" }, (why) => (fellBack = why));
    child.go(true);
    expect(await child.ended).toBe(true); // it ran the command: its exit code is the launcher's
    expect(fellBack).toBeUndefined();
    expect(existsSync(file)).toBe(true);
    process.exitCode = undefined;
  });

  it("does nothing when the launcher finds dist/ stale, and leaves the normal start to it (no fallback run twice)", async () => {
    const file = join(tempDir(), "ran.txt");
    let fellBack: string | undefined;
    const child = runChild({ execPath: process.execPath, args: ["-e", gated(file)], code: "c0de" }, (why) => (fellBack = why));
    child.go(false);
    expect(await child.ended).toBe(false);
    expect(fellBack).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(process.exitCode).toBeUndefined();
  });
});

describe("a child that ends before its code ran", () => {
  it("leaves the command to the normal start (fallback), and does not pass its exit code on", async () => {
    let fellBack: string | undefined;
    // As a blob that does not load: node says why on stderr (dropped) and ends with 14.
    const child = runChild({ execPath: process.execPath, args: ["-e", 'process.stderr.write("Failed to load the startup snapshot"); process.exit(14)'], code: "c0de" }, (why) => (fellBack = why));
    child.go(true);
    expect(await child.ended).toBe(false);
    expect(fellBack).toBe("exit 14");
    expect(process.exitCode).toBeUndefined();
  });
});

describe("the code hash of a shop's fingerprint", () => {
  afterEach(() => useOutputCodeHash(undefined));

  it("is the one the child was given when it has one, computed from the code otherwise", () => {
    const computed = outputCodeHash();
    const tool = currentIdentity().tool;
    useOutputCodeHash("a-hash-the-launcher-checked");
    expect(outputCodeHash()).toBe("a-hash-the-launcher-checked");
    expect(currentIdentity().tool).not.toBe(tool);
    useOutputCodeHash(undefined);
    expect(outputCodeHash()).toBe(computed);
    expect(currentIdentity().tool).toBe(tool);
  });
});
