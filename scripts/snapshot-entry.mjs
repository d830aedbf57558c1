// The process saved as a V8 startup snapshot by scripts/build-snapshot.mjs (bundled first: a
// snapshot entry can only require node: built-ins). It loads the CLI, then renders the bundled
// example shops once, so that the saved heap already holds the parsed fonts, the compiled
// templates and the shaped words of the policy text. The child started from it
// (src/launch.ts) runs the CLI with its own arguments, environment and terminal.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import v8 from "node:v8";
import { main, run } from "../dist/cli/main.js";
import { renderPdf } from "../dist/render/pdf.js";
import { FORMATS } from "../dist/render/policy-files.js";

const root = process.env.POLITIQUE_RETOUR_ROOT;
const examples = [join(root, "examples"), join(root, "examples/agence/clients")].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f)),
);

// Every style of the PDF, so each face's layout tables are read before the snapshot.
const faces = `# Titre

Paragraphe en *italique*, en **gras**, en ***gras italique*** et en \`code\`, avec un [lien](https://exemple.fr).

| Colonne | Valeur |
|---|---|
| Délai | 14 jours |

> Encadré
`;

async function warmUp() {
  // The command itself (commander, checks, slugs, every format, writes), its output thrown away.
  const out = mkdtempSync(join(tmpdir(), "politique-retour-snapshot-"));
  const silent = { out: () => {}, err: () => {} };
  const code = await run(["node", "politique-retour", "generate", ...examples, "--out", out, "--format", FORMATS.join(",")], silent, {});
  rmSync(out, { recursive: true, force: true });
  if (code !== 0) throw new Error(`warm-up run ended with ${code}`);
  await renderPdf(faces, {
    title: "Essai", shopName: "Essai", author: "Essai", subject: "Essai", keywords: [],
    creationDate: new Date("2026-01-01T00:00:00Z"), rulesetVersion: "essai",
  });
}

warmUp().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob FILE generate …`: there is no script in argv.
  void main([process.argv[0], "politique-retour", ...process.argv.slice(1)]);
});
