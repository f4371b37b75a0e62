using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>Runs one request analyzer on code written after the usings of the SDK.</summary>
    internal static class RequestAnalyzerVerifier
    {
        public const string Usings = "using System.Collections.Generic;\nusing Amazon.Connect;\nusing Amazon.Connect.Model;\n";

        /// <summary>Runs <typeparamref name="TAnalyzer"/> on <paramref name="body"/> (after <see cref="Usings"/>) and expects exactly <paramref name="expected"/>.</summary>
        public static Task Verify<TAnalyzer>(string body, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new AnalyzerVerifierTest<TAnalyzer> { TestCode = Usings + body };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static DiagnosticResult Expect(QueryDiagnosticDescriptor rule, int location, params object[] arguments) =>
            new DiagnosticResult(DiagnosticDescriptors.Get(rule)).WithLocation(location).WithArguments(arguments);
    }
}
