#!/usr/bin/env python3
"""Where the time under one frame goes, from a dotnet-trace speedscope file (docs/performance.md, "Build: where the CPU time goes").

Record a warm compiler server while it builds (the pid is VBCSCompiler's):
    dotnet-trace collect -p <pid> --profile dotnet-common,dotnet-sampled-thread-time --format speedscope -o trace.nettrace --duration 00:00:01:20
then:
    benchmarks/trace-breakdown.py trace.speedscope.json FlowQueryAnalyzer [rows]

Sampled thread time is wall-clock time per thread: a thread waiting (for the garbage collector, a lock, a core)
counts as much as one running. A stack ending in Thread.PollGC is a thread parked for a suspension of the runtime,
which may be a garbage collection or the sampler's own stop: it does not say which. Prints, for the stacks that pass through a frame whose name contains PATTERN, the
total time under the first such frame, and the share of it under every frame below (inclusive).
"""
import collections
import json
import sys


def main(path, pattern, rows):
    data = json.load(open(path))
    frames = [frame["name"] for frame in data["shared"]["frames"]]
    inclusive = collections.Counter()
    total = 0.0

    def account(stack, duration):
        nonlocal total
        names = [frames[i] for i in stack]
        first = next((k for k, name in enumerate(names) if pattern in name), None)
        if first is None:
            return
        total += duration
        for name in set(names[first:]):
            inclusive[name] += duration

    for profile in data["profiles"]:
        if profile["type"] == "evented":
            stack, last = [], None
            for event in profile["events"]:
                if stack and last is not None:
                    account(stack, event["at"] - last)
                last = event["at"]
                if event["type"] == "O":
                    stack.append(event["frame"])
                else:
                    stack.pop()
        else:
            for sample, weight in zip(profile["samples"], profile["weights"]):
                account(sample, weight)

    unit = data["profiles"][0].get("unit", "") if data["profiles"] else ""
    print(f"total under '{pattern}': {total:.1f} {unit}")
    for name, duration in inclusive.most_common(rows):
        print(f"{duration / total * 100:6.1f}%  {name[:160]}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40)
