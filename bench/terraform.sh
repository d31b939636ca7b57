#!/usr/bin/env bash
# Reading Terraform, measured in one run:
#  1. parse throughput on a warm process, Cloudwright's parser against HashiCorp's (@cdktf/hcl2json), on the
#     conformance corpus (parse + convert to the hcl2json JSON form, every file, repeatedly);
#  2. wall time of `cloudwright graph` (parse, load modules, evaluate, build the graph, print JSON), JVM start
#     included, on generated trees of about 500, 2,000 and 8,000 .tf files (1x/4x/16x copies of the bundled
#     example stack called as modules from one root), to show that loading time grows linearly.
# Usage: bench/terraform.sh [seconds per parse measurement] [runs per tree]   (defaults: 5 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
runs="${2:-5}"
./cloudwright --version >/dev/null                       # build the jar once, outside the measurements
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null
if [ ! -d conformance/hcl2json/node_modules/@cdktf/hcl2json ]; then
  (cd conformance/hcl2json && npm install --no-audit --no-fund --silent >/dev/null)
fi

echo "== parse throughput (warm, ${seconds}s each, corpus conformance/hcl2json/corpus)"
ours="$(java -cp target/test-classes:target/cloudwright.jar dev.cloudwright.bench.ParseBench conformance/hcl2json/corpus "$seconds")"
ref="$(node bench/hcl2json-reference.js conformance/hcl2json/corpus "$seconds")"
echo "$ours"
echo "$ref"
node -e '
const a = JSON.parse(process.argv[1]), b = JSON.parse(process.argv[2]);
console.log(`cloudwright ${a.mb_per_s} MB/s (${a.us_per_file} us/file), reference ${b.mb_per_s} MB/s (${b.us_per_file} us/file): ` +
  `${(b.us_per_file / a.us_per_file).toFixed(1)}x faster per file`);' "$ours" "$ref"

echo "== cloudwright graph on generated trees (wall time including JVM start, median of $runs runs; $(nproc) cores)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
base=0
for scale in 1 4 16; do
  copies=$((13 * scale))
  root="$tmp/x$scale"
  mkdir -p "$root/stacks"
  : > "$root/main.tf"
  for i in $(seq -w 1 "$copies"); do
    cp -r examples/terraform/shop "$root/stacks/s$i"
    printf 'module "s%s" {\n  source = "./stacks/s%s"\n}\n' "$i" "$i" >> "$root/main.tf"
  done
  files=$(find "$root" -name '*.tf' | wc -l)
  times=()
  for r in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    ./cloudwright graph "$root" --quiet > "$tmp/out.json"
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  instances=$(grep -c '"address"' "$tmp/out.json")
  [ "$scale" = 1 ] && base=$median
  echo "${scale}x: ${files} files, ${instances} resource instances: median ${median} ms (min ${sorted[0]}, max ${sorted[$(( ${#sorted[@]} - 1 ))]}); $(awk -v m="$median" -v b="$base" -v s="$scale" 'BEGIN { printf "%.2f x the 1x time for %dx the files", m / b, s }')"
done
