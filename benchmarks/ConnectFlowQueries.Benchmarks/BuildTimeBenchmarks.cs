using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
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
    /// One operation is a whole generator run or compile, hundreds of milliseconds to seconds: one invocation per
    /// iteration, one warm-up, a few iterations. Enough to separate the contenders by their large margins
    /// while the whole suite stays within half an hour on two cores.
    /// </summary>
    public sealed class BuildTimeConfig : ManualConfig
    {
        public BuildTimeConfig()
        {
            AddJob(Job.Default
                .WithId("BuildTime")
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
            AddDiagnoser(MemoryDiagnoser.Default);
            WithOptions(ConfigOptions.DisableLogFile);
        }
    }

    /// <summary>
    /// Cost against the number of methods: our generator and analyzer, the SDK's [GeneratedRegex] generator on as
    /// many methods, the replay floor, an empty ForAttributeWithMetadataName pipeline, and the compile itself.
    /// Every run starts from a fresh driver and a fresh clone of the compilation (nothing bound yet).
    /// </summary>
    [Config(typeof(BuildTimeConfig))]
    public class MethodCountBenchmarks
    {
        private SyntheticCompilations _project = null!;
        private CSharpCompilationHolder _regex = null!;

        [Params(100, 1_000, 10_000)]
        public int Methods { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _project = SyntheticCompilations.ForQueryMethods(Methods);
            _regex = new CSharpCompilationHolder(SyntheticCompilations.ForRegexMethods(Methods), InstalledSdk.RegexGenerator());
        }

        [Benchmark(Description = "FlowQueryGenerator")]
        public GeneratorDriver FlowQueryGenerator() => _project.Generate(new FlowQueryGenerator());

        [Benchmark(Description = "Replay floor")]
        public GeneratorDriver ReplayFloor() =>
            _project.Generate(_project.Replay);

        [Benchmark(Description = "Empty FAWMN pipeline")]
        public GeneratorDriver EmptyPipeline() =>
            _project.Generate(new EmptyPipelineGenerator());

        [Benchmark(Description = "GeneratedRegex generator")]
        public GeneratorDriver RegexGenerator() =>
            SyntheticCompilations.Driver(_regex.Generator).RunGenerators(_regex.Compilation.Clone());

        /// <summary>The analyzer on its own; the compilation events it needs make it bind the declarations too.</summary>
        [Benchmark(Description = "FlowQueryAnalyzer alone")]
        public ImmutableArray<Diagnostic> Analyzer() =>
            WithOurAnalyzer().GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        /// <summary>Compiler diagnostics with the analyzer attached, as a build runs it: minus <see cref="CompilerDiagnostics"/>, the analyzer's share.</summary>
        [Benchmark(Description = "Compiler diagnostics + analyzer")]
        public ImmutableArray<Diagnostic> CompilerDiagnosticsWithAnalyzer() =>
            WithOurAnalyzer().GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        [Benchmark(Description = "Compiler diagnostics, no generator")]
        public ImmutableArray<Diagnostic> CompilerDiagnostics() => _project.WithGenerated.Clone().GetDiagnostics();

        /// <summary>The compile of the finished project (user plus generated files) to a DLL: the 5% budget's denominator.</summary>
        [Benchmark(Baseline = true, Description = "Compile (emit), no generator")]
        public EmitResult Compile()
        {
            using var pe = new MemoryStream();
            return _project.WithGenerated.Clone().Emit(pe);
        }

        private CompilationWithAnalyzers WithOurAnalyzer() =>
            _project.WithGenerated.Clone().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowQueryAnalyzer()));
    }

    /// <summary>Cost against the length of one query, up to 1 MB: our generator, the replay floor, our analyzer.</summary>
    [Config(typeof(BuildTimeConfig))]
    public class QueryLengthBenchmarks
    {
        private SyntheticCompilations _project = null!;

        [Params(1_000, 10_000, 100_000, 1_000_000)]
        public int QueryLength { get; set; }

        [GlobalSetup]
        public void Setup() => _project = SyntheticCompilations.ForLongQuery(QueryLength);

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

    /// <summary>The [GeneratedRegex] project and the SDK's generator for it.</summary>
    internal sealed record CSharpCompilationHolder(Compilation Compilation, ISourceGenerator Generator);
}
