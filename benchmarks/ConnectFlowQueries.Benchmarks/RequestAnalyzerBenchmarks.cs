using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The analyzers of hand-written AWSSDK.Connect request code on a project of hand-written requests (and code
    /// without the SDK): over the whole compilation, as a build runs them, and on one file of a fresh compilation, as
    /// the IDE does after an edit (so each analyzer's once-per-compilation work weighs in). Every run analyzes a fresh
    /// clone, which binds from scratch; the compiler's own diagnostics of a clone are the binding alone, for scale.
    /// </summary>
    [Config(typeof(GeneratorRunConfig))]
    public class RequestAnalyzerBenchmarks
    {
        private CSharpCompilation _compilation = null!;
        private ImmutableArray<DiagnosticAnalyzer> _analyzers;

        [Params(400)]
        public int Requests { get; set; }

        /// <summary>Every analyzer of the package but the query analyzer, however many there are: the same code measures any split.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> RequestAnalyzers() =>
            typeof(FlowQueryAnalyzer).Assembly.GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(FlowQueryAnalyzer))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        [GlobalSetup]
        public void Setup()
        {
            _analyzers = RequestAnalyzers();
            _compilation = SyntheticCompilations.Compile("Requests",
                SyntheticSource.RequestFiles(Requests).Select((text, i) => CSharpSyntaxTree.ParseText(text, SyntheticCompilations.ParseOptions, path: $"File{i}.cs")));
            if (_compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                throw new InvalidOperationException("The synthetic requests do not compile: " + error);
            }

            // What the analyzers find must not change with how they are split: the same ids, as many of each.
            ImmutableArray<Diagnostic> found = WholeCompilation();
            if (found.Any(d => d.Id == "AD0001" || d.Id == "CFQ029"))
            {
                throw new InvalidOperationException("An analyzer failed: " + found.First(d => d.Id == "AD0001" || d.Id == "CFQ029"));
            }

            Console.WriteLine($"// {string.Join(", ", _analyzers.Select(a => a.GetType().Name))}: " +
                string.Join(", ", found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}")));
            for (int i = 0; i < 3; i++)
            {
                OneFile();
            }
        }

        [Benchmark(Baseline = true, Description = "Compiler diagnostics (binding), no analyzer")]
        public ImmutableArray<Diagnostic> Binding() => _compilation.Clone().GetDiagnostics();

        [Benchmark(Description = "Request analyzers, whole compilation")]
        public ImmutableArray<Diagnostic> WholeCompilation() =>
            _compilation.Clone().WithAnalyzers(_analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        [Benchmark(Description = "Request analyzers, one file of a fresh compilation")]
        public ImmutableArray<Diagnostic> OneFile()
        {
            CSharpCompilation compilation = _compilation.Clone();
            SemanticModel model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
            return compilation.WithAnalyzers(_analyzers).GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
        }
    }
}
