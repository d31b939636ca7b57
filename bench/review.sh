#!/usr/bin/env bash
# `cloudwright review` on a generated tree of at least 1,000 .tf files (copies of the bundled example stack called as
# modules from one root): wall time including JVM start (read, evaluate, adapt, review, price the fixes, print JSON),
# median of the runs.
# Usage: bench/review.sh [files] [runs]   (defaults: 1000 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-1000}"
runs="${2:-5}"
./cloudwright --version >/dev/null                       # build the jar once, outside the measurements
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
root="$tmp/tree"
mkdir -p "$root/stacks"
: > "$root/main.tf"
per=$(find examples/terraform/shop -name '*.tf' | wc -l)
copies=$(( (want + per - 1) / per ))
for i in $(seq "$copies"); do
  cp -r examples/terraform/shop "$root/stacks/s$i"
  printf 'module "s%s" {\n  source = "./stacks/s%s"\n}\n' "$i" "$i" >> "$root/main.tf"
done
files=$(find "$root" -name '*.tf' | wc -l)
echo "== cloudwright review, wall time including JVM start (median of $runs runs; $(nproc) cores)"
times=()
for _ in $(seq "$runs"); do
  s=$(date +%s%N)
  ./cloudwright review "$root" --format json -q --fail-on never > "$tmp/out.json"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
findings=$(grep -c '"rule_id"' "$tmp/out.json" || true)
echo "files: $files ($copies copies of the example); findings: $findings; median ${sorted[$((runs / 2))]} ms (runs: ${times[*]} ms)"
