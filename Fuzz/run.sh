#!/usr/bin/env bash
# Fuzz targets for PlanPress (libFuzzer through swiftc -sanitize=fuzzer,address). Not part of
# `swift build` / `swift test`: the libraries are built with their own scratch path, .build-fuzz/.
#
#   Fuzz/run.sh build                  build every target into .build-fuzz/fuzz/bin/
#   Fuzz/run.sh TARGET [SECONDS]       fuzz one target (default 600 s)
#   Fuzz/run.sh all [SECONDS]          fuzz every target, one after another
#
# Targets: plan-loader (plan.yaml, projects/NN.yaml and YAML progress records through the loader and the
# validator), progress-csv (the progress CSV reader and checks), thai-text (dates, amounts, digits, bahttext).
# The corpus grows in .build-fuzz/fuzz/TARGET/corpus (seeded from Plans/ and Fuzz/Seeds/); a crashing,
# hanging (over 5 s) or leaking-without-bound input is saved in .build-fuzz/fuzz/TARGET/artifacts/ and the
# run stops with exit status 1. Reproduce one with: .build-fuzz/fuzz/bin/TARGET ARTIFACT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scratch="$root/.build-fuzz"
out="$scratch/fuzz"
targets=(plan-loader progress-csv thai-text)
plan="$root/Plans/$(tr -d '[:space:]' < "$root/Plans/default-plan")"

sources_for() {
    case "$1" in
        plan-loader) echo "$here/Targets/FuzzBase.swift $here/Targets/PlanLoaderFuzz.swift" ;;
        progress-csv) echo "$here/Targets/FuzzBase.swift $here/Targets/ProgressCSVFuzz.swift" ;;
        thai-text) echo "$here/Targets/ThaiTextFuzz.swift" ;;
        *) echo "unknown target '$1'; targets: ${targets[*]}" >&2; exit 2 ;;
    esac
}

build() {
    echo "building the libraries with -sanitize=fuzzer,address and coverage into $scratch …"
    local debug="$scratch/debug"
    # SwiftPM's --sanitize fuzzer does not instrument Swift code for coverage by itself: ask for it, and
    # rebuild the libraries from clean so that no object is left from a build without it.
    rm -rf "$(readlink -f "$debug" 2>/dev/null || echo "$debug")" "$scratch/build.db" "$scratch/debug.yaml"
    (cd "$root" && swift build --scratch-path "$scratch" --sanitize fuzzer --sanitize address \
        -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table --target PlanModel) || exit 1
    local missing
    missing=$(find "$debug"/{CYaml,Yams,DataFiles,ThaiText,PlanModel}.build -name '*.o' -print0 \
        | xargs -0 -n1 sh -c 'objdump -h "$0" | grep -q __sancov_cntrs || echo "$0"')
    if [ -n "$missing" ]; then echo "objects without coverage instrumentation:" >&2; echo "$missing" >&2; exit 1; fi
    local yams_include
    yams_include="$(find "$scratch/checkouts" -path '*Sources/CYaml/include' -type d | head -1)"
    local objects=()
    for module in CYaml Yams DataFiles ThaiText PlanModel; do
        while IFS= read -r -d '' o; do objects+=("$o"); done < <(find "$debug/$module.build" -name '*.o' -print0)
    done
    local thai_objects=()
    while IFS= read -r -d '' o; do thai_objects+=("$o"); done < <(find "$debug/ThaiText.build" -name '*.o' -print0)
    mkdir -p "$out/bin"
    for target in "${targets[@]}"; do
        echo "linking $target …"
        local objs=("${objects[@]}")
        [ "$target" = thai-text ] && objs=("${thai_objects[@]}")
        # shellcheck disable=SC2046
        swiftc -sanitize=fuzzer,address -parse-as-library -g -Onone -use-ld=lld \
            -I "$debug/Modules" -Xcc -fmodule-map-file="$yams_include/module.modulemap" -Xcc -I"$yams_include" \
            $(sources_for "$target") "${objs[@]}" -o "$out/bin/$target"
    done
}

seed() {
    local target="$1" corpus="$out/$1/corpus"
    mkdir -p "$corpus" "$out/$1/artifacts"
    [ -n "$(ls -A "$corpus" 2>/dev/null)" ] && return 0
    case "$target" in
        plan-loader)
            { printf '\x00'; cat "$plan/plan.yaml"; } > "$corpus/seed-plan"
            for f in "$plan"/projects/*.yaml; do { printf '\x01'; cat "$f"; } > "$corpus/seed-project-$(basename "$f" .yaml)"; done
            for f in "$plan"/progress/*/*.yaml; do { printf '\x02'; cat "$f"; } > "$corpus/seed-progress-$(basename "$(dirname "$f")")-$(basename "$f" .yaml)"; done ;;
        progress-csv)
            for f in "$plan"/progress/*/*.csv; do cp "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
    esac
    if [ -d "$here/Seeds/$target" ]; then cp "$here/Seeds/$target"/* "$corpus/" 2>/dev/null || true; fi
}

run() {
    local target="$1" seconds="${2:-600}"
    sources_for "$target" > /dev/null
    [ -x "$out/bin/$target" ] || build
    seed "$target"
    local dict=()
    [ -f "$here/Dictionaries/$target.dict" ] && dict=(-dict="$here/Dictionaries/$target.dict")
    echo "fuzzing $target for $seconds s (log: $out/$target/fuzz.log) …"
    cd "$root"
    set +e
    PLANPRESS_FUZZ_PLAN="$plan" SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" \
        "$out/bin/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=3072 -max_len=131072 \
        -print_final_stats=1 -artifact_prefix="$out/$target/artifacts/" "${dict[@]}" \
        "$out/$target/corpus" > "$out/$target/fuzz.log" 2>&1
    local status=$?
    set -e
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^Done [0-9]+ runs' "$out/$target/fuzz.log" || true
    local crashes
    crashes=$(find "$out/$target/artifacts" -type f | wc -l)
    echo "$target: exit $status, $crashes artifact(s) in $out/$target/artifacts"
    return $status
}

case "${1:-}" in
    build) build ;;
    all) status=0; for t in "${targets[@]}"; do run "$t" "${2:-600}" || status=1; done; exit $status ;;
    ""|-h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) run "$1" "${2:-600}" ;;
esac
