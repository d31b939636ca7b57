#!/usr/bin/env bash
# Generates the Terraform of every example design and checks that each file (and every bundled module) is already in
# Terraform's canonical format, using Terraform's own formatter from npm. Usage: conformance/terraform-fmt/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ ! -d "$here/node_modules/@cdktf/hcl-tools" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cd "$root"
for f in examples/*.yaml; do
  ./cloudwright design "$f" -o "$out/$(basename "$f" .yaml)" --quiet
done
node "$here/check.js" "$out" src/main/resources/dev/cloudwright/terraform/modules/aws examples/terraform
