// The process saved as a V8 startup snapshot by scripts/build-snapshot.mjs (bundled first: a
// snapshot entry can only require node: built-ins). It loads the CLI, then renders the bundled
// example shops once, so that the saved heap already holds the parsed fonts, the compiled
// templates and the compiled code of every step. The child started from it (src/cli/launch.ts)
// runs the CLI with its own arguments, environment and terminal.
//
// Every byte of the saved heap is read back at each start (V8 checks the whole blob, then
// deserializes it: roughly 10 ms a megabyte on the reference machine), so what is kept must cost
// less to load than to make again, and is kept in as little room as it fits.
import { fstatSync, mkdtempSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import { Socket } from "node:net";
import { Writable } from "node:stream";
import { isatty, WriteStream } from "node:tty";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import { outputCodeHash, useOutputCodeHash } from "../dist/batch/fingerprint.js";
import { startedWarm } from "../dist/batch/pool.js";
import { main, run } from "../dist/cli/main.js";
import { codeStamps, combineStamps } from "../dist/io/code-hash.js";
import { notoSansFonts } from "../dist/io/fonts.js";
import { loadFonts, sharedLayoutCache } from "../dist/render/pdf/fonts.js";
import { renderPdf } from "../dist/render/pdf/index.js";
import { FORMATS } from "../dist/render/policy-files.js";

const root = process.env.POLITIQUE_RETOUR_ROOT;
const examples = [join(root, "examples"), join(root, "examples/agence/clients")].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f)),
);

// Every style of the PDF but the italic ones, so each face's layout tables are read before the
// snapshot. The italic faces are parsed on first use (LATER_FACES in src/render/pdf/fonts.ts):
// no example has italics, and parsed they were 2.7 MB of the blob (26.1 → 23.4 MB), read back
// at every start.
const faces = `# Titre

Paragraphe en **gras** et en \`code\`, avec un [lien](https://exemple.fr).

| Colonne | Valeur |
|---|---|
| Délai | 14 jours |

> Encadré
`;

async function warmUp() {
  // The command itself (commander, checks, slugs, every format, writes), its output thrown away.
  // Not Word: the docx package (and its zip library) keeps handles V8 cannot put in a snapshot,
  // and it is loaded on demand anyway, like it is without the snapshot.
  const out = mkdtempSync(join(tmpdir(), "politique-retour-snapshot-"));
  const silent = { out: () => {}, err: () => {} };
  const code = await run(["node", "politique-retour", "generate", ...examples, "--out", out, "--format", FORMATS.filter((f) => f !== "docx").join(",")], silent, {});
  rmSync(out, { recursive: true, force: true });
  if (code !== 0) throw new Error(`warm-up run ended with ${code}`);
  await renderPdf(faces, {
    title: "Essai", shopName: "Essai", author: "Essai", subject: "Essai", keywords: [],
    creationDate: new Date("2026-01-01T00:00:00Z"), rulesetVersion: "essai",
  }, { fontLoader: notoSansFonts });
  // The glyph runs, subsets, deflated streams, widths and wrapped paragraphs kept by the PDF
  // renderer stay too: emptied, they made the blob 4.2 MB smaller but a cold config 13 % more
  // instructions (2.53 G against 2.24 G, cachegrind; 2.3 % to 2.9 % for each one alone).
  compactShapedWords(loadFonts(notoSansFonts));
}

/**
 * The shaped words stay (shaping them again costs more than loading them), in less room: a
 * word's glyph positions are small records, mostly the same from one word to the next, so equal
 * ones are shared, and so are the feature lists fontkit records in each run. Both are only read
 * once a word is shaped (pdfkit copies a position before changing it), so sharing changes no
 * byte; the words of the eight examples went from 4.7 MB of heap to under 1 MB (bench/RESULTS.md).
 */
function compactShapedWords(fonts) {
  const same = new Map();
  const key = (o) => JSON.stringify(Object.entries(o).map(([k, v]) => [k, Object.is(v, -0) ? "-0" : v]));
  const shared = (o) => {
    const k = `${Object.getPrototypeOf(o)?.constructor?.name}:${key(o)}`;
    if (!same.has(k)) same.set(k, o);
    return same.get(k);
  };
  for (const face of ["regular", "bold", "italic", "boldItalic", "semibold"].filter((f) => fonts.isOpen(f))) {
    for (const run of Object.values(sharedLayoutCache(fonts[face]))) {
      if (Array.isArray(run?.positions)) run.positions = run.positions.map(shared);
      if (run?.features && typeof run.features === "object") run.features = shared(run.features);
    }
  }
}

/**
 * The code this blob was made from: the hash of dist/ (as in the manifest) and of the part that
 * makes a shop's files (src/batch/fingerprint.ts). The launcher checks dist/ against the manifest
 * before it starts the child and passes the hash it checked on: when it is this one, the child
 * takes the shops' code hash from here instead of reading the stamps of dist/ again.
 */
let built;

warmUp()
  .then(() => {
    built = { code: combineStamps(codeStamps()), output: outputCodeHash() };
  })
  .catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exitCode = 1;
  });

/**
 * The launcher gives this child the real stderr as descriptor 4 and a pipe as descriptor 2, so
 * that what node prints when a blob fails to load never reaches the user (src/cli/launch.ts). Once
 * our code runs, process.stderr writes to descriptor 4, synchronously as node's own stderr does.
 */
function realStderr(fd) {
  if (isatty(fd)) return new WriteStream(fd);
  const stat = fstatSync(fd);
  if (stat.isFIFO() || stat.isSocket()) {
    const socket = new Socket({ fd, readable: false, writable: true });
    socket._handle?.setBlocking?.(true);
    return socket;
  }
  const stream = new Writable({
    write(chunk, _encoding, done) {
      try {
        writeSync(fd, chunk);
        done();
      } catch (e) {
        done(e);
      }
    },
  });
  stream.fd = fd;
  return stream;
}

/** Started by the launcher, with descriptor 3 to tell it that our code runs, then that it is done. */
let launched = false;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // Set by the launcher only (src/cli/launch.ts). Started by hand, without it, descriptors 3 and
  // 4 are node's own (its event loop's epoll and an internal pipe, where our messages made node
  // abort): the usual stderr then.
  const checked = process.env.POLITIQUE_RETOUR_SNAPSHOT_CODE;
  if (checked !== undefined) {
    delete process.env.POLITIQUE_RETOUR_SNAPSHOT_CODE;
    // The launcher starts this child before its last check (dist/ unchanged since the blob was
    // made) and says "1" on GO_FD once it is made; anything else, and nothing runs.
    if (!toldToGo(5)) process.exit(1);
    // Tells the launcher the blob loaded and our code runs (STARTED_FD in src/cli/launch.ts): from
    // here on, a failure is the command's own, not a reason to start again without the snapshot.
    try {
      const stderr = realStderr(4);
      Object.defineProperty(process, "stderr", { configurable: true, enumerable: true, get: () => stderr });
      writeSync(3, "1");
      launched = true;
    } catch {
      // Descriptors not given after all: the usual stderr.
    }
  }
  useOutputCodeHash(checked !== undefined && checked === built?.code ? built.output : undefined);
  // This thread is warm: it renders batches below warmInThreadBelow() configs by itself.
  startedWarm();
  // Started as `node --snapshot-blob FILE generate …`: there is no script in argv.
  void main([process.argv[0], "politique-retour", ...process.argv.slice(1)]).then(endNow);
});

/** Waits for the launcher's one byte on `fd` (src/cli/launch.ts, GO_FD): true when it is "1". */
function toldToGo(fd) {
  const byte = Buffer.alloc(1);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return readSync(fd, byte, 0, 1, null) === 1 && byte[0] === 0x31;
    } catch (e) {
      // A descriptor left non-blocking: wait a millisecond and read again.
      if (e.code !== "EAGAIN") return false;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * Once the command is done (files written and renamed, summary written), the child ends at once
 * with its exit code, when nothing is left to write on stdout or stderr (on Linux, pipes, files
 * and terminals are written synchronously: nothing is). Left to end by itself, node ran one more
 * garbage collection and freed its 100 MB heap page by page first: ~30 ms (bench/RESULTS.md, section C).
 */
function endNow() {
  if (process.stdout.writableLength !== 0 || process.stderr.writableLength !== 0) return;
  const code = typeof process.exitCode === "number" ? process.exitCode : 0;
  if (launched) {
    // The launcher ends with this code now (src/cli/launch.ts, STARTED_FD), while the kernel frees this process.
    try {
      writeSync(3, `done ${code}\n`);
    } catch {
      // The launcher is gone: nobody to tell.
    }
  }
  process.exit(code);
}
