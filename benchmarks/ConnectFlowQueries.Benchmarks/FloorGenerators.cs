using System;
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
    /// Two variants take a step each towards what any generator of these methods must do:
    /// <see cref="WithFreshText"/> adds a new copy of each text per run (a generator's output is a new string, which
    /// the driver keeps, so the garbage collector moves it; the plain floor's strings are old and stay put), and
    /// <see cref="WithSignatureRead"/> also looks at the method's return and parameter types, which makes Roslyn bind
    /// the signature, as implementing a partial method needs.
    /// </summary>
    internal sealed class ReplayGenerator : IIncrementalGenerator
    {
        private readonly Dictionary<string, (string HintName, string Text)> _sourcesByMethod;

        /// <summary>The run-time request extensions our generator adds once per compilation, if it added them.</summary>
        private readonly (string HintName, string Text)? _runtimeExtensions;

        private readonly bool _freshText;
        private readonly bool _readSignature;

        private ReplayGenerator(Dictionary<string, (string HintName, string Text)> sourcesByMethod, (string HintName, string Text)? runtimeExtensions, bool freshText = false, bool readSignature = false)
        {
            _sourcesByMethod = sourcesByMethod;
            _runtimeExtensions = runtimeExtensions;
            _freshText = freshText;
            _readSignature = readSignature;
        }

        public ReplayGenerator WithFreshText() => new ReplayGenerator(_sourcesByMethod, _runtimeExtensions, freshText: true);

        public ReplayGenerator WithSignatureRead() => new ReplayGenerator(_sourcesByMethod, _runtimeExtensions, freshText: true, readSignature: true);

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

        /// <summary>The method's name, after touching its return and parameter types, as reading the signature does.</summary>
        private static string ReadSignature(IMethodSymbol method)
        {
            _ = method.ReturnType; // interface calls into Roslyn: the JIT cannot drop them
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                _ = parameter.Type;
            }

            return method.Name;
        }

        private static string Copy(string text) => string.Create(text.Length, text, static (span, source) => source.AsSpan().CopyTo(span));

        /// <summary>How many methods it implements.</summary>
        public int Count => _sourcesByMethod.Count;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            foreach (string attribute in new[] { FlowQueryMethodReader.FlowQueryAttributeName, FlowQueryMethodReader.FlowModuleQueryAttributeName })
            {
                bool readSignature = _readSignature;
                IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    (ctx, _) => readSignature ? ReadSignature((IMethodSymbol)ctx.TargetSymbol) : ctx.TargetSymbol.Name);
                context.RegisterSourceOutput(names, (spc, name) =>
                {
                    (string hintName, string text) = _sourcesByMethod[name];
                    spc.AddSource(hintName, _freshText ? Copy(text) : text);
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
