/**
 * The hash the launcher compares with the snapshot's manifest (src/io/code-hash.ts): every code
 * file below the root but the snapshot's own folders, and the recorded hash reused only while
 * the same files are there with the same size and mtime.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeFiles, codeHash, codeHashSince, codeStamps, combineStamps } from "../src/io/code-hash.js";
import { tempDir } from "./helpers.js";

function tree(): string {
  const root = tempDir();
  for (const dir of ["cli", "render/pdf", "snapshot", "snapshot-bundle", "generated"]) mkdirSync(join(root, dir), { recursive: true });
  const files: Record<string, string> = {
    "cli/main.js": 'import "./launch.js";\n',
    "cli/launch.js": "export const x = 1;\n",
    "cli/main.d.ts": "export {};\n",
    "render/pdf/index.js": "export const y = 2;\n",
    "render/pdf/notes.txt": "not code\n",
    "generated/assets.js": "export const z = 3;\n",
    "snapshot/manifest.json": "{}\n",
    "snapshot-bundle/entry.cjs": "module.exports = 1;\n",
    "index.mjs": "export {};\n",
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

describe("code files and their hash", () => {
  it("lists every code file in every folder, sorted, without declarations, other files or the snapshot's folders", () => {
    expect(codeFiles(tree())).toEqual(["cli/launch.js", "cli/main.js", "generated/assets.js", "index.mjs", "render/pdf/index.js"]);
  });

  it("gives the recorded hash while nothing changed, without reading a file", () => {
    const root = tree();
    const stamps = codeStamps(root);
    // A recorded hash that no file could give: returned as is, so nothing was hashed.
    expect(codeHashSince(root, stamps, "recorded")).toBe("recorded");
  });

  it("hashes again when a file changed, was added or was removed", () => {
    const root = tree();
    const stamps = codeStamps(root);
    const hash = combineStamps(stamps);

    writeFileSync(join(root, "render/pdf/index.js"), "export const y = 3;\n");
    expect(codeHashSince(root, stamps, hash)).toBe(codeHash(root));
    expect(codeHash(root)).not.toBe(hash);

    const root2 = tree();
    const stamps2 = codeStamps(root2);
    writeFileSync(join(root2, "cli/extra.js"), "export {};\n");
    expect(codeHashSince(root2, stamps2, "recorded")).toBe(codeHash(root2));

    const root3 = tree();
    const stamps3 = codeStamps(root3);
    rmSync(join(root3, "cli/launch.js"));
    expect(codeHashSince(root3, stamps3, "recorded")).toBe(codeHash(root3));
  });

  it("reads a file touched with the same content again, and finds the same hash", () => {
    const root = tree();
    const stamps = codeStamps(root);
    const hash = combineStamps(stamps);
    utimesSync(join(root, "cli/main.js"), new Date("2030-01-01"), new Date("2030-01-01"));
    expect(codeHashSince(root, stamps, "recorded")).toBe(hash);
  });
});
