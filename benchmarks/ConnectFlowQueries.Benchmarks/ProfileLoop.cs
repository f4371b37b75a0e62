using System;
using System.Runtime.CompilerServices;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// <c>--profile-loop CONTENDER [methods] [rounds]</c>: runs one contender round after round for a sampling profiler
    /// (<c>perf record</c>), so the samples say where its time goes, Roslyn's part and ours apart (benchmarks/perf-breakdown.py,
    /// docs/performance.md "Build: where the CPU time goes"). Rounds are what <see cref="CpuTimes"/> times: a fresh
    /// driver on a fresh clone, or the analyzer's pass on a fresh clone. Setting up the project and the warm-up rounds
    /// run outside <see cref="MeasuredRound"/>, the frame the script counts under, so neither reaches the figures. The
    /// analyzer's callbacks run on the driver's tasks, off that frame: in measured rounds they run inside
    /// <see cref="CpuTimedAnalyzer"/>, the frame the script counts them under instead (its clock reads are a row of their own).
    /// </summary>
    internal static class ProfileLoop
    {
        /// <summary>
        /// More than --cpu-times' five: there every contender warms Roslyn's code paths for the others, here one contender
        /// alone does (after five, the replay floor's rounds still varied from 35 to 90 ms; after twenty, 25 to 38).
        /// </summary>
        private const int WarmUpRounds = 20;

        public static readonly string[] Contenders = { "generator", "floor", "signature-floor", "analyzer" };

        public static int Run(string contender, int methods, int rounds)
        {
            if (Array.IndexOf(Contenders, contender) < 0)
            {
                Console.Error.WriteLine($"--profile-loop takes one of: {string.Join(", ", Contenders)}");
                return 2;
            }

            SyntheticCompilations project = SyntheticCompilations.ForQueryMethods(methods);
            for (int round = 0; round < WarmUpRounds; round++)
            {
                WarmUpRound(project, contender);
            }

            var cpu = new double[rounds];
            for (int round = 0; round < rounds; round++)
            {
                GC.Collect(); // each round starts from the same heap, as in --cpu-times
                cpu[round] = MeasuredRound(project, contender);
            }

            // The thread's CPU time, to hold the profiled runs against --cpu-times (the profiler's own cost included).
            Array.Sort(cpu);
            Console.WriteLine($"{contender}: {rounds} measured rounds of {methods} methods after {WarmUpRounds} warm-up rounds; " +
                $"CPU per round, median {cpu[(rounds - 1) / 2]:F1} ms, least {cpu[0]:F1} ms{(contender == "analyzer" ? " (its callbacks only)" : string.Empty)}");
            return 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static double WarmUpRound(SyntheticCompilations project, string contender) => Round(project, contender, measured: false);

        /// <summary>The frame benchmarks/perf-breakdown.py counts under; its name is part of that script.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static double MeasuredRound(SyntheticCompilations project, string contender) => Round(project, contender, measured: true);

        /// <summary>One round; returns its CPU time in ms: the thread's for a generator, the callbacks' for the analyzer (measured rounds only).</summary>
        private static double Round(SyntheticCompilations project, string contender, bool measured)
        {
            if (contender == "analyzer")
            {
                // Warm-up rounds run it unwrapped: the script counts every sample under the wrapper.
                var analyzer = new FlowQueryAnalyzer();
                var timed = measured ? new CpuTimedAnalyzer(analyzer) : null;
                CpuTimes.AnalyzeOnOneThread(project.WithGenerated, (DiagnosticAnalyzer?)timed ?? analyzer);
                return timed is null ? 0 : timed.CpuNanoseconds / 1e6;
            }

            IIncrementalGenerator generator = contender switch
            {
                "generator" => new FlowQueryGenerator(),
                "floor" => project.Replay,
                _ => project.Replay.WithSignatureRead(),
            };
            GeneratorDriver driver = SyntheticCompilations.Driver(generator);
            Compilation compilation = project.User.Clone();
            long start = ThreadCpu.Nanoseconds();
            driver.RunGenerators(compilation);
            return (ThreadCpu.Nanoseconds() - start) / 1e6;
        }
    }
}
