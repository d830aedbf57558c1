# Sourced by bench/run.sh and bench/cold.sh. The machine's speed drifts during a run (other
# virtual machines on the same host), so each ratio to `node -e 0` is measured in 5 rounds, each
# timing `node -e 0` and the command back to back (10 runs each), and the median round is
# reported with the range. Needs $OUT (where the hyperfine JSON files go).
ratio_rounds() { # name, command
  local cmd="$2" i
  for i in 1 2 3 4 5; do
    hyperfine -N -w 2 -r 10 --export-json "$OUT/ratio-$i.json" 'node -e 0' "$cmd" >/dev/null 2>&1
  done
  NAME="$1" node -e '
    const fs = require("fs");
    const rounds = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")).results.map((r) => r.mean));
    const ratios = rounds.map(([base, cmd]) => cmd / base).sort((a, b) => a - b);
    const mid = rounds.slice().sort((x, y) => x[1] / x[0] - y[1] / y[0])[2];
    console.log(`${process.env.NAME}: median ${ratios[2].toFixed(2)}x node -e 0 (${(mid[1] * 1000).toFixed(0)} ms vs ${(mid[0] * 1000).toFixed(1)} ms), rounds ${ratios[0].toFixed(2)}-${ratios[4].toFixed(2)}x`);
  ' "$OUT"/ratio-{1,2,3,4,5}.json
}
