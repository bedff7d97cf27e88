#!/usr/bin/env bash
# Runs every case of the bad-input corpus (Tests/RobustnessTests/Corpus/) through the release binary and
# prints how long each took, the slowest, and any case that did not end as expected.
#
#   Tests/Robustness/run-corpus.sh [--limit SECONDS] [--corpus DIR] [--no-build]
#
# 1. builds the release `planpress` (swift build -c release --static-swift-stdlib --product planpress);
# 2. writes every case as a broken project home into DIR (default /tmp/planpress-corpus) through the test
#    CorpusExportTests (PLANPRESS_CORPUS_EXPORT=DIR swift test --filter RobustnessTests.CorpusExportTests);
# 3. runs each case's command there, as the case says (as an unprivileged user, or with a file size limit
#    that makes writes fail like a full disk), checks its exit status and message, and times it.
# Exits 1 when a case ends otherwise than expected or takes longer than the limit (default 5 s).
# SCRATCH (default .build) is the SwiftPM scratch path.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="${SCRATCH:-.build}"
corpus=/tmp/planpress-corpus
limit=5
build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --limit) limit="$2"; shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
cd "$root" || exit 2
if [ "$build" = 1 ]; then
    swift build -c release --static-swift-stdlib --product planpress --scratch-path "$scratch" >/dev/null || { echo "release build failed" >&2; exit 2; }
fi
binary="$root/$scratch/release/planpress"
[ -x "$binary" ] || { echo "no release binary at $binary" >&2; exit 2; }

echo "writing the corpus into $corpus …"
PLANPRESS_CORPUS_EXPORT="$corpus" swift test --scratch-path "$scratch" --filter RobustnessTests.CorpusExportTests/testExportCorpus \
    > /tmp/planpress-corpus-export.log 2>&1 || { echo "exporting the corpus failed: see /tmp/planpress-corpus-export.log" >&2; exit 2; }

run_case() {  # dir runner args...
    local dir="$1" runner="$2"; shift 2
    case "$runner" in
        normal) (cd "$dir" && PLANPRESS_HOME="$dir" timeout -s KILL 60 "$binary" "$@") ;;
        unprivileged)
            if [ "$(id -u)" = 0 ]; then
                (cd "$dir" && PLANPRESS_HOME="$dir" timeout -s KILL 60 setpriv --reuid=65534 --regid=65534 --clear-groups -- "$binary" "$@")
            else
                (cd "$dir" && PLANPRESS_HOME="$dir" timeout -s KILL 60 "$binary" "$@")
            fi ;;
        filesize:*)
            local kb="${runner#filesize:}"
            (cd "$dir" && trap '' XFSZ && ulimit -f $((kb * 2)) && PLANPRESS_HOME="$dir" timeout -s KILL 60 "$binary" "$@") ;;
        *) echo "unknown runner $runner"; return 99 ;;
    esac
}

failures=0 slow=0 count=0
slowest_time=0 slowest_name=""
results=$(mktemp)
for dir in "$corpus"/*/; do
    dir="${dir%/}"
    name="$(basename "$dir")"
    mapfile -t args < "$dir/args"
    runner="$(cat "$dir/runner")"
    mapfile -t expect < "$dir/expect"
    start=$(date +%s.%N)
    output="$(run_case "$dir" "$runner" "${args[@]}" 2>&1)"
    status=$?
    end=$(date +%s.%N)
    seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    count=$((count + 1))
    problem=""
    if [ "$status" = 137 ]; then problem="killed after 60 s (a hang)"
    elif [ "$status" != "${expect[0]}" ]; then problem="exit $status, expected ${expect[0]}"
    else
        for fragment in "${expect[@]:1}"; do
            [ -z "$fragment" ] && continue
            if ! grep -qF -- "$fragment" <<< "$output"; then problem="the output does not say “$fragment”"; break; fi
        done
    fi
    if grep -qE 'Fatal error|Backtracing|Program crashed|CRITICAL' <<< "$output"; then problem="crashed"; fi
    if awk -v s="$seconds" -v l="$limit" 'BEGIN { exit !(s > l) }'; then slow=$((slow + 1)); problem="${problem:+$problem; }slower than $limit s"; fi
    printf '%7.3f s  %-60s %s\n' "$seconds" "$name" "${problem:-ok}"
    echo "$seconds $name" >> "$results"
    if [ -n "$problem" ]; then
        failures=$((failures + 1))
        printf '           %s\n' "$(head -c 600 <<< "$output" | tr '\n' ' ')"
    fi
    if awk -v s="$seconds" -v t="$slowest_time" 'BEGIN { exit !(s > t) }'; then slowest_time=$seconds; slowest_name=$name; fi
done
echo
echo "slowest:"
sort -rn "$results" | head -5 | awk '{ printf "  %7.3f s  %s\n", $1, $2 }'
total=$(awk '{ s += $1 } END { printf "%.1f", s }' "$results")
rm -f "$results"
echo "$count cases in $total s; slowest $slowest_name ($slowest_time s); $failures not as expected ($slow over $limit s)"
[ "$failures" = 0 ]
