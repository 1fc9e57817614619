#!/usr/bin/env bash
# The long parallel soak: ParallelSoakTest with more scenarios and more seeds than in
# `mvn -B verify` (2,000 scenarios, seeds 11, 42, 2026). Each run places failures by a seeded
# random generator across steps and all four hook kinds, runs the suite on 8 threads on the
# JUnit Platform engine and on the CLI, and checks that the cassettes removed are exactly those
# of the failed scenarios.
#
#   bench/run-soak.sh                 # 20,000 scenarios, seeds 1..5 (about 10 minutes here)
#   SCENARIOS=5000 SEEDS=7,8 bench/run-soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS="${SCENARIOS:-20000}"
SEEDS="${SEEDS:-1,2,3,4,5}"
exec mvn -B -q test -Dtest=ParallelSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dvcr.soak.scenarios="$SCENARIOS" -Dvcr.soak.seeds="$SEEDS" \
  -DargLine="-Xmx2g -Dvcr.soak.scenarios=$SCENARIOS -Dvcr.soak.seeds=$SEEDS"
