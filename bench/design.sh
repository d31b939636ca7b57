#!/usr/bin/env bash
# Wall time of `cloudwright design` on the bundled example, including JVM start-up, as a user runs it.
# Usage: bench/design.sh [runs] [example]   (defaults: 20 runs, examples/ecommerce.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
example="${2:-examples/ecommerce.yaml}"
./cloudwright --version >/dev/null   # build once if needed, outside the measurement
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ./cloudwright design "$example" -o "$out" --quiet
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
median=${sorted[$((n / 2))]}
p90=${sorted[$(( (n * 9) / 10 < n ? (n * 9) / 10 : n - 1 ))]}
echo "design $example: runs=$n min=${sorted[0]}ms median=${median}ms p90=${p90}ms max=${sorted[$((n - 1))]}ms (wall, including JVM start; $(nproc) cores)"
