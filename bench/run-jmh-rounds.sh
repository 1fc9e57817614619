#!/usr/bin/env bash
# Runs every JMH benchmark of bench/ in ROUNDS rounds (default 3), one fork each per round, so that
# the plugin's failing scenario and the bare Files.delete floor are measured minutes apart at most,
# round after round, instead of once each. Prints each benchmark's score per round and the median,
# and the median over rounds of the per-round ratio pluginFailingTaggedScenario / bareFilesDelete.
#
# Usage: bench/run-jmh-rounds.sh [extra JMH options]      e.g. ROUNDS=5 bench/run-jmh-rounds.sh
# Environment: ROUNDS (3), JAVA (java). Takes about 90 s per round on 2 cores.
# Writes bench/target/jmh-rounds/round-N.csv and result.txt.
set -euo pipefail

ROUNDS=${ROUNDS:-3}
JAVA=${JAVA:-java}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$BENCH_DIR/target/jmh-rounds
JAR=$BENCH_DIR/target/benchmarks.jar

if [[ ! -f $JAR ]]; then
  mvn -B -q -f "$BENCH_DIR/pom.xml" package -DskipTests
fi
rm -rf "$OUT"
mkdir -p "$OUT"

for ((r = 1; r <= ROUNDS; r++)); do
  echo "[$(date +%H:%M:%S)] JMH round $r of $ROUNDS" >&2
  "$JAVA" -jar "$JAR" -f 1 -rf csv -rff "$OUT/round-$r.csv" "$@" > "$OUT/round-$r.log" 2>&1 \
    || { tail -40 "$OUT/round-$r.log" >&2; exit 1; }
done

# One line per (round, benchmark with its parameters): round, key, score, error, unit.
for ((r = 1; r <= ROUNDS; r++)); do
  awk -v r="$r" -F',' 'NR > 1 {
      sub(/\r$/, ""); for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
      name = $1; sub(/^io\.github\.vcrdeleteonfail\.bench\./, "", name)
      key = name; for (i = 8; i <= NF; i++) if ($i != "") key = key "[" $i "]"
      printf "%s\t%s\t%s\t%s\t%s\n", r, key, $5, $6, $7 }' "$OUT/round-$r.csv"
done > "$OUT/scores.tsv"

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

{
  echo "JMH in $ROUNDS rounds, 1 fork per benchmark per round; $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf '%-60s %12s   %s\n' benchmark median "score ± error per round"
  for key in $(cut -f2 "$OUT/scores.tsv" | sort -u); do
    unit=$(awk -F'\t' -v k="$key" '$2 == k { print $5; exit }' "$OUT/scores.tsv")
    m=$(awk -F'\t' -v k="$key" '$2 == k { print $3 }' "$OUT/scores.tsv" | median)
    rounds=$(awk -F'\t' -v k="$key" '$2 == k { printf "%.3f ± %.3f  ", $3, $4 }' "$OUT/scores.tsv")
    printf '%-60s %12.3f %s   %s\n' "$key" "$m" "$unit" "$rounds"
  done
  for logging in QUIET INFO_TO_NULL; do
    ratio=$(awk -F'\t' -v l="$logging" '
        $2 ~ /^DeletionBench\.pluginFailingTaggedScenario\[/ && $2 ~ "\\[" l "\\]" { p[$1] = $3 }
        $2 ~ /^DeletionBench\.bareFilesDelete\[/ { b[$1] = $3 }
        END { for (r in p) if (r in b) printf "%.3f\n", p[r] / b[r] }' "$OUT/scores.tsv")
    printf 'pluginFailingTaggedScenario[%s] / bareFilesDelete, per round: %s-> median %s\n' \
      "$logging" "$(tr '\n' ' ' <<< "$ratio")" "$(median <<< "$ratio")"
  done
} | tee "$OUT/result.txt"
