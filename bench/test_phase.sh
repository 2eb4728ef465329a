#!/usr/bin/env bash
# Benchmark of the test phase (`ctest -j2`, as `make test` runs it): its wall
# time and the CPU it takes, then each CTest alone with the fixtures it needs
# already made (the first run made them), longest first. CPU is the whole
# machine's busy time from /proc/stat, not the test process's own: Chromium's
# processes, Slurm's daemons and the threads a test starts are counted too,
# and so is anything else the machine runs meanwhile. On a noisy machine
# compare two trees by alternating their runs in one sitting (A B A B), not
# with figures from another hour.
# Usage: bench/test_phase.sh [BUILD] [RUNS]   (BUILD: build; RUNS: phase runs, 1)
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${2:-1}
[ -f "$build/CTestTestfile.cmake" ] || { echo "test_phase: $build is no CMake build folder"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
ticks=$(getconf CLK_TCK)
# Runs a command quietly; prints "WALL CPU" in seconds and returns its status.
measure() {
  local c0 c1 t0 t1 status=0
  c0=$(busy) t0=$(date +%s.%N)
  "$@" > "$work/out.log" 2>&1 || status=$?
  c1=$(busy) t1=$(date +%s.%N)
  awk -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" -v hz="$ticks" \
    'BEGIN { printf "%.1f %.1f", t1 - t0, (c1 - c0) / hz }'
  return $status
}

cd "$build"
echo "== the test phase: ctest -j2 in $build, $(nproc) cores"
for run in $(seq "$runs"); do
  figures=$(measure ctest -j2) || { tail -20 "$work/out.log"; echo "test_phase: ctest failed"; exit 1; }
  set -- $figures
  echo "run $run: $1 s wall, $2 s CPU ($(grep -Eo '[0-9]+ tests? failed out of [0-9]+' "$work/out.log" | sed 's/.* out of /tests: /'))"
done

echo "== each test alone (fixtures from the run above), by CPU"
tests=$(ctest -N | awk '/Test +#/ { print $3 }')
for t in $tests; do
  figures=$(measure ctest -R "^$t\$" -FA '.*') || figures="$figures (failed)"
  echo "$t $figures"
done | sort -k3 -rn | awk '{ total += $3; printf "%-26s %6.1f s wall %6.1f s CPU%s\n", $1, $2, $3, ($4 ? " " $4 : "") }
                          END { printf "%-26s %13s %6.1f s CPU\n", "sum", "", total }'
