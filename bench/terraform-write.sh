#!/usr/bin/env bash
# Time added to `design` by writing the Terraform, on a warm JVM, for every example; then the whole `design -o`
# (which writes the Terraform) wall time including JVM start, via bench/design.sh.
# Usage: bench/terraform-write.sh [runs for the wall time]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./cloudwright --version >/dev/null
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile >/dev/null
for f in examples/*.yaml; do
  java -cp target/test-classes:target/cloudwright.jar dev.cloudwright.bench.WriteBench "$f"
done
bench/design.sh "${1:-20}" examples/global-service.yaml
bench/design.sh "${1:-20}" examples/ecommerce.yaml
