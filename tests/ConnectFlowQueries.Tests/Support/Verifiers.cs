using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// Analyzer tests with {|#0:...|} markup, resolved offline: no reference-assembly package is downloaded;
    /// .NET 8 reference assemblies come from Basic.Reference.Assemblies, plus the attributes and the SDK stand-in.
    /// </summary>
    internal static class Verifiers
    {
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
    }
}
