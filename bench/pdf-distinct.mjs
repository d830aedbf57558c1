// CPU time per PDF as in a batch: every document different and rendered once (what is kept
// between documents only helps as much as the documents share), builds compared in one process.
//   node bench/pdf-distinct.mjs ROOT… -- file.md…
// Each root first renders WARM documents (not timed), then the others once each, in blocks of
// 10 taken in turn by every root, so that a change in the machine's load falls on all of them.
// Make the Markdown with `politique-retour generate bench/out/configs-200 --format md --out DIR`.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const args = process.argv.slice(2);
const sep = args.indexOf("--");
const roots = args.slice(0, sep);
const files = args.slice(sep + 1);
const WARM = Number(process.env.WARM ?? 20);

async function renderer(root) {
  try {
    const { renderPdf } = await import(join(root, "dist/render/pdf/index.js"));
    const { notoSansFonts } = await import(join(root, "dist/io/fonts.js"));
    return (md, meta) => renderPdf(md, meta, { fontLoader: notoSansFonts });
  } catch {
    return (await import(join(root, "dist/render/pdf.js"))).renderPdf;
  }
}

const docs = files.map((f) => {
  const shop = basename(dirname(f));
  return [readFileSync(f, "utf8"), {
    title: "Politique de retour et de rétractation", shopName: shop, author: shop, subject: "Politique",
    keywords: ["retour"], creationDate: new Date("2026-12-01T00:00:00Z"), rulesetVersion: "bench", fillableForm: true,
  }];
});
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const renders = [];
for (const root of roots) {
  const render = await renderer(root);
  for (const [md, meta] of docs.slice(0, WARM)) await render(md, meta);
  renders.push(render);
}
const spent = roots.map(() => 0);
const rest = docs.slice(WARM);
for (let start = 0; start < rest.length; start += 10) {
  for (const [i, render] of renders.entries()) {
    const t = cpu();
    for (const [md, meta] of rest.slice(start, start + 10)) await render(md, meta);
    spent[i] += cpu() - t;
  }
}
roots.forEach((root, i) => {
  console.log(JSON.stringify({ root, documents: rest.length, cpuPerPdfMs: +(spent[i] / rest.length).toFixed(2), ratioToFirst: +(spent[0] / spent[i]).toFixed(2) }));
});
