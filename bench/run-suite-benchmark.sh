#!/usr/bin/env bash
# Whole-run benchmark of cucumber-vcr-delete-on-fail.
#
# Generates a suite of SCENARIOS scenarios (default 10,000) in FEATURES feature files, whose glue
# "records" a small cassette file for every scenario; about 5 % of the scenarios fail after their
# cassette is written (chosen by a fixed seed). Then runs the suite with the Cucumber CLI
# (io.cucumber.core.cli.Main, one JVM per run) in three variants, alternating them over ROUNDS
# rounds (the order rotates each round):
#
#   none    no plugin, no hook: the failing scenarios' cassettes stay
#   plugin  --plugin io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin:<config>
#   hand    the hand-written alternative: @After("@vcr-delete-on-fail") deleting the cassette
#           when scenario.isFailed()
#   timed   the plugin wrapped in bench's TimedPlugin, which measures the time spent inside the
#           plugin (constructor and event handlers) in the same JVM as the run: the plugin's own
#           share of a run, free of the drift between runs on a noisy machine
#
# All three run the same feature files (tagged @vcr-delete-on-fail at Feature level), the same
# recorder glue, the same classpath and the same output plugins (progress + default summary).
# After each run it checks the cassettes: for plugin and hand, exactly the failing scenarios'
# cassettes are gone and every other remains; for none, all remain. Prints the median wall time
# of each variant and the ratios plugin/none and plugin/hand.
#
# Usage: bench/run-suite-benchmark.sh            (from anywhere)
# Environment: ROUNDS (7), SCENARIOS (10000), FEATURES (10), SEED (20250611),
#              BUDGET_SECONDS (720: no new round starts after that), JAVA (java), JAVA_OPTS ("").
# Needs the plugin installed in ~/.m2 (mvn -B -q install -DskipTests in the repository root);
# builds bench/ itself if bench/target/suite-classpath.txt is missing. Writes only under
# bench/target/suite.
set -euo pipefail

ROUNDS=${ROUNDS:-7}
SCENARIOS=${SCENARIOS:-10000}
FEATURES=${FEATURES:-10}
SEED=${SEED:-20250611}
BUDGET_SECONDS=${BUDGET_SECONDS:-720}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
RUN_TIMEOUT=300

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=$BENCH_DIR/target/suite
START=$(date +%s)

log() { printf '%s %s\n' "[$(date +%H:%M:%S)]" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- classpath ----------------------------------------------------------------------------------
if [[ ! -f $BENCH_DIR/target/suite-classpath.txt \
   || ! -f $BENCH_DIR/target/classes/io/github/vcrdeleteonfail/bench/TimedPlugin.class ]]; then
  log "building bench/ (mvn package) for its classpath"
  mvn -B -q -f "$BENCH_DIR/pom.xml" package -DskipTests \
    || die "mvn package failed; install the plugin first: mvn -B -q install -DskipTests (repository root)"
fi
CP=$(cat "$BENCH_DIR/target/suite-classpath.txt")
[[ $CP == *cucumber-vcr-delete-on-fail-* ]] || die "the plugin is not on $BENCH_DIR/target/suite-classpath.txt"

rm -rf "$OUT"
mkdir -p "$OUT"/{gen,glue-src/benchglue,glue-src/benchhook,glue-classes,features,runs}

# --- the suite ----------------------------------------------------------------------------------
cat > "$OUT/gen/GenerateSuite.java" <<'JAVA'
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Writes the feature files and the lists of expected cassettes. Deterministic for a seed. */
public class GenerateSuite {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int scenarios = Integer.parseInt(args[1]);
        int features = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < scenarios; i++) all.add(i);
        Collections.shuffle(all, new Random(seed));
        Set<Integer> failing = new TreeSet<>(all.subList(0, scenarios / 20)); // 5 %
        List<String> allCassettes = new ArrayList<>();
        List<String> failingCassettes = new ArrayList<>();
        StringBuilder[] files = new StringBuilder[features];
        for (int f = 0; f < features; f++) {
            files[f] = new StringBuilder()
                    .append("@vcr-delete-on-fail\n")
                    .append(String.format("Feature: Service area %02d%n", f + 1));
        }
        for (int i = 0; i < scenarios; i++) {
            int f = i % features;
            String area = String.format("%02d", f + 1);
            String name = String.format("Request %05d of area %s", i, area);
            String answer = failing.contains(i) ? "broken" : "ok";
            files[f].append('\n')
                    .append("  Scenario: ").append(name).append('\n')
                    .append("    Given the service answers \"").append(answer).append("\"\n")
                    .append("    When I request item ").append(i).append('\n')
                    .append("    Then the answer is \"ok\"\n");
            // DefaultCassetteNamer: <feature file name>/<name, runs of non-word characters -> _>.yaml
            String cassette = "area-" + area + "/" + name.replaceAll("[^A-Za-z0-9_-]+", "_") + ".yaml";
            allCassettes.add(cassette);
            if (failing.contains(i)) failingCassettes.add(cassette);
        }
        for (int f = 0; f < features; f++) {
            Files.writeString(out.resolve(String.format("features/area-%02d.feature", f + 1)), files[f]);
        }
        Collections.sort(allCassettes);
        Collections.sort(failingCassettes);
        List<String> kept = new ArrayList<>(allCassettes);
        kept.removeAll(new TreeSet<>(failingCassettes));
        Files.write(out.resolve("expected-all.txt"), allCassettes);
        Files.write(out.resolve("expected-failing.txt"), failingCassettes);
        Files.write(out.resolve("expected-kept.txt"), kept);
    }
}
JAVA

cat > "$OUT/glue-src/benchglue/CassetteNames.java" <<'JAVA'
package benchglue;

import io.cucumber.java.Scenario;
import java.nio.file.Path;

/** The cassette of a scenario, named as the plugin's DefaultCassetteNamer names it (ASCII names). */
public final class CassetteNames {
    public static final Path ROOT = Path.of(System.getProperty("bench.cassettes")).toAbsolutePath();

    private CassetteNames() {}

    public static Path of(Scenario scenario) {
        String path = scenario.getUri().getPath();
        String feature = path.substring(path.lastIndexOf('/') + 1).replace(".feature", "");
        return ROOT.resolve(feature).resolve(scenario.getName().replaceAll("[^A-Za-z0-9_-]+", "_") + ".yaml");
    }
}
JAVA

cat > "$OUT/glue-src/benchglue/RecorderSteps.java" <<'JAVA'
package benchglue;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Trivial steps and a recorder-like step that writes the scenario's cassette (about 200 bytes). */
public class RecorderSteps {
    private Path cassette;
    private String answer;

    @Before
    public void openCassette(Scenario scenario) {
        cassette = CassetteNames.of(scenario);
    }

    @Given("the service answers {string}")
    public void theServiceAnswers(String answer) {
        this.answer = answer;
    }

    @When("I request item {int}")
    public void iRequestItem(int item) throws IOException {
        Files.createDirectories(cassette.getParent());
        Files.writeString(
                cassette,
                "interactions:\n"
                        + "- request: {method: GET, uri: 'http://127.0.0.1/items/" + item + "'}\n"
                        + "  response: {status: 200, body: '" + answer + "'}\n");
    }

    @Then("the answer is {string}")
    public void theAnswerIs(String expected) {
        if (!expected.equals(answer)) {
            throw new AssertionError("expected " + expected + " but the service answered " + answer);
        }
    }
}
JAVA

cat > "$OUT/glue-src/benchhook/DeleteCassetteOnFailure.java" <<'JAVA'
package benchhook;

import benchglue.CassetteNames;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.io.IOException;
import java.nio.file.Files;

/** What users write today without the plugin. */
public class DeleteCassetteOnFailure {
    @After("@vcr-delete-on-fail")
    public void deleteCassetteOfFailedScenario(Scenario scenario) throws IOException {
        if (scenario.isFailed()) {
            Files.deleteIfExists(CassetteNames.of(scenario));
        }
    }
}
JAVA

log "generating $SCENARIOS scenarios in $FEATURES feature files (seed $SEED)"
"$JAVA" "$OUT/gen/GenerateSuite.java" "$OUT" "$SCENARIOS" "$FEATURES" "$SEED"
FAILING=$(wc -l < "$OUT/expected-failing.txt")
PASSING=$((SCENARIOS - FAILING))
log "compiling the glue"
javac -nowarn -cp "$CP" -d "$OUT/glue-classes" \
  "$OUT"/glue-src/benchglue/*.java "$OUT"/glue-src/benchhook/*.java

CASSETTES=$OUT/cassettes
CONFIG=$OUT/vcr-delete-on-fail.yaml
printf "cassette-dir: '%s'\n" "$CASSETTES" > "$CONFIG"

# --- one run ------------------------------------------------------------------------------------
# Prints "wall_ms cpu_ms cucumber_ms plugin_ms" (cpu = user + sys of the JVM; plugin_ms, the time
# inside the plugin, only for the variant timed, else 0); checks the exit code, the scenario
# counts and the cassettes.
run_variant() {
  local variant=$1 round=$2
  local base=$OUT/runs/$variant-$round
  local -a extra=()
  local classpath=$OUT/glue-classes:$CP
  case $variant in
    none) ;;
    plugin) extra=(--plugin "io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin:$CONFIG") ;;
    timed)
      extra=(--plugin "io.github.vcrdeleteonfail.bench.TimedPlugin:$CONFIG")
      classpath=$OUT/glue-classes:$BENCH_DIR/target/classes:$CP
      ;;
    hand) extra=(--glue benchhook) ;;
    *) die "unknown variant $variant" ;;
  esac
  rm -rf "$CASSETTES"
  sync
  local rc=0 TIMEFORMAT='%3R %3U %3S'
  # shellcheck disable=SC2086
  { time timeout "$RUN_TIMEOUT" "$JAVA" $JAVA_OPTS -Dcucumber.publish.quiet=true \
      -Dbench.cassettes="$CASSETTES" -cp "$classpath" io.cucumber.core.cli.Main \
      --glue benchglue "${extra[@]}" --plugin progress --monochrome "$OUT/features" \
      > "$base.out" 2> "$base.err"; } 2> "$base.time" || rc=$?
  [[ $rc -eq 1 ]] || die "$variant round $round: Cucumber exited $rc, expected 1 (failures); see $base.out/.err"
  grep -q "^$SCENARIOS scenarios ($PASSING passed, $FAILING failed)" "$base.out" \
    || die "$variant round $round: unexpected scenario counts; see $base.out"
  (cd "$CASSETTES" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$base.cassettes"
  local expected=$OUT/expected-kept.txt
  [[ $variant == none ]] && expected=$OUT/expected-all.txt
  if ! diff -q <(LC_ALL=C sort "$expected") "$base.cassettes" > /dev/null; then
    die "$variant round $round: cassettes differ from $expected (see $base.cassettes)"
  fi
  if [[ $variant == plugin || $variant == timed ]]; then
    grep -q "vcr-delete-on-fail summary for .*: $FAILING deleted; $PASSING tagged scenarios passed" "$base.err" \
      || die "plugin round $round: the plugin's summary does not say $FAILING deleted; see $base.err"
  fi
  # Cucumber's own duration: the last summary line, e.g. "0m 12.345s".
  local cuke
  cuke=$(awk '/^[0-9]+m ?[0-9]+\.[0-9]+s$/ { split($0, a, "m"); sub("s", "", a[2]); v = (a[1] * 60 + a[2]) * 1000 } END { printf "%d", v }' "$base.out")
  local inside=0
  if [[ $variant == timed ]]; then
    inside=$(sed -n 's/^vcr-bench-timing: .*; total \([0-9.]*\) ms$/\1/p' "$base.err")
    [[ -n $inside ]] || die "timed round $round: no vcr-bench-timing line in $base.err"
  fi
  awk -v c="$cuke" -v p="$inside" '{ printf "%d %d %d %d\n", $1 * 1000, ($2 + $3) * 1000, c, p }' "$base.time"
}

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- rounds -------------------------------------------------------------------------------------
VARIANTS=(none plugin hand timed)
RESULTS=$OUT/results.tsv   # round variant wall_ms cpu_ms cucumber_ms plugin_ms
: > "$RESULTS"
log "warm-up run (not counted): plugin"
run_variant plugin 0 > /dev/null
done_rounds=0
for ((r = 1; r <= ROUNDS; r++)); do
  elapsed=$(($(date +%s) - START))
  if ((r > 1 && elapsed > BUDGET_SECONDS)); then
    log "time budget of ${BUDGET_SECONDS}s reached after $done_rounds rounds: stopping early"
    break
  fi
  for ((k = 0; k < ${#VARIANTS[@]}; k++)); do
    v=${VARIANTS[$(((r - 1 + k) % ${#VARIANTS[@]}))]}
    read -r wall cpu cuke inside < <(run_variant "$v" "$r")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$v" "$wall" "$cpu" "$cuke" "$inside" >> "$RESULTS"
    log "round $r: $v wall ${wall} ms, cpu ${cpu} ms, cucumber ${cuke} ms$([[ $v == timed ]] && echo ", inside the plugin ${inside} ms") (cassettes checked)"
  done
  done_rounds=$r
done

# --- report -------------------------------------------------------------------------------------
col() { awk -F'\t' -v v="$1" -v c="$2" '$2 == v { print $c }' "$RESULTS"; }
med() { col "$1" "$2" | median; }
# Per-round ratio a/b of column c, then the median over rounds.
round_ratio() {
  awk -F'\t' -v a="$1" -v b="$2" -v c="$3" '$2 == a { x[$1] = $c } $2 == b { y[$1] = $c }
    END { for (r in x) if (r in y) printf "%.4f\n", x[r] / y[r] }' "$RESULTS" | median
}
{
  echo "whole-run benchmark: $SCENARIOS scenarios ($FAILING failing) in $FEATURES features, $done_rounds rounds"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; JAVA_OPTS='$JAVA_OPTS'"
  printf '%-7s %12s %12s %14s   %s\n' variant "median wall" "median cpu" "median cucumber" "wall ms per round"
  for v in none plugin hand timed; do
    printf '%-7s %12s %12s %14s   %s\n' "$v" "$(med "$v" 3)" "$(med "$v" 4)" "$(med "$v" 5)" "$(col "$v" 3 | tr '\n' ' ')"
  done
  echo "ratios of the medians:"
  for c in 3:wall 4:cpu 5:cucumber; do
    awk -v p="$(med plugin "${c%%:*}")" -v n="$(med none "${c%%:*}")" -v h="$(med hand "${c%%:*}")" -v name="${c#*:}" \
      'BEGIN { printf "  %-9s plugin/none = %.3f   plugin/hand = %.3f   hand/none = %.3f\n", name, p / n, p / h, h / n }'
  done
  echo "medians of the per-round ratios (each round runs the variants back to back):"
  for c in 3:wall 4:cpu 5:cucumber; do
    printf '  %-9s plugin/none = %.3f   plugin/hand = %.3f   hand/none = %.3f\n' "${c#*:}" \
      "$(round_ratio plugin none "${c%%:*}")" "$(round_ratio plugin hand "${c%%:*}")" "$(round_ratio hand none "${c%%:*}")"
  done
  echo "inside the plugin (variant timed, measured in the same JVM as the run): median $(med timed 6) ms per run;"
  echo "  median of inside / (wall - inside), the plugin's own overhead over a run without it:" \
    "$(awk -F'\t' '$2 == "timed" { printf "%.4f\n", $6 / ($3 - $6) }' "$RESULTS" | median)"
  echo "  breakdown of the last timed run: $(sed -n 's/^vcr-bench-timing: //p' "$OUT/runs/timed-$done_rounds.err")"
  echo "total benchmark time: $(($(date +%s) - START)) s; raw results: $RESULTS"
} | tee "$OUT/result.txt"
