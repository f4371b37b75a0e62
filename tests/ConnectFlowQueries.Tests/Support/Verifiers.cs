using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// Analyzer and code fix tests with {|#0:...|} markup, resolved offline: no reference-assembly package is downloaded;
    /// .NET 8 reference assemblies come from Basic.Reference.Assemblies, plus the attributes and the SDK stand-in
    /// (<see cref="TestCompilation.References"/>), parsed as C# 12 — the same world as <see cref="TestCompilation"/>.
    /// </summary>
    internal static class Verifiers
    {
        /// <summary>Resolves to nothing: the references come from <see cref="TestCompilation.References"/>.</summary>
        public static ReferenceAssemblies OfflineReferences { get; } = new ReferenceAssemblies("net8.0");

        public sealed class AnalyzerTest : CSharpAnalyzerTest<FlowQueryAnalyzer, DefaultVerifier>
        {
            public AnalyzerTest(string source)
            {
                TestCode = source;
                ReferenceAssemblies = OfflineReferences;
                TestState.AdditionalReferences.AddRange(TestCompilation.References);

                // The generator does not run in analyzer tests, so the partial methods have no implementation (CS8795).
                CompilerDiagnostics = CompilerDiagnostics.None;
            }

            protected override Microsoft.CodeAnalysis.ParseOptions CreateParseOptions() => TestCompilation.ParseOptions;
        }

        public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest(source);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>The analyzer and the generator together, as a build runs them: the method-shape rules come from the generator.</summary>
        public sealed class GeneratorAndAnalyzerTest : CSharpAnalyzerTest<FlowQueryAnalyzer, DefaultVerifier>
        {
            public GeneratorAndAnalyzerTest(string source)
            {
                TestCode = source;
                ReferenceAssemblies = OfflineReferences;
                TestState.AdditionalReferences.AddRange(TestCompilation.References);
                TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck; // the generator's output has its own tests
                CompilerDiagnostics = CompilerDiagnostics.None; // a method the generator cannot implement is also CS8795, CS0751...
            }

            protected override Microsoft.CodeAnalysis.ParseOptions CreateParseOptions() => TestCompilation.ParseOptions;

            protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(FlowQueryGenerator) };
        }

        public static Task VerifyGeneratorAndAnalyzerAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new GeneratorAndAnalyzerTest(source);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        /// <summary>Expects the id, severity and location; the message is checked only when arguments are given.</summary>
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticDescriptorsById(id).DefaultSeverity);

        /// <summary>Expects the id and the message formatted from the given arguments.</summary>
        public static DiagnosticResult Diagnostic(string id, params object[] arguments) =>
            new DiagnosticResult(DiagnosticDescriptorsById(id)).WithArguments(arguments);

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor DiagnosticDescriptorsById(string id)
        {
            foreach (var d in DiagnosticDescriptors.All)
            {
                if (d.Id == id)
                {
                    return d;
                }
            }

            throw new System.ArgumentException("unknown id " + id, nameof(id));
        }

        /// <summary>Offline references, C# 12, nullable enabled: for tests of any analyzer or code fix.</summary>
        public static void UseTestWorld(AnalyzerTest<DefaultVerifier> test)
        {
            test.ReferenceAssemblies = OfflineReferences;
            test.TestState.AdditionalReferences.AddRange(TestCompilation.References);
        }

        /// <summary>Nullable enabled, as in <see cref="TestCompilation"/> and the sample.</summary>
        public static CompilationOptions WithNullable(CompilationOptions options) =>
            ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);

        /// <summary>Every analyzer of hand-written request code, as a build runs them.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> RequestAnalyzers() =>
            typeof(RequestAnalyzer).Assembly.GetTypes()
                .Where(t => typeof(RequestAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>A global .editorconfig that marks each of <paramref name="paths"/> as an AdditionalFiles item with ConnectFlowContent="true".</summary>
        public static (string Path, string Text) FlowContentConfig(params string[] paths) =>
            ("/.globalconfig", "is_global = true\n" + string.Concat(paths.Select(p => $"\n[{p}]\nbuild_metadata.AdditionalFiles.ConnectFlowContent = true\n")));
    }

    /// <summary>Any analyzer, with compiler errors checked too (so the test code must compile).</summary>
    internal sealed class AnalyzerVerifierTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public AnalyzerVerifierTest() => Verifiers.UseTestWorld(this);

        /// <summary>Runs every request analyzer, <typeparamref name="TAnalyzer"/> among them: for code that several concerns see at once.</summary>
        public bool RunAllRequestAnalyzers { get; set; }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            RunAllRequestAnalyzers ? Verifiers.RequestAnalyzers() : base.GetDiagnosticAnalyzers();

        protected override ParseOptions CreateParseOptions() => TestCompilation.ParseOptions;

        protected override CompilationOptions CreateCompilationOptions() => Verifiers.WithNullable(base.CreateCompilationOptions());
    }

    /// <summary>Before/after code fix tests; Fix All in document, project and solution is checked whenever there are two or more diagnostics.</summary>
    internal sealed class CodeFixVerifierTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public CodeFixVerifierTest()
        {
            Verifiers.UseTestWorld(this);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck; // the generator's output has its own tests
        }

        /// <summary>Runs every request analyzer, <typeparamref name="TAnalyzer"/> among them: for code that several concerns see at once.</summary>
        public bool RunAllRequestAnalyzers { get; set; }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            RunAllRequestAnalyzers ? Verifiers.RequestAnalyzers() : base.GetDiagnosticAnalyzers();

        /// <summary>Runs FlowQueryGenerator too, so [FlowQuery] partial methods have their implementations (generated files are not compared).</summary>
        public bool RunGenerator { get; set; }

        protected override ParseOptions CreateParseOptions() => TestCompilation.ParseOptions;

        protected override CompilationOptions CreateCompilationOptions() => Verifiers.WithNullable(base.CreateCompilationOptions());

        protected override IEnumerable<Type> GetSourceGenerators() =>
            RunGenerator ? new[] { typeof(FlowQueryGenerator) } : base.GetSourceGenerators();
    }
}
