#!/usr/bin/env bash
# Measures the simulator's per-step cost, optimised (-O, whole module), on one core.
# Usage: sim/tools/benchmark.sh   (prints ns per 1 kHz physics step for two vehicles/scenarios)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
swiftc -O -wmo -parse-as-library -enable-experimental-feature Extern -module-name FlightMath \
  -emit-module -emit-module-path "$OUT/FlightMath.swiftmodule" -emit-library -static -o "$OUT/libFlightMath.a" \
  Sources/FlightMath/*.swift
# shellcheck disable=SC2046
cp sim/tools/benchmark-main.swift "$OUT/main.swift"
swiftc -O -wmo -I "$OUT" -L "$OUT" -lFlightMath -lm -module-name SimBench -o "$OUT/bench" \
  $(find Sources/Simulation -name "*.swift" | sort) "$OUT/main.swift"
if [ -n "${BENCH_KEEP:-}" ]; then cp "$OUT/bench" "$BENCH_KEEP"; fi
"$OUT/bench" "$(pwd)"
