using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// <c>--profile-loop CONTENDER [methods] [rounds]</c>: runs one contender round after round for a sampling profiler
    /// (<c>perf record</c>), so the samples say where its time goes, Roslyn's part and ours apart (benchmarks/perf-breakdown.py,
    /// docs/performance.md "Where the generator's CPU time goes"). Rounds are what <see cref="CpuTimes"/> times: a fresh
    /// driver on a fresh clone, or the analyzer's pass on a fresh clone. Setting up the project and the warm-up rounds
    /// run outside <see cref="MeasuredRound"/>, the frame the script counts under, so neither reaches the figures. The
    /// analyzer's callbacks run on the driver's tasks, off that frame: in measured rounds they run inside
    /// <see cref="CpuTimedAnalyzer"/>, the frame the script counts them under instead (its clock reads are a row of their own).
    /// </summary>
    internal static class ProfileLoop
    {
        private const int WarmUpRounds = 5;

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

            for (int round = 0; round < rounds; round++)
            {
                GC.Collect(); // each round starts from the same heap, as in --cpu-times
                MeasuredRound(project, contender);
            }

            Console.WriteLine($"{contender}: {rounds} measured rounds of {methods} methods after {WarmUpRounds} warm-up rounds");
            return 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void WarmUpRound(SyntheticCompilations project, string contender) => Round(project, contender, measured: false);

        /// <summary>The frame benchmarks/perf-breakdown.py counts under; its name is part of that script.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void MeasuredRound(SyntheticCompilations project, string contender) => Round(project, contender, measured: true);

        private static void Round(SyntheticCompilations project, string contender, bool measured)
        {
            switch (contender)
            {
                case "generator":
                    SyntheticCompilations.Driver(new FlowQueryGenerator()).RunGenerators(project.User.Clone());
                    break;
                case "floor":
                    SyntheticCompilations.Driver(project.Replay).RunGenerators(project.User.Clone());
                    break;
                case "signature-floor":
                    SyntheticCompilations.Driver(project.Replay.WithSignatureRead()).RunGenerators(project.User.Clone());
                    break;
                default:
                    DiagnosticAnalyzer analyzer = measured ? new CpuTimedAnalyzer(new FlowQueryAnalyzer()) : new FlowQueryAnalyzer();
                    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                        concurrentAnalysis: false, logAnalyzerExecutionTime: false);
                    project.WithGenerated.Clone().WithAnalyzers(ImmutableArray.Create(analyzer), options)
                        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                    break;
            }
        }
    }
}
