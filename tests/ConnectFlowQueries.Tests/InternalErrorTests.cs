using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
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

        private const string RequestActivity = "checking this Amazon Connect request code";
        private const string Creation = "new SearchContactFlowsRequest { InstanceId = \"i\", MaxResults = 5 }";
        private const string Assignment = "InstanceId = \"i\"";

        /// <summary>Each analyzer's place, what it was doing and the first code it fails on: the creation or the first assignment, by the operations it listens to.</summary>
        public static TheoryData<string, string, string> AnalyzerFaults() => new()
        {
            { FaultInjection.AnalyzeQuery, "checking the query of 'Search'", "Search" },
            { nameof(FlowContentAnalyzer), RequestActivity, Assignment },
            { nameof(SdkEnumValueAnalyzer), RequestActivity, Creation },
            { nameof(SearchFieldNameAnalyzer), RequestActivity, Assignment },
            { nameof(RequestMemberAnalyzer), RequestActivity, Assignment },
            { nameof(ConvertToFlowQueryAnalyzer), RequestActivity, Creation },
        };

        [Theory]
        [MemberData(nameof(AnalyzerFaults))]
        public async System.Threading.Tasks.Task TheAnalyzersReportWhereTheyFailed(string place, string activity, string at)
        {
            (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create(Source));
            ImmutableArray<Diagnostic> diagnostics;
            using (FaultInjection.Enable(place))
            {
                diagnostics = await output.WithAnalyzers(Verifiers.RequestAnalyzers().Add(new FlowQueryAnalyzer()))
                    .GetAllDiagnosticsAsync(CancellationToken.None);
            }

            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Diagnostic diagnostic = diagnostics.Where(d => d.Id == "CFQ029").OrderBy(d => d.Location.SourceSpan.Start).First();
            AssertInternalError(diagnostic, activity, at);
        }

        [Fact]
        public async System.Threading.Tasks.Task TheFlowContentAnalyzerReportsAFileItFailedOn()
        {
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new FlowFile("/flows/a.json", "{}")));
            ImmutableArray<Diagnostic> diagnostics;
            using (FaultInjection.Enable(nameof(FlowContentAnalyzer)))
            {
                diagnostics = await TestCompilation.Create(Source).WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowContentAnalyzer()), options)
                    .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            }

            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            // The file's own CFQ029, at its first character (the analyzer's actions on the code fail too, where they are).
            Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == "CFQ029" && !d.Location.IsInSource);
            Assert.Equal(("/flows/a.json", new TextSpan(0, 1)), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.SourceSpan));
            Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.StartsWith($"ConnectFlowQueries failed {RequestActivity} (System.InvalidOperationException", diagnostic.GetMessage());
        }

        [Fact]
        public void EveryAnalyzerIsMadeToFail()
        {
            var forced = AnalyzerFaults().Select(row => (string)row[0]).ToHashSet();
            Assert.All(Verifiers.RequestAnalyzers(), analyzer => Assert.Contains(analyzer.GetType().Name, forced));
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

        private sealed class FlowFile : AdditionalText
        {
            private readonly string _text;

            public FlowFile(string path, string text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
        }
    }
}
