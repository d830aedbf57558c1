#!/usr/bin/env bash
# Headless Chromium printing the same policy (as an HTML page) to PDF, the way
# Markdown-to-PDF tools do it, against pdfkit; both timed per document with hyperfine.
#   apt-get install -y chromium hyperfine && npm run build && bash bench/chromium-pdf.sh [policy.md]
set -euo pipefail
cd "$(dirname "$0")/.."
md="${1:-test/fixtures/sample-policy.md}"
out=bench/out
mkdir -p "$out"
chromium_bin="$(command -v chromium || command -v chromium-browser)"

# The equivalent HTML page: the same Markdown through marked, with a small A4 print stylesheet.
node --input-type=module -e '
  import { Marked } from "marked";
  import { readFileSync } from "node:fs";
  const body = new Marked({ gfm: true }).parse(readFileSync(process.argv[1], "utf8"));
  process.stdout.write(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Politique de retour</title>
<style>@page{size:A4;margin:26mm 22mm 25mm}body{font:10pt/1.45 "Noto Sans",sans-serif;color:#1d1d1f}
h1{color:#1f4e79}h2{color:#1f4e79;border-bottom:1px solid #c9ced6;break-after:avoid}h3{break-after:avoid}
blockquote{background:#eef4fa;border:1px solid #a9c3dd;border-left:4px solid #1f4e79;margin:0;padding:6px 12px}
table{border-collapse:collapse;width:100%}th{background:#e6edf5;text-align:left}th,td{padding:4px 6px;border-bottom:1px solid #c9ced6}
thead{display:table-header-group}tr{break-inside:avoid}h2[id^=annexe]{break-before:page}</style></head><body>${body}</body></html>`);
' "$md" > "$out/policy.html"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium_cmd="$chromium_bin --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile --no-pdf-header-footer --print-to-pdf=$out/chromium.pdf file://$PWD/$out/policy.html"

# pdfkit in a fresh Node process per document (fonts parsed every time: the worst case for us).
pdfkit_cmd="node --input-type=module -e 'import { renderPdf } from \"./dist/index.js\"; import { readFileSync, writeFileSync } from \"node:fs\"; const pdf = await renderPdf(readFileSync(\"$md\", \"utf8\"), { title: \"Politique de retour et de rétractation\", shopName: \"Boutique\", author: \"Boutique\", subject: \"Politique\", keywords: [], creationDate: new Date(\"2026-12-01\"), rulesetVersion: \"fr-2026.11\" }); writeFileSync(\"$out/pdfkit-once.pdf\", pdf);'"

hyperfine --warmup 2 --runs "${RUNS:-15}" --export-json "$out/chromium-vs-pdfkit.json" \
  -n chromium-print-to-pdf "$chromium_cmd" \
  -n pdfkit-new-process "$pdfkit_cmd"

# pdfkit in one long-lived process (the batch case): per-document time and memory.
node --expose-gc bench/pdf.mjs "$md" 200 | tee "$out/pdfkit-warm.json"
