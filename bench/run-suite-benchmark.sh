#!/usr/bin/env bash
# Whole-run benchmark of cucumber-vcr-delete-on-fail: the suite of GitHub issue 16.
#
# One feature file of SCENARIOS (5,000) one-step scenarios, each tagged @vcr-delete-on-fail, each
# recording its own small cassette (~120 bytes, service/Request_NNNNN.yaml); every FAIL_EVERY-th
# (tenth) scenario fails after its cassette is written. The suite runs with the Cucumber CLI
# (io.cucumber.core.cli.Main), one fresh JVM per run, in these variants:
#
#   none      no plugin, no hook: the failing scenarios' cassettes stay
#   plugin    --plugin io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin:<config>
#             (defaults: on-failure delete; cassette-dir set)
#   hand      what users write by hand instead: @After("@vcr-delete-on-fail") that deletes the
#             default cassette with Files.deleteIfExists when scenario.isFailed()
#   floor     no plugin, no hook: the failing step itself deletes its cassette with
#             Files.deleteIfExists before it fails (-Dbench.deleteInStep=true), the least any tool
#             can do to remove the failing scenarios' cassettes; floor / none is what deleting
#             them costs, whoever deletes them
#   restore   the plugin with on-failure: restore (a copy of each tagged scenario's cassette at its
#             start, discarded when it passes, put back when it fails)
#   timed     the plugin wrapped in bench's TimedPlugin, which adds up the time spent in its
#             constructor and each event handler, in the same JVM as the run
#   baseline  (only when BASELINE_JAR is set) the BASELINE_VARIANT variant (plugin or restore;
#             plugin by default) with another build of the plugin, to compare two versions of the
#             code side by side in one run
#
# Cassettes before each run (CASSETTES_BEFORE): "recorded" (the default) copies every scenario's
# cassette in, as recorded by an earlier run, so each scenario records over its cassette; "none"
# starts from an empty cassette folder, so each scenario creates its cassette. With "none" the
# runs measure this VM's file creation as much as anything: on its ext4, creating a file takes
# about 60 us, and about 800 us once some ten thousand files were created and deleted, for
# minutes; the same variant then takes 3 s or 7 s, depending on the runs before it.
#
# Rounds: each round runs every variant once, in an order that rotates each round; ROUNDS rounds
# (no new round after BUDGET_SECONDS). Before each run the cassette folder is removed and sync is
# called (not timed). After each run: exit code 1 (there are failures), the scenario counts, the
# cassettes left (exactly the passing scenarios' for plugin, hand, floor, timed; all for none; for restore,
# all with CASSETTES_BEFORE=recorded, a failed one holding its recording from before the run, and
# the passing ones with none), the plugin's summary, and no work folder left behind. Reported: median wall time and CPU
# time (user + sys) of the JVM per variant, the ratios of the medians, and the medians of the
# per-round ratios (each round runs the variants minutes apart at most).
#
# Then, unless DIAGNOSTICS=no (outside the timed rounds):
#   - classes loaded: each variant once with -Xlog:class+load, the class names diffed against none
#     (hidden classes counted by name without their address), grouped by package;
#   - system calls: the suite under strace -f with bench's MarkedPlugin, which brackets the
#     plugin's constructor and each event handler with marker stat calls, and with a marked copy of
#     the hand-written hook: system calls per event, per deleted cassette (median and mean), by name;
#   - the constructor in a bare JVM (ConstructorProbe), where nothing of Cucumber has loaded anything
#     yet, and the classes it loads there.
#
# Usage: bench/run-suite-benchmark.sh            (from anywhere)
# Environment: ROUNDS (7), SCENARIOS (5000), FAIL_EVERY (10), BUDGET_SECONDS (1200), JAVA (java),
#   JAVA_OPTS (""), VARIANTS ("none plugin hand floor restore timed"), PLUGIN_JAR (the jar in the
#   repository's target/, built by mvn install), BASELINE_JAR (unset), BASELINE_VARIANT (plugin),
#   CASSETTES_BEFORE (recorded), DIAGNOSTICS (yes).
# Needs: mvn -B -q install -DskipTests in the repository root (the plugin jar and its test-jar),
# strace for the system-call count. Builds bench/ itself when needed. Writes only under
# bench/target/suite.
set -euo pipefail

ROUNDS=${ROUNDS:-7}
SCENARIOS=${SCENARIOS:-5000}
FAIL_EVERY=${FAIL_EVERY:-10}
BUDGET_SECONDS=${BUDGET_SECONDS:-1200}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
VARIANTS_TEXT=${VARIANTS:-none plugin hand floor restore timed}
DIAGNOSTICS=${DIAGNOSTICS:-yes}
RUN_TIMEOUT=300

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT=$BENCH_DIR/target/suite
START=$(date +%s)

log() { printf '%s %s\n' "[$(date +%H:%M:%S)]" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- classpath ----------------------------------------------------------------------------------
if [[ ! -f $BENCH_DIR/target/suite-classpath.txt \
   || ! -f $BENCH_DIR/target/classes/io/github/vcrdeleteonfail/bench/MarkedPlugin.class ]]; then
  log "building bench/ (mvn package) for its classpath"
  mvn -B -q -f "$BENCH_DIR/pom.xml" package -DskipTests \
    || die "mvn package failed; install the plugin first: mvn -B -q install -DskipTests (repository root)"
fi
# The plugin jar is taken from this repository's target/ rather than from ~/.m2, which another
# checkout may have overwritten since.
PLUGIN_JAR=${PLUGIN_JAR:-$(ls "$ROOT"/target/cucumber-vcr-delete-on-fail-*.jar 2>/dev/null \
  | grep -v -e '-tests\.jar$' -e '-sources\.jar$' -e '-javadoc\.jar$' | head -1)}
[[ -f $PLUGIN_JAR ]] || die "no plugin jar: run mvn -B -q install -DskipTests in $ROOT, or set PLUGIN_JAR"
BASELINE_JAR=${BASELINE_JAR:-}
BASELINE_VARIANT=${BASELINE_VARIANT:-plugin}
[[ $BASELINE_VARIANT =~ ^(plugin|restore)$ ]] \
  || die "BASELINE_VARIANT must be plugin or restore, not $BASELINE_VARIANT"
CASSETTES_BEFORE=${CASSETTES_BEFORE:-recorded}
[[ $CASSETTES_BEFORE =~ ^(recorded|none)$ ]] \
  || die "CASSETTES_BEFORE must be recorded or none, not $CASSETTES_BEFORE"
with_jar() {
  tr ':' '\n' < "$BENCH_DIR/target/suite-classpath.txt" \
    | awk -v jar="$1" '/cucumber-vcr-delete-on-fail-[^\/]*\.jar$/ { print jar; next } { print }' \
    | paste -sd: -
}
CP=$(with_jar "$PLUGIN_JAR")
[[ $CP == *"$PLUGIN_JAR"* ]] || die "the plugin is not on $BENCH_DIR/target/suite-classpath.txt"
read -r -a VARIANTS <<< "$VARIANTS_TEXT"
if [[ -n $BASELINE_JAR ]]; then
  [[ -f $BASELINE_JAR ]] || die "BASELINE_JAR $BASELINE_JAR does not exist"
  VARIANTS+=(baseline)
fi

rm -rf "$OUT"
mkdir -p "$OUT"/{glue-src/benchglue,glue-src/benchhook,glue-src/benchhookmarked,glue-classes,features,runs,diag,recorded/service}

# --- the suite ----------------------------------------------------------------------------------
FAILING=$((SCENARIOS / FAIL_EVERY))
PASSING=$((SCENARIOS - FAILING))
awk -v n="$SCENARIOS" -v every="$FAIL_EVERY" -v out="$OUT" 'BEGIN {
    feature = out "/features/service.feature"
    print "Feature: Service" > feature
    for (i = 0; i < n; i++) {
      name = sprintf("Request %05d", i)
      failing = (i % every == every - 1)
      printf "\n  @vcr-delete-on-fail\n  Scenario: %s\n    When I record item %d and the service answers \"%s\"\n", name, i, failing ? "broken" : "ok" > feature
      cassette = sprintf("service/Request_%05d.yaml", i)
      print cassette > (out "/expected-all.txt")
      recorded = out "/recorded/" cassette
      printf "interactions:\n- request: {method: GET, uri: \"http://127.0.0.1/items/%d\"}\n  response: {status: 200, body: \"recorded before the run\"}\n", i > recorded
      close(recorded)
      if (!failing) print cassette > (out "/expected-kept.txt")
    }
  }'

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
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A recorder-like step: writes the scenario's cassette, then checks the answer. With
 * -Dbench.deleteInStep=true (the floor variant) a failing step deletes its cassette itself first.
 */
public class RecorderSteps {
    private static final boolean DELETE_IN_STEP = Boolean.getBoolean("bench.deleteInStep");
    private static final AtomicLong DELETE_NANOS = new AtomicLong();
    private static final AtomicLong DELETED = new AtomicLong();

    static {
        if (DELETE_IN_STEP) { // the time the deletions took, printed when the JVM exits
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
                    "vcr-bench-floor: %d deleted in %.1f ms%n", DELETED.get(), DELETE_NANOS.get() / 1e6)));
        }
    }

    private Path cassette;

    @Before
    public void openCassette(Scenario scenario) {
        cassette = CassetteNames.of(scenario);
    }

    @When("I record item {int} and the service answers {string}")
    public void record(int item, String answer) throws IOException {
        Files.createDirectories(cassette.getParent());
        Files.writeString(
                cassette,
                "interactions:\n"
                        + "- request: {method: GET, uri: 'http://127.0.0.1/items/" + item + "'}\n"
                        + "  response: {status: 200, body: '" + answer + "'}\n");
        if (!answer.equals("ok")) {
            if (DELETE_IN_STEP) {
                long start = System.nanoTime();
                if (Files.deleteIfExists(cassette)) {
                    DELETED.incrementAndGet();
                }
                DELETE_NANOS.addAndGet(System.nanoTime() - start);
            }
            throw new AssertionError("expected ok but the service answered " + answer);
        }
    }
}
JAVA

hook_source() { # package, marked (true/false)
  cat <<JAVA
package $1;

import benchglue.CassetteNames;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** What users write today without the plugin$([[ $2 == true ]] && echo ", with strace markers"). */
public class DeleteCassetteOnFailure {
    @After("@vcr-delete-on-fail")
    public void deleteCassetteOfFailedScenario(Scenario scenario) throws IOException {
        if (scenario.isFailed()) {
            $([[ $2 == true ]] && echo 'new File("/vcr-bench-mark/hand-failed/begin").exists();')
            Files.deleteIfExists(CassetteNames.of(scenario));
            $([[ $2 == true ]] && echo 'new File("/vcr-bench-mark/hand-failed/end").exists();')
        }
    }
}
JAVA
}
hook_source benchhook false > "$OUT/glue-src/benchhook/DeleteCassetteOnFailure.java"
hook_source benchhookmarked true > "$OUT/glue-src/benchhookmarked/DeleteCassetteOnFailure.java"

log "suite: $SCENARIOS scenarios in one feature, $FAILING failing; compiling the glue"
javac -nowarn -cp "$CP" -d "$OUT/glue-classes" "$OUT"/glue-src/*/*.java

CASSETTES=$OUT/cassettes
WORK=$OUT/.vcr-delete-on-fail   # the plugin's default snapshot-dir, beside the cassettes
printf "cassette-dir: '%s'\n" "$CASSETTES" > "$OUT/plugin.yaml"
printf "cassette-dir: '%s'\non-failure: restore\n" "$CASSETTES" > "$OUT/restore.yaml"

# --- one run ------------------------------------------------------------------------------------
# Sets VARIANT_ARGS, VARIANT_CP and VARIANT_OPTS (JVM options) for a variant.
variant_setup() {
  local plugin=io.github.vcrdeleteonfail.cucumber.VcrDeleteOnFailPlugin
  VARIANT_CP=$OUT/glue-classes:$CP
  VARIANT_OPTS=
  case $1 in
    none) VARIANT_ARGS=() ;;
    plugin) VARIANT_ARGS=(--plugin "$plugin:$OUT/plugin.yaml") ;;
    restore) VARIANT_ARGS=(--plugin "$plugin:$OUT/restore.yaml") ;;
    hand) VARIANT_ARGS=(--glue benchhook) ;;
    floor)
      VARIANT_ARGS=()
      VARIANT_OPTS=-Dbench.deleteInStep=true
      ;;
    timed)
      VARIANT_ARGS=(--plugin "io.github.vcrdeleteonfail.bench.TimedPlugin:$OUT/plugin.yaml")
      VARIANT_CP=$OUT/glue-classes:$BENCH_DIR/target/classes:$CP
      ;;
    marked)
      VARIANT_ARGS=(--plugin "io.github.vcrdeleteonfail.bench.MarkedPlugin:$OUT/plugin.yaml")
      VARIANT_CP=$OUT/glue-classes:$BENCH_DIR/target/classes:$CP
      ;;
    handmarked) VARIANT_ARGS=(--glue benchhookmarked) ;;
    baseline)
      VARIANT_ARGS=(--plugin "$plugin:$OUT/$BASELINE_VARIANT.yaml")
      VARIANT_CP=$OUT/glue-classes:$(with_jar "$BASELINE_JAR")
      ;;
    *) die "unknown variant $1" ;;
  esac
}

# Runs a variant once, checks it, and prints "wall_ms cpu_ms cucumber_ms plugin_ms constructor_ms"
# (cpu = user + sys of the JVM; the last two only for timed, else 0; for floor, plugin_ms is the
# time its steps spent deleting). PREFIX (a command such as strace) and EXTRA_OPTS (JVM options)
# are for the diagnostics.
run_variant() {
  local variant=$1 round=$2
  local base=$OUT/runs/$variant-$round
  variant_setup "$variant"
  local kind=$variant # what the run does, whichever build runs it
  [[ $variant == baseline ]] && kind=$BASELINE_VARIANT
  rm -rf "$CASSETTES" "$WORK"
  if [[ $CASSETTES_BEFORE == recorded ]]; then cp -R "$OUT/recorded" "$CASSETTES"; fi
  sync
  local rc=0 TIMEFORMAT='%3R %3U %3S'
  # shellcheck disable=SC2086
  { time timeout "$RUN_TIMEOUT" ${PREFIX:-} "$JAVA" $JAVA_OPTS $VARIANT_OPTS ${EXTRA_OPTS:-} -Dcucumber.publish.quiet=true \
      -Dbench.cassettes="$CASSETTES" -cp "$VARIANT_CP" io.cucumber.core.cli.Main \
      --glue benchglue "${VARIANT_ARGS[@]}" --plugin progress --monochrome "$OUT/features" \
      > "$base.out" 2> "$base.err"; } 2> "$base.time" || rc=$?
  [[ $rc -eq 1 ]] || die "$variant round $round: Cucumber exited $rc, expected 1 (failures); see $base.out/.err"
  grep -q "^$SCENARIOS scenarios ($PASSING passed, $FAILING failed)" "$base.out" \
    || die "$variant round $round: unexpected scenario counts; see $base.out"
  (cd "$CASSETTES" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) > "$base.cassettes"
  local expected=$OUT/expected-kept.txt
  [[ $kind == none || ($kind == restore && $CASSETTES_BEFORE == recorded) ]] && expected=$OUT/expected-all.txt
  if ! diff -q <(LC_ALL=C sort "$expected") "$base.cassettes" > /dev/null; then
    die "$variant round $round: cassettes differ from $expected (see $base.cassettes)"
  fi
  if [[ $kind == restore && $CASSETTES_BEFORE == recorded ]]; then # a failed one was put back
    local failed
    failed=$(printf 'service/Request_%05d.yaml' $((FAIL_EVERY - 1)))
    cmp -s "$OUT/recorded/$failed" "$CASSETTES/$failed" \
      || die "$variant round $round: $failed was not put back as it was recorded before the run"
  fi
  case $kind in
    plugin | timed | marked)
      grep -q "vcr-delete-on-fail summary for .*: $FAILING deleted; $PASSING tagged scenarios passed" "$base.err" \
        || die "$variant round $round: the plugin's summary does not say $FAILING deleted; see $base.err" ;;
    restore)
      grep -q "vcr-delete-on-fail summary for .*: $FAILING " "$base.err" \
        || die "$variant round $round: the plugin's summary does not count $FAILING cassettes; see $base.err" ;;
  esac
  [[ ! -e $WORK ]] || die "$variant round $round: the work folder $WORK was left behind"
  local cuke
  cuke=$(awk '/^[0-9]+m ?[0-9]+\.[0-9]+s$/ { split($0, a, "m"); sub("s", "", a[2]); v = (a[1] * 60 + a[2]) * 1000 } END { printf "%d", v }' "$base.out")
  local inside=0 constructor=0
  if [[ $variant == timed ]]; then
    inside=$(sed -n 's/^vcr-bench-timing: .*; total \([0-9.]*\) ms$/\1/p' "$base.err")
    constructor=$(sed -n 's/^vcr-bench-timing: constructor \([0-9.]*\) ms.*/\1/p' "$base.err")
    [[ -n $inside && -n $constructor ]] || die "timed round $round: no vcr-bench-timing line in $base.err"
  elif [[ $variant == floor ]]; then # the time the failing steps spent deleting their cassettes
    inside=$(sed -n "s/^vcr-bench-floor: $FAILING deleted in \([0-9.]*\) ms$/\1/p" "$base.err")
    [[ -n $inside ]] || die "floor round $round: no 'vcr-bench-floor: $FAILING deleted' line in $base.err"
  fi
  awk -v c="$cuke" -v p="$inside" -v k="$constructor" \
    '{ printf "%d %d %d %s %s\n", $1 * 1000, ($2 + $3) * 1000, c, p, k }' "$base.time"
}

# --- rounds -------------------------------------------------------------------------------------
RESULTS=$OUT/results.tsv   # round variant wall_ms cpu_ms cucumber_ms plugin_ms constructor_ms load
: > "$RESULTS"
log "load before the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"
log "warm-up runs (not counted): plugin, none"
run_variant plugin 0 > /dev/null
run_variant none 0 > /dev/null
done_rounds=0
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r > 1 && $(date +%s) - START > BUDGET_SECONDS)); then
    log "time budget of ${BUDGET_SECONDS}s reached after $done_rounds rounds: stopping early"
    break
  fi
  for ((k = 0; k < ${#VARIANTS[@]}; k++)); do
    v=${VARIANTS[$(((r - 1 + k) % ${#VARIANTS[@]}))]}
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r wall cpu cuke inside constructor < <(run_variant "$v" "$r")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$v" "$wall" "$cpu" "$cuke" "$inside" "$constructor" "$load" >> "$RESULTS"
    log "round $r: $v wall ${wall} ms, cpu ${cpu} ms, cucumber ${cuke} ms$([[ $v == timed ]] && echo ", inside the plugin ${inside} ms, constructor ${constructor} ms"), load $load"
  done
  done_rounds=$r
done

# --- diagnostics --------------------------------------------------------------------------------
normalise_classes() { # class+load log (no decorators) -> one class name per line, hidden classes without address
  awk '{ n = $1; sub(/\/0x[0-9a-f]+$/, "", n); gsub(/\$\$Lambda\$[0-9]+/, "$$Lambda", n); print n }' "$1"
}
# Classes loaded in run $1 beyond run $2, counted by name (a hidden class name may repeat).
extra_classes() {
  awk 'NR == FNR { base[$0]++; next } { if (base[$0] > 0) base[$0]--; else print }' \
    <(normalise_classes "$2") <(normalise_classes "$1")
}
group_classes() {
  awk '{
      g = "other JDK"
      if ($0 ~ /^io\.github\.vcrdeleteonfail\./) g = "the plugin (io.github.vcrdeleteonfail)"
      else if ($0 ~ /^org\.yaml\.snakeyaml\./) g = "SnakeYAML"
      else if ($0 ~ /^java\.lang\.invoke\.|\$\$Lambda/) g = "java.lang.invoke and lambdas"
      else if ($0 ~ /^java\.time\./) g = "java.time"
      else if ($0 ~ /^java\.util\.logging\.|^sun\.util\.logging\.|^jdk\.internal\.logger\./) g = "logging (java.util.logging, System.Logger)"
      else if ($0 ~ /^java\.util\.regex\./) g = "java.util.regex"
      else if ($0 ~ /^java\.util\.stream\./) g = "java.util.stream"
      else if ($0 ~ /^java\.nio\.|^sun\.nio\./) g = "java.nio, sun.nio"
      else if ($0 ~ /^io\.cucumber\./) g = "Cucumber"
      else if ($0 !~ /^(java|javax|jdk|sun|com\.sun)\./) g = "other"
      c[g]++; t++
    } END { for (g in c) printf "    %4d  %s\n", c[g], g; printf "    %4d  in all\n", t }' | sort -rn
}

# strace -f log with markers -> per kind: events, calls, calls per event (median, mean), by name.
strace_report() {
  awk '
    { pid = $1 }
    /\/vcr-bench-mark\/[^\/]+\/begin/ { match($0, /\/vcr-bench-mark\/[^\/]+\//); k = substr($0, RSTART + 16, RLENGTH - 17); open[pid] = k; n[k]++; cur[pid] = 0; next }
    /\/vcr-bench-mark\/[^\/]+\/end/ { k = open[pid]; if (k != "") { per[k, n[k]] = cur[pid] }; open[pid] = ""; next }
    /resumed>/ || / \+\+\+ / || / --- / { next }
    {
      k = open[pid]
      if (k != "") {
        call = $2; sub(/\(.*/, "", call)
        calls[k]++; cur[pid]++; byname[k, call]++
      }
    }
    END {
      for (k in n) {
        m = n[k]; delete v
        for (i = 1; i <= m; i++) v[i] = per[k, i] + 0
        # insertion sort is fine for a few thousand values
        for (i = 2; i <= m; i++) { x = v[i]; j = i - 1; while (j > 0 && v[j] > x) { v[j + 1] = v[j]; j-- } v[j + 1] = x }
        med = (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
        names = ""
        for (key in byname) { split(key, p, SUBSEP); if (p[1] == k) names = names sprintf(" %s %.2f;", p[2], byname[key] / m) }
        printf "  %-24s %6d events  %8d calls  median %g per event, mean %.2f; per event by name:%s\n", k, m, calls[k], med, calls[k] / m, names
      }
    }' "$1" | sort
}

if [[ $DIAGNOSTICS != no ]]; then
  log "diagnostics: classes loaded (-Xlog:class+load), one run per variant"
  for v in none plugin hand restore; do
    EXTRA_OPTS="-Xlog:class+load:file=$OUT/diag/classes-$v.log:none" run_variant "$v" classes > /dev/null
  done
  log "diagnostics: the constructor in a bare JVM"
  PROBE_CP=$BENCH_DIR/target/classes:$CP
  probe_times=()
  for i in 1 2 3; do
    probe_times+=("$("$JAVA" -cp "$PROBE_CP" io.github.vcrdeleteonfail.bench.ConstructorProbe "$OUT/plugin.yaml" \
      | sed -n 's/^vcr-bench-constructor: \([0-9.]*\) ms$/\1/p')")
  done
  "$JAVA" "-Xlog:class+load:file=$OUT/diag/classes-probe.log:none" -cp "$PROBE_CP" \
    io.github.vcrdeleteonfail.bench.ConstructorProbe "$OUT/plugin.yaml" > /dev/null
  "$JAVA" "-Xlog:class+load:file=$OUT/diag/classes-probe-empty.log:none" -cp "$PROBE_CP" \
    io.github.vcrdeleteonfail.bench.ConstructorProbe --empty > /dev/null
  if command -v strace > /dev/null; then
    log "diagnostics: system calls under strace -f (slow)"
    for v in marked handmarked; do
      PREFIX="strace -f -qq -o $OUT/diag/strace-$v.log" run_variant "$v" strace > /dev/null
    done
  fi
fi

# --- report -------------------------------------------------------------------------------------
col() { awk -F'\t' -v v="$1" -v c="$2" '$2 == v { print $c }' "$RESULTS"; }
med() { col "$1" "$2" | median; }
has() { [[ " ${VARIANTS[*]} " == *" $1 "* ]]; }
round_ratio() { # a b column: the median over rounds of a/b
  awk -F'\t' -v a="$1" -v b="$2" -v c="$3" '$2 == a { x[$1] = $c } $2 == b { y[$1] = $c }
    END { for (r in x) if (r in y) printf "%.4f\n", x[r] / y[r] }' "$RESULTS" | median
}
ratio_line() { # a b
  ((done_rounds > 0)) && has "$1" && has "$2" || return 0
  printf '  %-18s wall %.3f (median of per-round ratios %.3f)   cpu %.3f (%.3f)\n' "$1 / $2" \
    "$(awk -v x="$(med "$1" 3)" -v y="$(med "$2" 3)" 'BEGIN { print x / y }')" "$(round_ratio "$1" "$2" 3)" \
    "$(awk -v x="$(med "$1" 4)" -v y="$(med "$2" 4)" 'BEGIN { print x / y }')" "$(round_ratio "$1" "$2" 4)"
}
{
  echo "whole-run benchmark (issue 16): $SCENARIOS one-step scenarios in one feature, each tagged @vcr-delete-on-fail with its own cassette, $FAILING failing (every ${FAIL_EVERY}th); $done_rounds rounds"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; JAVA_OPTS='$JAVA_OPTS'; cassettes before each run: $CASSETTES_BEFORE"
  echo "plugin jar: $PLUGIN_JAR$([[ -n $BASELINE_JAR ]] && echo "; baseline jar: $BASELINE_JAR, variant $BASELINE_VARIANT")"
  echo "load average (1 min) at the start of each run: median $(awk -F'\t' '{ print $8 }' "$RESULTS" | median), max $(awk -F'\t' '{ print $8 }' "$RESULTS" | sort -g | tail -1)"
  printf '%-9s %12s %12s %15s   %s\n' variant "median wall" "median cpu" "median cucumber" "wall ms per round"
  for v in "${VARIANTS[@]}"; do
    printf '%-9s %12s %12s %15s   %s\n' "$v" "$(med "$v" 3)" "$(med "$v" 4)" "$(med "$v" 5)" "$(col "$v" 3 | tr '\n' ' ')"
  done
  echo "ratios (of the medians; in brackets the median of the per-round ratios):"
  ratio_line plugin hand
  ratio_line plugin none
  ratio_line hand none
  ratio_line floor none
  ratio_line plugin floor
  ratio_line hand floor
  ratio_line restore hand
  ratio_line restore none
  ratio_line timed plugin
  ratio_line baseline "$BASELINE_VARIANT"
  if ((done_rounds > 0)) && has floor; then
    echo "deleting the $FAILING cassettes in the failing steps (variant floor, Files.deleteIfExists timed in the run):" \
      "median $(med floor 6) ms per run (per run: $(col floor 6 | tr '\n' ' '))"
  fi
  if ((done_rounds > 0)) && has timed; then
    echo "inside the plugin (variant timed, same JVM as the run): median $(med timed 6) ms per run;" \
      "constructor median $(med timed 7) ms cold (per run: $(col timed 7 | tr '\n' ' '))"
    echo "  the plugin's own share, median of inside / (wall - inside): $(awk -F'\t' '$2 == "timed" { printf "%.4f\n", $6 / ($3 - $6) }' "$RESULTS" | median)"
    echo "  breakdown of the last timed run: $(sed -n 's/^vcr-bench-timing: //p' "$OUT/runs/timed-$done_rounds.err")"
  fi
  if [[ $DIAGNOSTICS != no ]]; then
    for v in plugin hand restore; do
      echo "classes loaded in a run with $v beyond a run with none (by name):"
      extra_classes "$OUT/diag/classes-$v.log" "$OUT/diag/classes-none.log" | tee "$OUT/diag/extra-classes-$v.txt" | group_classes
    done
    echo "the constructor in a bare JVM (ConstructorProbe, 3 JVMs): $(printf '%s\n' "${probe_times[@]}" | median) ms median ($(echo "${probe_times[*]}")); classes it loads there:"
    extra_classes "$OUT/diag/classes-probe.log" "$OUT/diag/classes-probe-empty.log" > "$OUT/diag/extra-classes-probe.txt"
    group_classes < "$OUT/diag/extra-classes-probe.txt"
    if [[ -f $OUT/diag/strace-marked.log ]]; then
      echo "system calls on the plugin's thread between markers (strace -f, MarkedPlugin, one run):"
      strace_report "$OUT/diag/strace-marked.log"
      echo "system calls of the hand-written hook's deletion (Files.deleteIfExists, between markers):"
      strace_report "$OUT/diag/strace-handmarked.log"
    fi
  fi
  echo "total benchmark time: $(($(date +%s) - START)) s; raw results: $RESULTS"
} | tee "$OUT/result.txt"
