#!/usr/bin/env bash
# Incremental generation, status and check at agency scale (bench/RESULTS.md, "Incremental").
# Needs hyperfine. Writes bench/out/incremental-*.json.
#   bash bench/incremental.sh [N_PDF=300] [N_MD=10000]
# Every ratio is taken within one hyperfine run, `node -e 0` alternating with the command, so
# that a shared machine's load weighs on both alike. Set SKIP_FULL=1 to reuse the output
# folders of an earlier run (the full runs take minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
N_PDF=${1:-300}
N_MD=${2:-10000}
BIN="node bin/politique-retour.js"
OUT=bench/out
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "machine: $(nproc) cores, $(load)"

for n in "$N_PDF" "$N_MD"; do [ -d "$OUT/configs-$n" ] || node bench/make-configs.mjs "$n"; done

# One config changed among N: the run that follows (a different phone number each time).
touch_one() { # $1 = configs dir
  local f="$1/clients/$(ls "$1/clients" | sed -n 7p)"
  sed -i -E "s/^(  phone: \"0[0-9] [0-9]{2} [0-9]{2} [0-9]{2} )[0-9]{2}/\1$(printf '%02d' $((RANDOM % 100)))/" "$f"
  echo "# $RANDOM" >> "$f"
}

run() { # label, configs, formats
  local label=$1 dir=$2 formats=$3 out="$OUT/inc-out-$1"
  if [ -z "${SKIP_FULL:-}" ] || [ ! -d "$out" ]; then
    rm -rf "$out"
    echo "$label full run ($(load)):"
    /usr/bin/time -f "  %e s wall, %U s user, %S s sys" $BIN generate "$dir" --out "$out" --format "$formats" --quiet >/dev/null 2>"$OUT/full-$label.log" || true
    tail -1 "$OUT/full-$label.log"
  fi
  echo "$label: one config changed, nothing changed, status ($(load))"
  hyperfine -N -w 1 -r 5 --prepare "bash -c 'source bench/incremental-lib.sh; touch_one $dir'" \
    --export-json "$OUT/incremental-$label.json" "node -e 0" "$BIN generate $dir --out $out --format $formats --quiet"
  hyperfine -N -w 1 -r 5 --export-json "$OUT/incremental-$label-nothing.json" "node -e 0" "$BIN generate $dir --out $out --format $formats --quiet"
  hyperfine -N -w 1 -r 5 -i --export-json "$OUT/status-$label.json" "node -e 0" "$BIN status $dir --out $out"
}

declare -f touch_one > bench/incremental-lib.sh
echo "check on $N_PDF configs ($(load))"
hyperfine -N -w 1 -r 10 -i --export-json "$OUT/check-$N_PDF.json" "node -e 0" "$BIN check $OUT/configs-$N_PDF --quiet" "$BIN check $OUT/configs-$N_PDF --quiet --jobs 1"
run "pdf-$N_PDF" "$OUT/configs-$N_PDF" md,html,pdf
run "md-$N_MD" "$OUT/configs-$N_MD" md,html
rm -f bench/incremental-lib.sh
echo "done ($(load))"
