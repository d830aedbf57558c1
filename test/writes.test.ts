/**
 * A shop's folder is always entirely old or entirely new: all formats are written to temp files
 * and renamed together, with the old files put back when anything fails; temp files of dead runs
 * are removed on the next run; a full disk is one message and leaves no empty folder. `generate`
 * runs through run() in this process; the runs that die are real processes.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { removeDeadTempFiles, STALE_TEMP_MS, writeShop, type ShopFs } from "../src/io/write.js";
import { MANIFEST_NAME } from "../src/batch/fingerprint.js";

/** The policy files of a shop folder, sorted (the incremental manifest beside them left out). */
const policyFiles = (dir: string) => readdirSync(dir).filter((n) => n !== MANIFEST_NAME).sort();
import { EXAMPLE, exampleText, tempDir, tree } from "./helpers.js";
import { runHere } from "./in-process.js";


const SHOP = "atelier-lumiere";
const NAMES = ["politique-retour.fragment.html", "politique-retour.html", "politique-retour.jsonld", "politique-retour.md", "politique-retour.pdf"];

/** The example with another effective date: every format differs from the example's. */
function configOn(dir: string, date: string): string {
  const file = join(dir, `config-${date}.yaml`);
  writeFileSync(file, exampleText.replace(/effectiveDate: .*/u, `effectiveDate: ${date}`));
  return file;
}

describe("one shop, all formats together", () => {
  it("a folder in place of the PDF: no file of the shop is replaced, and the message says so", async () => {
    const dir = tempDir();
    const out = join(dir, "out");
    expect((await runHere(["generate", configOn(dir, "2026-12-01"), "--out", out])).code).toBe(0);
    const old = tree(join(out, SHOP));
    rmSync(join(out, SHOP, "politique-retour.pdf"));
    mkdirSync(join(out, SHOP, "politique-retour.pdf"));
    const r = await runHere(["generate", configOn(dir, "2026-12-15"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("politique-retour.pdf\u202f: un dossier (ou autre chose qu’un fichier) occupe déjà la place de ce fichier");
    expect(r.stderr).toContain("occupe déjà la place de ce fichier. Aucun fichier de cette boutique n’a été remplacé ni ajouté\u202f: son dossier est tel qu’avant.");
    expect(r.stderr).toContain("rien n’a été généré");
    const after = tree(join(out, SHOP));
    for (const name of NAMES.filter((n) => !n.endsWith(".pdf"))) expect(after.get(name)?.equals(old.get(name) as Buffer), name).toBe(true);
    expect(policyFiles(join(out, SHOP))).toEqual(NAMES);
  });

  it("a rename that fails half-way puts the old files back and removes the new ones that had no old version", () => {
    const dir = join(tempDir(), "shop");
    mkdirSync(dir);
    writeFileSync(join(dir, "politique-retour.md"), "old md");
    writeFileSync(join(dir, "politique-retour.html"), "old html");
    let renames = 0;
    const fs: ShopFs = {
      writeFile: (p, c) => writeFileSync(p, c, { flag: "wx" }),
      link: (a, b) => execFileSync("ln", [a, b]),
      rename: (a, b) => {
        if (++renames === 3) throw Object.assign(new Error("EIO: i/o error"), { code: "EIO", path: b });
        execFileSync("mv", ["-f", a, b]);
      },
    };
    const files = ["md", "html", "jsonld", "pdf"].map((ext) => ({ path: join(dir, `politique-retour.${ext}`), content: `new ${ext}` }));
    expect(() => writeShop(dir, files, fs)).toThrow(expect.objectContaining({ code: "EIO", unchanged: true }));
    expect(readdirSync(dir).sort()).toEqual(["politique-retour.html", "politique-retour.md"]);
    expect(readFileSync(join(dir, "politique-retour.md"), "utf8")).toBe("old md");
    expect(readFileSync(join(dir, "politique-retour.html"), "utf8")).toBe("old html");
  });

  it("ENOSPC on a new shop (injected at the write): the error is thrown, no temp file and no empty folder is left", () => {
    const out = join(tempDir(), "out");
    const dir = join(out, SHOP);
    let writes = 0;
    const fs: ShopFs = {
      writeFile: (p, c) => {
        if (++writes === 2) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC", path: p });
        writeFileSync(p, c, { flag: "wx" });
      },
      link: () => {},
      rename: () => {},
    };
    expect(() => writeShop(dir, [{ path: join(dir, "a.md"), content: "a" }, { path: join(dir, "b.md"), content: "b" }], fs)).toThrow(expect.objectContaining({ code: "ENOSPC" }));
    expect(existsSync(out)).toBe(false);
  });
});

describe("temp files of dead runs", () => {
  /** A process that writes a temp file of its own into `dir`, then is killed with `signal`. */
  async function killedWriter(dir: string, signal: NodeJS.Signals): Promise<string> {
    const script = `const fs=require("fs");fs.writeFileSync(require("path").join(${JSON.stringify(dir)},".politique-retour.pdf.tmp-"+process.pid+"-0badc0de"),"half");console.log("written");setInterval(()=>{},1000);`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "ignore"] });
    await new Promise<void>((ready) => child.stdout.once("data", () => ready()));
    const ended = new Promise((done) => child.once("exit", done));
    child.kill(signal);
    await ended;
    return `.politique-retour.pdf.tmp-${child.pid}-0badc0de`;
  }

  it("the next generate removes the temp files of runs killed by SIGKILL or SIGHUP, and keeps those of a live run", async () => {
    const dir = tempDir();
    const out = join(dir, "out");
    expect((await runHere(["generate", EXAMPLE, "--out", out])).code).toBe(0);
    const shop = join(out, SHOP);
    const killed = [await killedWriter(shop, "SIGKILL"), await killedWriter(shop, "SIGHUP")];
    const live = `.politique-retour.md.tmp-${process.pid}-12345678`;
    const ancient = `.politique-retour.html.tmp-${process.pid}-87654321`;
    writeFileSync(join(shop, live), "in progress");
    writeFileSync(join(shop, ancient), "forgotten");
    const past = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(join(shop, ancient), past, past);
    for (const name of [...killed, live, ancient]) expect(existsSync(join(shop, name)), name).toBe(true);
    expect((await runHere(["generate", EXAMPLE, "--out", out])).code).toBe(0);
    const hidden = readdirSync(shop).filter((n) => n.startsWith(".") && n !== MANIFEST_NAME);
    expect(hidden).toEqual([live]);
  });

  it("removeDeadTempFiles leaves other hidden files alone", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".gitkeep"), "");
    writeFileSync(join(dir, ".politique-retour.md.tmp-999999999-00000000"), "");
    expect(removeDeadTempFiles(dir)).toEqual([join(dir, ".politique-retour.md.tmp-999999999-00000000")]);
    expect(readdirSync(dir)).toEqual([".gitkeep"]);
  });
});

/** A 600 KB tmpfs: room for a few shops, then ENOSPC. Mounting needs root (CI containers are). */
function tinyDisk(): string | undefined {
  const dir = join(tempDir(), "disk");
  mkdirSync(dir);
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=600k", "tmpfs", dir], { stdio: "ignore" });
    return dir;
  } catch {
    return undefined;
  }
}

describe("a full disk", () => {
  const disk = tinyDisk();
  afterAll(() => {
    if (disk) execFileSync("umount", [disk]);
  });

  it.runIf(disk !== undefined)("is one message, the batch stops, no empty shop folder is left (tmpfs of 600 KB)", async () => {
    const dir = tempDir();
    const configs = join(dir, "configs");
    mkdirSync(configs);
    for (let i = 1; i <= 12; i++) writeFileSync(join(configs, `c${i}.yaml`), exampleText.replace("name: Atelier Lumière", `name: Boutique ${i}`));
    const out = join(disk as string, "out");
    const r = await runHere(["generate", "configs", "--out", out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.match(/le disque est plein/gu)).toHaveLength(1);
    expect(r.stderr).toContain("Le disque est plein\u202f: les écritures sont arrêtées");
    expect(r.stderr).toMatch(/Impossible d’écrire .*\/out\/boutique-\d+(\/politique-retour\.[a-z.]+)?\u202f: le disque est plein\. Aucun fichier de cette boutique/u);
    expect(r.stderr).toMatch(/\d+ en échec/u);
    for (const shop of readdirSync(out)) {
      expect(policyFiles(join(out, shop)), shop).toEqual(NAMES);
    }
  });
});
