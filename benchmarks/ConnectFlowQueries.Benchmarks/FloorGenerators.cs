using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The floor: matches the same attributes as <see cref="FlowQueryGenerator"/> and adds the very same generated
    /// text, looked up by method name, without reading the method, parsing or binding the query. What our
    /// generator costs above this is the work of understanding the query; the rest is the output itself.
    /// </summary>
    internal sealed class ReplayGenerator : IIncrementalGenerator
    {
        private readonly Dictionary<string, (string HintName, string Text)> _sourcesByMethod;

        /// <summary>The run-time request extensions our generator adds once per compilation, if it added them.</summary>
        private readonly (string HintName, string Text)? _runtimeExtensions;

        private ReplayGenerator(Dictionary<string, (string HintName, string Text)> sourcesByMethod, (string HintName, string Text)? runtimeExtensions)
        {
            _sourcesByMethod = sourcesByMethod;
            _runtimeExtensions = runtimeExtensions;
        }

        /// <summary>Our generator's method files are named &lt;type&gt;.&lt;method&gt;.g.cs; the synthetic methods' names are unique.</summary>
        public static ReplayGenerator Of(IEnumerable<SyntaxTree> generated)
        {
            var files = generated.Select(tree => (HintName: Path.GetFileName(tree.FilePath), Text: tree.GetText().ToString())).ToList();
            var extensions = files.Where(f => f.HintName == RuntimeExtensionEmitter.HintName).Select(f => ((string, string)?)f).SingleOrDefault();
            return new ReplayGenerator(
                files.Where(f => f.HintName != RuntimeExtensionEmitter.HintName).ToDictionary(
                    f => Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(f.HintName)).Split('.').Last(),
                    f => f),
                extensions);
        }

        /// <summary>How many methods it implements.</summary>
        public int Count => _sourcesByMethod.Count;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            foreach (string attribute in new[] { FlowQueryMethodReader.FlowQueryAttributeName, FlowQueryMethodReader.FlowModuleQueryAttributeName })
            {
                IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, _) => ctx.TargetSymbol.Name);
                context.RegisterSourceOutput(names, (spc, name) =>
                {
                    (string hintName, string text) = _sourcesByMethod[name];
                    spc.AddSource(hintName, text);
                });
            }

            if (_runtimeExtensions is { } extensions)
            {
                // Ours decides from the compilation whether to add them; the floor adds the same file, once, unconditionally.
                context.RegisterSourceOutput(context.CompilationProvider.Select(static (_, _) => 0), (spc, _) => spc.AddSource(extensions.HintName, extensions.Text));
            }
        }
    }

    /// <summary>The cost of finding the attributed methods at all: the same ForAttributeWithMetadataName, no output.</summary>
    internal sealed class EmptyPipelineGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            foreach (string attribute in new[] { FlowQueryMethodReader.FlowQueryAttributeName, FlowQueryMethodReader.FlowModuleQueryAttributeName })
            {
                IncrementalValuesProvider<int> found = context.SyntaxProvider.ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (_, _) => 0);
                context.RegisterSourceOutput(found, static (_, _) => { });
            }
        }
    }

    /// <summary>
    /// The analyzer floor: registered as <see cref="FlowQueryAnalyzer"/> is (generated code analyzed, concurrent, a
    /// symbol action per method) but doing nothing. What the analyzer driver costs any such analyzer.
    /// </summary>
#pragma warning disable RS1001, RS2008 // a benchmark stand-in, never loaded by a compiler and reporting nothing
    internal sealed class EmptySymbolAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new DiagnosticDescriptor("BENCH001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start => start.RegisterSymbolAction(static _ => { }, SymbolKind.Method));
        }
    }
#pragma warning restore RS1001, RS2008
}
