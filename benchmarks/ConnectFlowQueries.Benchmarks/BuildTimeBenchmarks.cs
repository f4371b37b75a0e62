using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// One operation is a whole generator run or compile: one invocation per iteration, a few iterations. Enough
    /// to separate the contenders by their margins while the whole suite stays within half an hour on two cores.
    /// </summary>
    public abstract class BuildTimeConfig : ManualConfig
    {
        protected BuildTimeConfig(string id, int warmups, int iterations)
        {
            AddJob(Job.Default
                .WithId(id)
                .WithLaunchCount(1)
                .WithWarmupCount(warmups)
                .WithIterationCount(iterations)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
            AddDiagnoser(MemoryDiagnoser.Default);

            // The machine is shared: the minimum is the run least disturbed by other work.
            AddColumn(StatisticColumn.Min, StatisticColumn.Median);
            WithOptions(ConfigOptions.DisableLogFile);
        }
    }

    /// <summary>Generator runs take milliseconds to seconds: more iterations.</summary>
    public sealed class GeneratorRunConfig : BuildTimeConfig
    {
        public GeneratorRunConfig()
            : base("GeneratorRun", warmups: 3, iterations: 7)
        {
        }
    }

    /// <summary>Compiles take seconds to a minute: fewer.</summary>
    public sealed class CompileConfig : BuildTimeConfig
    {
        public CompileConfig()
            : base("Compile", warmups: 1, iterations: 3)
        {
        }
    }

    /// <summary>
    /// Generator cost against the number of methods: ours, the SDK's [GeneratedRegex] generator on as many
    /// methods, the replay floor and an empty ForAttributeWithMetadataName pipeline. Every run starts from a fresh
    /// driver and a fresh clone of the compilation (nothing bound yet) and ends with the added files parsed.
    /// </summary>
    [Config(typeof(GeneratorRunConfig))]
    public class GeneratorBenchmarks
    {
        private SyntheticCompilations _project = null!;
        private RegexProject _regex = null!;

        [ParamsSource(typeof(MethodCounts), nameof(MethodCounts.Values))]
        public int Methods { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            // Each case runs in a new process: let the JIT settle on every path at a small size first.
            var small = new GeneratorBenchmarks { _project = SyntheticCompilations.ForQueryMethods(100), _regex = RegexProject.Create(100) };
            for (int i = 0; i < 3; i++)
            {
                small.FlowQueryGenerator();
                small.ReplayFloor();
                small.ReplayFloorFreshText();
                small.ReplayFloorSignatureRead();
                small.EmptyPipeline();
                small.RegexGenerator();
            }

            _project = SyntheticCompilations.ForQueryMethods(Methods);
            _regex = RegexProject.Create(Methods);
        }

        [Benchmark(Baseline = true, Description = "FlowQueryGenerator")]
        public GeneratorDriver FlowQueryGenerator() => _project.Generate(new FlowQueryGenerator());

        [Benchmark(Description = "Replay floor")]
        public GeneratorDriver ReplayFloor() => _project.Generate(_project.Replay);

        [Benchmark(Description = "Replay floor, fresh text")]
        public GeneratorDriver ReplayFloorFreshText() => _project.Generate(_project.Replay.WithFreshText());

        [Benchmark(Description = "Replay floor, fresh text, signature read")]
        public GeneratorDriver ReplayFloorSignatureRead() => _project.Generate(_project.Replay.WithSignatureRead());

        [Benchmark(Description = "Empty FAWMN pipeline")]
        public GeneratorDriver EmptyPipeline() => _project.Generate(new EmptyPipelineGenerator());

        [Benchmark(Description = "GeneratedRegex generator")]
        public GeneratorDriver RegexGenerator() =>
            SyntheticCompilations.RunAndParse(SyntheticCompilations.Driver(_regex.Generator), _regex.Compilation.Clone());
    }

    /// <summary>
    /// The compile of the finished project (user plus generated files) and what the analyzer adds to it. The
    /// analyzer runs as a build runs it, attached to the compiler's diagnostics pass; an analyzer that registers the
    /// same actions and does nothing shows the analyzer driver's own share.
    /// </summary>
    [Config(typeof(CompileConfig))]
    public class CompileBenchmarks
    {
        private SyntheticCompilations _project = null!;

        [ParamsSource(typeof(MethodCounts), nameof(MethodCounts.Values))]
        public int Methods { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var small = new CompileBenchmarks { _project = SyntheticCompilations.ForQueryMethods(100) };
            small.CompilerDiagnosticsWithAnalyzer();
            small.Compile();
            _project = SyntheticCompilations.ForQueryMethods(Methods);
        }

        [Benchmark(Description = "Compiler diagnostics + FlowQueryAnalyzer")]
        public ImmutableArray<Diagnostic> CompilerDiagnosticsWithAnalyzer() => AllDiagnostics(new FlowQueryAnalyzer());

        [Benchmark(Description = "Compiler diagnostics + empty symbol analyzer")]
        public ImmutableArray<Diagnostic> CompilerDiagnosticsWithEmptyAnalyzer() => AllDiagnostics(new EmptySymbolAnalyzer());

        [Benchmark(Description = "Compiler diagnostics, no analyzer")]
        public ImmutableArray<Diagnostic> CompilerDiagnostics() => _project.WithGenerated.Clone().GetDiagnostics();

        /// <summary>The compile to a DLL, no generator or analyzer: the 5% budget's denominator.</summary>
        [Benchmark(Baseline = true, Description = "Compile (emit), no generator")]
        public EmitResult Compile()
        {
            using var pe = new MemoryStream();
            return _project.WithGenerated.Clone().Emit(pe);
        }

        private ImmutableArray<Diagnostic> AllDiagnostics(DiagnosticAnalyzer analyzer) =>
            _project.WithGenerated.Clone().WithAnalyzers(ImmutableArray.Create(analyzer)).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Cost against the length of one query, up to 1 MB: our generator, the replay floor, our analyzer.</summary>
    [Config(typeof(GeneratorRunConfig))]
    public class QueryLengthBenchmarks
    {
        private SyntheticCompilations _project = null!;

        [Params(1_000, 10_000, 100_000, 1_000_000)]
        public int QueryLength { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var small = new QueryLengthBenchmarks { _project = SyntheticCompilations.ForLongQuery(1_000) };
            for (int i = 0; i < 3; i++)
            {
                small.FlowQueryGenerator();
                small.ReplayFloor();
                small.Analyzer();
            }

            _project = SyntheticCompilations.ForLongQuery(QueryLength);
        }

        [Benchmark(Baseline = true, Description = "FlowQueryGenerator")]
        public GeneratorDriver FlowQueryGenerator() => _project.Generate(new FlowQueryGenerator());

        [Benchmark(Description = "Replay floor")]
        public GeneratorDriver ReplayFloor() => _project.Generate(_project.Replay);

        /// <summary>On the user's file alone: binding the generated request (a collection initializer per 'or') is the compiler's cost, not ours.</summary>
        [Benchmark(Description = "FlowQueryAnalyzer alone")]
        public ImmutableArray<Diagnostic> Analyzer() =>
            _project.User.Clone()
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowQueryAnalyzer()))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>100, 1,000 and 10,000 methods, or the sizes in BENCH_METHODS (e.g. "1000" or "100,1000") to rerun one size quickly.</summary>
    public static class MethodCounts
    {
        public static IEnumerable<int> Values() =>
            Environment.GetEnvironmentVariable("BENCH_METHODS") is { Length: > 0 } sizes
                ? sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))
                : new[] { 100, 1_000, 10_000 };
    }

    /// <summary>The [GeneratedRegex] project and the SDK's generator for it.</summary>
    internal sealed record RegexProject(Compilation Compilation, ISourceGenerator Generator)
    {
        public static RegexProject Create(int methods) =>
            new RegexProject(SyntheticCompilations.ForRegexMethods(methods), InstalledSdk.RegexGenerator());
    }
}
