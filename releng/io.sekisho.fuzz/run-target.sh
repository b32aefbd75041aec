#!/usr/bin/env bash
# run-target.sh NAME TARGET_CLASS SEED_DIR CLASSPATH [JAZZER_OPTION...] — one Jazzer run of FUZZ_SECONDS with -XmxFUZZ_HEAP, in target/.
# The seed folder is only read; new inputs go to corpus/NAME, crashes to findings/NAME/.
set -euo pipefail
name=$1 target=$2 seeds=$3 cp=$4
shift 4
mkdir -p "corpus/$name" "findings/$name"
# the rss limit is the libFuzzer process's; -Xmx bounds the Java heap the target may use
"${FUZZ_JAVA:-java}" -Xmx"${FUZZ_HEAP:-256m}" -Dsekisho.fuzz.seeds="$seeds" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="$target" --instrumentation_includes='io.sekisho.**' \
  "$@" --keep_going=0 --reproducer_path="findings/$name" \
  -max_total_time="${FUZZ_SECONDS:-60}" -rss_limit_mb=1024 -timeout="${FUZZ_TIMEOUT:-20}" -print_final_stats=1 \
  -artifact_prefix="findings/$name/" "corpus/$name" "$seeds" 2>&1 | tee "fuzz-$name.log" | grep -E "^#[0-9]+ *(DONE|INITED)|^Done|== Java Exception|FuzzerSecurityIssue|stat::number_of_executed_units" || true
# a finding makes Jazzer exit non-zero; report it without stopping the other targets
grep -q "Done [0-9]* runs" "fuzz-$name.log" || echo "fuzz target $name stopped early: see target/fuzz-$name.log"
