#!/usr/bin/env bash
# Where each contender's CPU time goes, Roslyn's part and ours apart (docs/performance.md, "Build: where the CPU time
# goes"): runs --profile-loop under `perf record` for our generator, the two floors and our analyzer, and prints
# benchmarks/perf-breakdown.py's table for each. Linux only; needs perf (Debian: apt-get install linux-perf).
#   benchmarks/profile.sh [methods] [rounds]      e.g. benchmarks/profile.sh 1000 100, or 10000 10 (about 2 minutes each)
set -euo pipefail
cd "$(dirname "$0")/.."

methods="${1:-1000}"
rounds="${2:-100}"
if ! command -v perf >/dev/null 2>&1; then
  echo "perf is not installed (Debian: apt-get install linux-perf)" >&2
  exit 2
fi

dotnet build -c Release benchmarks/ConnectFlowQueries.Benchmarks -v quiet -nologo >/dev/null
bench=benchmarks/ConnectFlowQueries.Benchmarks/bin/Release/net10.0/ConnectFlowQueries.Benchmarks
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for contender in generator signature-floor floor analyzer; do
  echo "== $contender, $methods methods, $rounds rounds (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  # The perf map names the JIT-compiled frames; without W^X the map's addresses stay the code's.
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
    perf record -q -F 999 -g -o "$work/perf.data" "$bench" --profile-loop "$contender" "$methods" "$rounds"
  perf script -i "$work/perf.data" > "$work/perf.txt" 2>/dev/null
  python3 benchmarks/perf-breakdown.py "$work/perf.txt" "$rounds"
  rm -f "$work/perf.data" "$work/perf.txt"
done
