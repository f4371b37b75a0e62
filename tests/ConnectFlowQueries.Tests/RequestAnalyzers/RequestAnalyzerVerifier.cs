using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>Runs one request analyzer on code written after the usings of the SDK.</summary>
    internal static class RequestAnalyzerVerifier
    {
        public const string Usings = "using System.Collections.Generic;\nusing Amazon.Connect;\nusing Amazon.Connect.Model;\n";

        /// <summary>
        /// Runs every request analyzer on <paramref name="body"/> (after <see cref="Usings"/>) and expects exactly
        /// <paramref name="expected"/>, each one a rule of <typeparamref name="TAnalyzer"/>: the code a test is about must
        /// not set off another analyzer either.
        /// </summary>
        public static Task Verify<TAnalyzer>(string body, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var supported = new TAnalyzer().SupportedDiagnostics;
            Assert.All(expected, result => Assert.Contains(supported, d => d.Id == result.Id));
            var test = new AnalyzerVerifierTest<TAnalyzer> { TestCode = Usings + body, RunAllRequestAnalyzers = true };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        public static DiagnosticResult Expect(QueryDiagnosticDescriptor rule, int location, params object[] arguments) =>
            new DiagnosticResult(DiagnosticDescriptors.Get(rule)).WithLocation(location).WithArguments(arguments);
    }
}
