#!/usr/bin/env bash
# Parse throughput of Molt's parser against CPython's ast.parse on the same files (default: the
# CPython 3.12 oracle's standard library). See bench/README.md.
#   bench/parse-throughput.sh [--root DIR] [--python PATH]
# Environment: MOLT_BENCH_WARMUP/ROUNDS (JVM, default 5/10), MOLT_BENCH_PY_WARMUP/ROUNDS (default 1/3),
# MOLT_BENCH_JAVA_OPTS (default "-Xss64m -Xmx2g").
set -euo pipefail
cd "$(dirname "$0")/.."

root_args=()
python_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --root) root_args=(--root "$2"); shift 2 ;;
    --python) python_args=(--python "$2"); shift 2 ;;
    *) echo "usage: $0 [--root DIR] [--python PATH]" >&2; exit 2 ;;
  esac
done

./mvnw -q -pl bench -am -DskipTests package
classpath="bench/target/classes:compiler/target/classes"
java_opts=(${MOLT_BENCH_JAVA_OPTS:--Xss64m -Xmx2g})

{ read -r python; read -r root; } < <(java -cp "$classpath" dev.molt.bench.ParseThroughput --locate \
    "${root_args[@]}" "${python_args[@]}")

molt_out=$(java "${java_opts[@]}" -cp "$classpath" dev.molt.bench.ParseThroughput --root "$root" \
    --warmup "${MOLT_BENCH_WARMUP:-5}" --rounds "${MOLT_BENCH_ROUNDS:-10}")
echo "$molt_out"
cpython_out=$("$python" bench/cpython_parse_throughput.py "$root" \
    "${MOLT_BENCH_PY_WARMUP:-1}" "${MOLT_BENCH_PY_ROUNDS:-3}")
echo "$cpython_out"

molt_rate=$(sed -n 's/^molt lines\/s: \([0-9]*\).*/\1/p' <<<"$molt_out")
cpython_rate=$(sed -n 's/^cpython lines\/s: \([0-9]*\).*/\1/p' <<<"$cpython_out")
awk -v m="$molt_rate" -v c="$cpython_rate" \
    'BEGIN { printf "best rounds: molt %d lines/s, cpython %d lines/s, ratio molt/cpython %.2fx\n", m, c, m / c }'
