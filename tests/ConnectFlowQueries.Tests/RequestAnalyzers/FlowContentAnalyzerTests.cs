using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ConnectFlowQueries.Tests.RequestAnalyzers.RequestAnalyzerVerifier;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>CFQ020–CFQ022 on flow content: constants assigned to Content, at the exact span, silent on values it cannot know; and flow files marked ConnectFlowContent.</summary>
    public class FlowContentAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) => Verify<FlowContentAnalyzer>(body, expected);

        // ---- CFQ020–CFQ022: content ----

        [Fact]
        public Task ContentLongerThanTheLimitIsReportedWithItsLength()
        {
            string spaces = new string(' ', ConnectLimits.MaxContentLength);
            return Verify($$"""
                class C
                {
                    CreateContactFlowRequest R() => new CreateContactFlowRequest { Content = {|#0:"{}{{spaces}}"|} };
                }
                """, Expect(DiagnosticCatalog.ContentTooLong, 0, "flow", "256002", "256000"));
        }

        [Fact]
        public Task ContentMadeOfConstantsIsMeasuredAsAWhole()
        {
            string half = new string(' ', 128001);
            return Verify($$"""
                class C
                {
                    const string Half = "{{half}}";
                    void M(UpdateContactFlowModuleContentRequest r) => r.Content = {|#0:"[]" + Half + Half|};
                }
                """, Expect(DiagnosticCatalog.ContentTooLong, 0, "flow module", "256004", "256000"));
        }

        [Fact]
        public Task ContentAtTheLimitIsAccepted()
        {
            string spaces = new string(' ', ConnectLimits.MaxContentLength - 2);
            return Verify($$"""
                class C
                {
                    CreateContactFlowRequest R() => new CreateContactFlowRequest { Content = "{}{{spaces}}" };
                }
                """);
        }

        [Fact]
        public Task EmptyContentIsReported() => Verify("""
            class C
            {
                const string Nothing = "";
                void M(CreateContactFlowModuleRequest module, UpdateContactFlowContentRequest flow)
                {
                    module.Content = {|#0:""|};
                    flow.Content = {|#1:Nothing|};
                }
            }
            """,
            Expect(DiagnosticCatalog.ContentEmpty, 0, "flow module", "256000"),
            Expect(DiagnosticCatalog.ContentEmpty, 1, "flow", "256000"));

        [Fact]
        public Task InvalidJsonIsReportedAtTheFirstBadCharacterOfARegularLiteral() => Verify("""
            class C
            {
                CreateContactFlowRequest R() => new CreateContactFlowRequest { Content = "{\"Version\": \"2019-10-30\",{|#0:}|}" };
            }
            """, Expect(DiagnosticCatalog.ContentNotJson, 0, "flow", "expected a property name in double quotes", "1", "26"));

        [Fact]
        public Task InvalidJsonIsReportedInsideVerbatimAndRawLiterals() => Verify(""""
            class C
            {
                void M(CreateContactFlowRequest a, UpdateContactFlowContentRequest b)
                {
                    a.Content = @"{""Actions"": [1, 2{|#0:;|}]}";
                    b.Content = """
                        {
                          "Version": "2019-10-30",
                          "Actions": [{|#1:'|}x']
                        }
                        """;
                }
            }
            """",
            Expect(DiagnosticCatalog.ContentNotJson, 0, "flow", "expected ',' or ']'", "1", "18"),
            Expect(DiagnosticCatalog.ContentNotJson, 1, "flow", "expected a value", "3", "15"));

        [Fact]
        public Task InvalidJsonInAConstantIsReportedAtTheExpression() => Verify("""
            class C
            {
                const string Flow = "{\"a\": tru}";
                CreateContactFlowRequest R() => new CreateContactFlowRequest { Content = {|#0:Flow|} };
            }
            """, Expect(DiagnosticCatalog.ContentNotJson, 0, "flow", "expected 'true'", "1", "10"));

        [Fact]
        public Task ValidJsonAndNonConstantContentAreNotReported() => Verify("""
            class C
            {
                const string Flow = "{\"Version\": \"2019-10-30\", \"Actions\": [{\"Id\": \"a\", \"Parameters\": {\"Text\": \"Hi \\u00e9\"}}], \"n\": -1.5e3}";
                void M(CreateContactFlowRequest a, UpdateContactFlowContentRequest b, string fromUser)
                {
                    a.Content = Flow;
                    b.Content = fromUser;
                    a.Content = System.IO.File.ReadAllText("flow.json");
                    a.Content = string.Empty;
                    a.Content = $"{fromUser}";
                    a.Content = null;
                }
            }
            """);

        [Fact]
        public Task ContentOfOtherTypesIsNotChecked() => Verify("""
            class Other { public string Content { get; set; } }
            class C
            {
                Other R() => new Other { Content = "" };
            }
            """);

        // ---- CFQ020–CFQ022 in AdditionalFiles ----

        [Fact]
        public async Task FlowFilesMarkedAsContentAreChecked()
        {
            var test = new AnalyzerVerifierTest<FlowContentAnalyzer> { TestCode = "class C { }", RunAllRequestAnalyzers = true };
            test.TestState.AdditionalFiles.Add(("/0/flows/bad.json", "{\n  \"Version\": \"2019-10-30\"\n  \"Actions\": []\n}"));
            test.TestState.AdditionalFiles.Add(("/0/flows/empty.json", string.Empty));
            test.TestState.AdditionalFiles.Add(("/0/flows/good.json", "{\"Version\": \"2019-10-30\", \"Actions\": []}"));
            test.TestState.AdditionalFiles.Add(("/0/notes/unmarked.json", "not json"));
            test.TestState.AnalyzerConfigFiles.Add(Verifiers.FlowContentConfig("/0/flows/bad.json", "/0/flows/empty.json", "/0/flows/good.json"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ContentNotJson)).WithSpan("/0/flows/bad.json", 3, 3, 3, 4)
                .WithArguments("flow", "expected ',' or '}'", "3", "3"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ContentEmpty)).WithSpan("/0/flows/empty.json", 1, 1, 1, 1)
                .WithArguments("flow", "256000"));
            await test.RunAsync();
        }

        [Fact]
        public async Task AFlowFileLongerThanTheLimitIsReportedOverTheWholeFile()
        {
            var test = new AnalyzerVerifierTest<FlowContentAnalyzer> { TestCode = "class C { }", RunAllRequestAnalyzers = true };
            test.TestState.AdditionalFiles.Add(("/0/flows/big.json", "[\n" + new string(' ', ConnectLimits.MaxContentLength) + "\n]"));
            test.TestState.AnalyzerConfigFiles.Add(Verifiers.FlowContentConfig("/0/flows/big.json"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ContentTooLong)).WithSpan("/0/flows/big.json", 1, 1, 3, 2)
                .WithArguments("flow", "256004", "256000"));
            await test.RunAsync();
        }
    }
}
