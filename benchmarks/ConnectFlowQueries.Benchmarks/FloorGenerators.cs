using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The floor: matches the same attributes as <c>FlowQueryGenerator</c> and adds the very same generated
    /// text, one file per type as ours does, looked up by the type's name, without reading the method, parsing or
    /// binding the query. What our generator costs above this is the work of understanding the query; the rest is the
    /// output itself.
    /// Two variants take a step each towards what any generator of these methods must do:
    /// <see cref="WithFreshText"/> adds a new copy of each text and hint name per run (a generator's output is new strings,
    /// which the driver keeps, so the garbage collector moves them; the plain floor's strings are old and stay put, packed
    /// together, which makes Roslyn's scan of the hint names added so far cheaper), and
    /// <see cref="WithSignatureRead"/> also looks at the method's return and parameter types, which makes Roslyn bind
    /// the signature, as implementing a partial method needs.
    /// </summary>
    /// <remarks>
    /// This file needs Roslyn only, not our generator: benchmarks/build-cost.sh compiles it into an analyzer assembly of
    /// its own to measure the floor in a real build. <c>--check</c> proves the floors add exactly our generator's files.
    /// </remarks>
    internal sealed class ReplayGenerator : IIncrementalGenerator
    {
        /// <summary>The attributes FlowQueryGenerator matches.</summary>
        internal static readonly string[] QueryAttributeNames = { "ConnectFlowQueries.FlowQueryAttribute", "ConnectFlowQueries.FlowModuleQueryAttribute" };

        /// <summary>The file of run-time request extensions our generator adds once per compilation (RuntimeExtensionEmitter.HintName).</summary>
        private const string RuntimeExtensionsHintName = "ConnectFlowQueries.FlowQuery-RequestExtensions.g.cs";

        private readonly Dictionary<string, (string HintName, string Text)> _sourcesByType;

        /// <summary>The run-time request extensions our generator adds once per compilation, if it added them.</summary>
        private readonly (string HintName, string Text)? _runtimeExtensions;

        private readonly bool _freshText;
        private readonly bool _readSignature;

        private ReplayGenerator(Dictionary<string, (string HintName, string Text)> sourcesByType, (string HintName, string Text)? runtimeExtensions, bool freshText = false, bool readSignature = false)
        {
            _sourcesByType = sourcesByType;
            _runtimeExtensions = runtimeExtensions;
            _freshText = freshText;
            _readSignature = readSignature;
        }

        public ReplayGenerator WithFreshText() => new ReplayGenerator(_sourcesByType, _runtimeExtensions, freshText: true);

        public ReplayGenerator WithSignatureRead() => new ReplayGenerator(_sourcesByType, _runtimeExtensions, freshText: true, readSignature: true);

        /// <summary>Our generator's files are named &lt;namespace&gt;.&lt;type&gt;.g.cs, one per type; the synthetic types' names are unique.</summary>
        public static ReplayGenerator Of(IEnumerable<SyntaxTree> generated) =>
            Of(generated.Select(tree => (HintName: Path.GetFileName(tree.FilePath), Text: tree.GetText().ToString())));

        /// <summary>The files embedded in <paramref name="assembly"/>, each named by its hint name: the floor of a real build.</summary>
        public static ReplayGenerator FromManifestResources(Assembly assembly) =>
            Of(assembly.GetManifestResourceNames().Where(name => name.EndsWith(".g.cs", StringComparison.Ordinal)).Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (HintName: name, Text: reader.ReadToEnd());
            }));

        private static ReplayGenerator Of(IEnumerable<(string HintName, string Text)> generated)
        {
            var files = generated.ToList();
            var extensions = files.Where(f => f.HintName == RuntimeExtensionsHintName).Select(f => ((string, string)?)f).SingleOrDefault();
            return new ReplayGenerator(
                files.Where(f => f.HintName != RuntimeExtensionsHintName).ToDictionary(
                    f => Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(f.HintName)).Split('.').Last(),
                    f => f),
                extensions);
        }

        /// <summary>The method's type's name, after touching its return and parameter types, as reading the signature does.</summary>
        private static string ReadSignature(IMethodSymbol method)
        {
            _ = method.ReturnType; // interface calls into Roslyn: the JIT cannot drop them
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                _ = parameter.Type;
            }

            return method.ContainingType.Name;
        }

#pragma warning disable CS0618 // string.Copy is what is wanted here: a new string of the same characters (and it is in netstandard2.0)
        private static string Copy(string text) => string.Copy(text);
#pragma warning restore CS0618

        /// <summary>How many files it adds besides the run-time extensions: one per type.</summary>
        public int Count => _sourcesByType.Count;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            bool readSignature = _readSignature;
            IncrementalValueProvider<ImmutableArray<string>>[] typesByAttribute = QueryAttributeNames
                .Select(attribute => context.SyntaxProvider.ForAttributeWithMetadataName(
                        attribute,
                        static (node, _) => node is MethodDeclarationSyntax,
                        (ctx, _) => readSignature ? ReadSignature((IMethodSymbol)ctx.TargetSymbol) : ctx.TargetSymbol.ContainingType.Name)
                    .Collect())
                .ToArray();

            // Ours adds one file per type, the types in the order of their first flow query, then of their first module query.
            IncrementalValuesProvider<string> types = typesByAttribute[0]
                .Combine(typesByAttribute[1])
                .SelectMany(static (pair, _) => pair.Left.Concat(pair.Right).Distinct(StringComparer.Ordinal));
            context.RegisterSourceOutput(types, (spc, type) =>
            {
                (string hintName, string text) = _sourcesByType[type];
                spc.AddSource(_freshText ? Copy(hintName) : hintName, _freshText ? Copy(text) : text);
            });

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
            foreach (string attribute in ReplayGenerator.QueryAttributeNames)
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
    /// The analyzer floor: registered as <c>FlowQueryAnalyzer</c> is (generated code analyzed, concurrent, a
    /// symbol action per method) but doing nothing. What the analyzer driver costs any such analyzer.
    /// </summary>
    // RS2008: a stand-in that reports nothing needs no release tracking. RS1041: the benchmarks (net10.0) are never loaded
    // by a compiler; benchmarks/real-build-floor compiles this file for netstandard2.0 when a real build loads it.
#pragma warning disable RS2008, RS1041
    [DiagnosticAnalyzer(LanguageNames.CSharp)] // loaded by a real build with the replay floor (benchmarks/real-build-floor)
    public sealed class EmptySymbolAnalyzer : DiagnosticAnalyzer
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
#pragma warning restore RS2008, RS1041
}
