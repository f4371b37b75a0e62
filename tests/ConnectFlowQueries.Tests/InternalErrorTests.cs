using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConnectFlowQueries.Tests
{
    /// <summary>
    /// Every place the package catches an exception of its own reports CFQ029 there (made to throw with
    /// <see cref="FaultInjection"/>, which debug builds only compile in), and the compiler sees no exception.
    /// </summary>
    public class InternalErrorTests
    {
        private const string Source = """
            using Amazon.Connect.Model;
            using ConnectFlowQueries;
            public static partial class Flows
            {
                [FlowQuery("name = 'a'")]
                public static partial SearchContactFlowsRequest Search(string instanceId);

                public static SearchContactFlowsRequest ByHand() => new SearchContactFlowsRequest { InstanceId = "i", MaxResults = 5 };
            }
            """;

        [Theory]
        [InlineData(FaultInjection.ReadMethod, "reading the method 'Search'", "Search")]
        [InlineData(FaultInjection.EmitMethod, "writing the method 'Search'", null)]
        [InlineData(FaultInjection.RuntimeExtensions, "writing the run-time request extensions (ToSearchContactFlowsRequest)", null)]
        public void TheGeneratorReportsWhereItFailed(string place, string activity, string? at)
        {
            GeneratorDriverRunResult result;
            using (FaultInjection.Enable(place))
            {
                (_, result) = TestCompilation.Generate(TestCompilation.Create(Source));
            }

            Diagnostic diagnostic = Assert.Single(result.Diagnostics);
            AssertInternalError(diagnostic, activity, at);
        }

        [Fact]
        public void AMethodTheEmitterFailedOnStillCompilesWithTheThrowingBody()
        {
            Compilation output;
            GeneratorDriverRunResult result;
            using (FaultInjection.Enable(FaultInjection.EmitMethod))
            {
                (output, result) = TestCompilation.Generate(TestCompilation.Create(Source));
            }

            Assert.Contains("throw new global::System.InvalidOperationException(\"The [FlowQuery] method Search is invalid; see the CFQ diagnostics reported for it.\");", TestCompilation.GeneratedText(result));
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }

        [Theory]
        [InlineData(FaultInjection.AnalyzeQuery, "checking the query of 'Search'", "Search")]
        [InlineData(nameof(ConnectRequestAnalyzer), "checking this Amazon Connect request code", "new SearchContactFlowsRequest { InstanceId = \"i\", MaxResults = 5 }")]
        public async System.Threading.Tasks.Task TheAnalyzersReportWhereTheyFailed(string place, string activity, string at)
        {
            (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create(Source));
            ImmutableArray<Diagnostic> diagnostics;
            using (FaultInjection.Enable(place))
            {
                diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowQueryAnalyzer(), new ConnectRequestAnalyzer()))
                    .GetAllDiagnosticsAsync(CancellationToken.None);
            }

            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Diagnostic diagnostic = diagnostics.First(d => d.Id == "CFQ029");
            AssertInternalError(diagnostic, activity, at);
        }

        private static void AssertInternalError(Diagnostic diagnostic, string activity, string? at)
        {
            Assert.Equal(("CFQ029", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
            Assert.StartsWith($"ConnectFlowQueries failed {activity} (System.InvalidOperationException in ConnectFlowQueries.Generator.FaultInjection.At); this is a bug in ConnectFlowQueries: please report it at", diagnostic.GetMessage());
            if (at is null)
            {
                Assert.Equal(Location.None, diagnostic.Location);
            }
            else
            {
                Assert.Equal(at, Source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            }
        }
    }
}
