#!/usr/bin/env bash
# Counts the Terraform resource types the cost engine bills (status priced or usage-dependent)
# across the crossing snippets and the shop example. Prints the types, then the count.
# Usage: bench/cost-coverage.sh [--list]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/cloudwright" --version >/dev/null
i=0
for f in "$here"/src/test/resources/crossing/*.tf; do
  i=$((i + 1)); mkdir -p "$tmp/$i"; cp "$f" "$tmp/$i/main.tf"
done
{
  for d in "$tmp"/*/ "$here/examples/terraform/shop"; do
    "$here/cloudwright" cost "$d" --format json -q || true
  done
} | jq -r '.projects[].resources[] | select(.status == "priced" or .status == "usage-dependent") | .type' \
  | sort -u > "$tmp/types"
if [ "${1:-}" = "--list" ]; then cat "$tmp/types"; fi
echo "billed resource types: $(wc -l < "$tmp/types")"
