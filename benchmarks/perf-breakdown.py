#!/usr/bin/env python3
"""Where a contender's CPU time goes, Roslyn's part and ours apart, from Linux perf samples (docs/performance.md,
"Build: where the CPU time goes").

benchmarks/profile.sh does all of this for every contender. By hand: record the benchmarks' profiling loop (Release;
perf from the Debian package linux-perf), then break it down:
    dotnet build -c Release benchmarks/ConnectFlowQueries.Benchmarks
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -o gen.data \\
        benchmarks/ConnectFlowQueries.Benchmarks/bin/Release/net10.0/ConnectFlowQueries.Benchmarks --profile-loop generator 1000 100
    perf script -i gen.data > gen.txt
    benchmarks/perf-breakdown.py gen.txt 100

CONTENDER is generator, floor, signature-floor or analyzer. Only samples under ProfileLoop.MeasuredRound count, so
setting up the project and the warm-up rounds stay out; for the analyzer, whose callbacks run on the driver's tasks,
the samples under the CpuTimedAnalyzer wrapper of its measured rounds (its callbacks only, not the compile around
them). A sample is one stack on one thread; with -F 999 it stands for about a millisecond of CPU, so compare the rows
with each other and across contenders, not with a clock. Each sample goes to the first category below whose frames
its stack holds, so a category is inclusive of everything it calls.
"""
import collections
import sys

MEASURED = "ProfileLoop::MeasuredRound"
CALLBACKS = "CpuTimedAnalyzer"

# The query language's frames. Small entry points (QueryBinder.Bind(text, ...), the generator's Generate) may be inlined
# into their callers, so a row is found by any of these frames, not by the entry point alone.
QUERY_LANGUAGE = ["QueryBinder::", "QueryParser::", "QueryLexer::"]

# (category, frames that must all be on the stack); the first match wins.
CATEGORIES = [
    ("benchmark: its own clock reads", ["ThreadCpu::"]),
    *[("ours, analyzer: parse and bind", ["FlowQueryAnalyzer::", frame]) for frame in QUERY_LANGUAGE],
    ("ours, analyzer: reading the method", ["FlowQueryAnalyzer::", "FlowQueryMethodReader::Read"]),
    ("ours, analyzer: the rest of its callbacks", ["FlowQueryAnalyzer::"]),
    ("Roslyn: duplicate hint-name check (AddSource)", ["AdditionalSourcesCollection::Add"]),
    *[("ours: parse, bind and emit", [frame]) for frame in ["FlowQueryGenerator::Generate", "FlowQueryEmitter::", *QUERY_LANGUAGE]],
    ("Roslyn: binding the method's signature", ["LazyMethodChecks"]),
    ("Roslyn: binding the method's signature", ["get_ReturnType"]),
    ("ours: reading the method", ["FlowQueryMethodReader::Read"]),
    ("ours: reading the method", ["FlowQueryGenerator::Read"]),
    ("Roslyn: ForAttributeWithMetadataName (finding the methods, binding their attributes)", ["SyntaxValueProvider"]),
]
REST = "rest: the runtime, garbage collection, and for a generator the driver's nodes and tables"


def main(path, rounds):
    with open(path, errors="replace") as file:
        stacks = file.read().split("\n\n")
    # An analyzer's profile: its callbacks only, wherever the driver ran them.
    marker = CALLBACKS if any(CALLBACKS in stack for stack in stacks) else MEASURED
    counts = collections.Counter()
    for stack in stacks:
        if marker in stack:
            account(stack, counts)

    total = sum(counts.values())
    if total == 0:
        sys.exit(f"no sample under {MEASURED}: was the loop run with --profile-loop, and perf with DOTNET_PerfMapEnabled=1?")
    print(f"{'category':<88} {'samples/round':>13} {'share':>7}")
    for name, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"{name:<88} {count / rounds:>13.1f} {count / total:>7.1%}")
    print(f"{'total':<88} {total / rounds:>13.1f}")


def account(stack, counts):
    for name, frames in CATEGORIES:
        if all(frame in stack for frame in frames):
            counts[name] += 1
            return
    counts[REST] += 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]))
