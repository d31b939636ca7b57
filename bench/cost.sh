#!/usr/bin/env bash
# Pricing, measured in one run on a generated tree of about 1,100 resource instances (7 copies of the bundled example
# stack called as modules from one root):
#  1. pricing every resource on a warm JVM (read and adapt once, then ResourceCosts.price repeatedly);
#  2. wall time of `cloudwright cost DIR --format json` including JVM start (read, evaluate, adapt, price, print),
#     median of the runs.
# Usage: bench/cost.sh [seconds for the warm measurement] [runs]   (defaults: 5 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
runs="${2:-5}"
./cloudwright --version >/dev/null                       # build the jar once, outside the measurements
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
root="$tmp/tree"
mkdir -p "$root/stacks"
: > "$root/main.tf"
for i in 1 2 3 4 5 6 7; do
  cp -r examples/terraform/shop "$root/stacks/s$i"
  printf 'module "s%s" {\n  source = "./stacks/s%s"\n}\n' "$i" "$i" >> "$root/main.tf"
done
echo "== pricing on a warm JVM (${seconds}s)"
java -cp target/test-classes:target/cloudwright.jar dev.cloudwright.bench.CostBench "$root" "$seconds"
echo "== cloudwright cost, wall time including JVM start (median of $runs runs; $(nproc) cores)"
times=()
for _ in $(seq "$runs"); do
  s=$(date +%s%N)
  ./cloudwright cost "$root" --format json -q > "$tmp/out.json"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
resources=$(grep -c '"address"' "$tmp/out.json" || true)
echo "resources: $resources; median ${sorted[$((runs / 2))]} ms (runs: ${times[*]} ms)"
