using System.Threading.Tasks;
using ConnectFlowQueries.CodeFixes;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ConnectFlowQueries.Tests.QueryAnalyzer
{
    /// <summary>
    /// "Change to 'X'" on the query analyzer's unknown fields and enum values (CFQ002, CFQ003): only the bad token
    /// changes, the literal keeps its kind and escapes. Every test with two or more diagnostics also runs Fix All in
    /// document, project and solution (the testing package compares each against the fixed code).
    /// </summary>
    public class DidYouMeanCodeFixTests
    {
        private const string QueryUsings = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\n";

        private static CodeFixVerifierTest<FlowQueryAnalyzer, DidYouMeanCodeFixProvider> QueryTest(string before, string after) =>
            new CodeFixVerifierTest<FlowQueryAnalyzer, DidYouMeanCodeFixProvider> { TestCode = QueryUsings + before, FixedCode = QueryUsings + after, RunGenerator = true };

        [Fact]
        public Task UnknownFieldAndEnumValueAreFixedInsideRegularVerbatimAndRawLiterals()
        {
            var test = QueryTest(""""
                public static partial class Flows
                {
                    [FlowQuery("{|#0:nmae|} ^= '\x62illing' and status = {|#1:PUBLISH|}")]
                    public static partial SearchContactFlowsRequest A(string instanceId);

                    [FlowQuery(@"{|#2:descripton|} = 'say ""hi""'")]
                    public static partial SearchContactFlowsRequest B(string instanceId);

                    [FlowQuery("""type = {|#3:'CONTACTFLOW'|} or state = {|#4:'activ'|}""")]
                    public static partial SearchContactFlowsRequest C(string instanceId);
                }
                """", """"
                public static partial class Flows
                {
                    [FlowQuery("name ^= '\x62illing' and status = PUBLISHED")]
                    public static partial SearchContactFlowsRequest A(string instanceId);

                    [FlowQuery(@"description = 'say ""hi""'")]
                    public static partial SearchContactFlowsRequest B(string instanceId);

                    [FlowQuery("""type = 'CONTACT_FLOW' or state = 'ACTIVE'""")]
                    public static partial SearchContactFlowsRequest C(string instanceId);
                }
                """");
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownField)).WithLocation(0).WithArguments("nmae", "contact flows", "did you mean 'name'?"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidEnumValue)).WithLocation(1)
                .WithArguments("PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownField)).WithLocation(2)
                .WithArguments("descripton", "contact flows", "did you mean 'description'?"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidEnumValue)).WithLocation(3)
                .WithArguments("CONTACTFLOW", "ContactFlowType", " (did you mean 'CONTACT_FLOW'?)",
                    "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidEnumValue)).WithLocation(4)
                .WithArguments("activ", "ContactFlowState", " (did you mean 'ACTIVE'?)", "ACTIVE, ARCHIVED"));
            return test.RunAsync();
        }

        [Fact]
        public Task NoFixWithoutASuggestionOrWhenTheQueryIsNotALiteral()
        {
            const string Source = """
                public static partial class Flows
                {
                    const string Query = "nmae = 'x'";

                    [FlowQuery({|#0:Query|})]
                    public static partial SearchContactFlowsRequest A(string instanceId);

                    [FlowQuery("{|#1:colour|} = 'red'")]
                    public static partial SearchContactFlowsRequest B(string instanceId);
                }
                """;
            var test = QueryTest(Source, Source);
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownField)).WithLocation(0).WithArguments("nmae", "contact flows", "did you mean 'name'?"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownField)).WithLocation(1)
                .WithArguments("colour", "contact flows", "the fields are name, description, type, state, status and tag:Key"));
            return test.RunAsync();
        }

        [Fact]
        public Task FixAllInProjectFixesEveryDocument()
        {
            var test = new CodeFixVerifierTest<FlowQueryAnalyzer, DidYouMeanCodeFixProvider> { RunGenerator = true };
            test.TestState.Sources.Add(QueryUsings + "public static partial class A { [FlowQuery(\"{|#0:nmae|} = 'a'\")] public static partial SearchContactFlowsRequest Q(string instanceId); }");
            test.TestState.Sources.Add(QueryUsings + "public static partial class B { [FlowQuery(\"status = {|#1:SAVE|}\")] public static partial SearchContactFlowsRequest Q(string instanceId); }");
            test.FixedState.Sources.Add(QueryUsings + "public static partial class A { [FlowQuery(\"name = 'a'\")] public static partial SearchContactFlowsRequest Q(string instanceId); }");
            test.FixedState.Sources.Add(QueryUsings + "public static partial class B { [FlowQuery(\"status = SAVED\")] public static partial SearchContactFlowsRequest Q(string instanceId); }");
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownField)).WithLocation(0).WithArguments("nmae", "contact flows", "did you mean 'name'?"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidEnumValue)).WithLocation(1)
                .WithArguments("SAVE", "ContactFlowStatus", " (did you mean 'SAVED'?)", "PUBLISHED, SAVED"));
            return test.RunAsync();
        }
    }
}
