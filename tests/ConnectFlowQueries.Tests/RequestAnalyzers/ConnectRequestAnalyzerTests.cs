using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>CFQ020–CFQ026 on hand-written requests: each rule fires on constants, at the exact span, and stays silent on values it cannot know.</summary>
    public class ConnectRequestAnalyzerTests
    {
        private const string Usings = "using System.Collections.Generic;\nusing Amazon.Connect;\nusing Amazon.Connect.Model;\n";

        /// <summary>Runs every request analyzer on <paramref name="body"/> (after the usings of the SDK) and expects exactly <paramref name="expected"/>.</summary>
        internal static Task Verify(string body, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerVerifierTest<FlowContentAnalyzer> { RunAllRequestAnalyzers = true, TestCode = Usings + body };
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        internal static DiagnosticResult Expect(QueryDiagnosticDescriptor rule, int location, params object[] arguments) =>
            new DiagnosticResult(DiagnosticDescriptors.Get(rule)).WithLocation(location).WithArguments(arguments);

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

        // ---- CFQ023: strings that become SDK enums ----

        [Fact]
        public Task StringConvertedToAnEnumIsCheckedIgnoringCase() => Verify("""
            class C
            {
                const string Publish = "PUBLISH";
                ContactFlowSearchCriteria[] R(string fromUser) => new[]
                {
                    new ContactFlowSearchCriteria { StatusCondition = {|#0:"PUBLISH"|} },
                    new ContactFlowSearchCriteria { StatusCondition = {|#1:Publish|} },
                    new ContactFlowSearchCriteria { TypeCondition = {|#2:"CONTACTFLOW"|} },
                    new ContactFlowSearchCriteria { StatusCondition = "published", StateCondition = "ACTIVE" },
                    new ContactFlowSearchCriteria { StatusCondition = fromUser },
                };
            }
            """,
            Expect(DiagnosticCatalog.InvalidConstantValue, 0, "PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 1, "PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 2, "CONTACTFLOW", "ContactFlowType", " (did you mean 'CONTACT_FLOW'?)",
                "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"));

        [Fact]
        public Task FindValueIgnoresCaseAndTheConstructorDoesNot() => Verify("""
            class C
            {
                object[] R(string fromUser) => new object[]
                {
                    ContactFlowStatus.FindValue({|#0:"SAVE"|}),
                    ContactFlowStatus.FindValue("saved"),
                    new ContactFlowType({|#1:"contact_flow"|}),
                    new ContactFlowType("CONTACT_FLOW"),
                    new ContactFlowModuleState({|#2:"gone"|}),
                    new ContactFlowType(fromUser),
                    ContactFlowState.FindValue(fromUser),
                };
            }
            """,
            Expect(DiagnosticCatalog.InvalidConstantValue, 0, "SAVE", "ContactFlowStatus", " (did you mean 'SAVED'?)", "PUBLISHED, SAVED"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 1, "contact_flow", "ContactFlowType", " (did you mean 'CONTACT_FLOW'?)",
                "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 2, "gone", "ContactFlowModuleState", string.Empty, "ACTIVE, ARCHIVED"));

        [Fact]
        public Task EnumsWhoseFieldNamesAreNotTheirValuesAreNotJudged() => Verify("""
            namespace Amazon.Connect
            {
                // As the SDK declares values that are not identifiers: the field name is made up, the value is in the initializer.
                public class VocabularyLanguageCode : Amazon.Runtime.ConstantClass
                {
                    public static readonly VocabularyLanguageCode ArAE = new VocabularyLanguageCode("ar-AE");
                    public static readonly VocabularyLanguageCode EnUS = new VocabularyLanguageCode("en-US");
                    public VocabularyLanguageCode(string value) : base(value) { }
                    public static implicit operator VocabularyLanguageCode(string value) => new VocabularyLanguageCode(value);
                }
            }

            class C
            {
                Amazon.Connect.VocabularyLanguageCode[] R() => new Amazon.Connect.VocabularyLanguageCode[] { "en-US", new Amazon.Connect.VocabularyLanguageCode("ar-AE") };
            }
            """);

        [Fact]
        public Task ListContactFlowsTypesAreCheckedAsWritten() => Verify("""
            class C
            {
                void M(ListContactFlowsRequest r, string fromUser)
                {
                    r.ContactFlowTypes = new List<string> { "CONTACT_FLOW", {|#0:"QUEUE_TRANSFR"|}, fromUser, ContactFlowType.AGENT_HOLD };
                    r.ContactFlowTypes = ["AGENT_HOLD", {|#1:"agent_hold"|}];
                    var s = new ListContactFlowsRequest { ContactFlowTypes = { {|#2:"CAMPAIGNS"|} } };
                }
            }
            """,
            Expect(DiagnosticCatalog.InvalidConstantValue, 0, "QUEUE_TRANSFR", "ContactFlowType", " (did you mean 'QUEUE_TRANSFER'?)",
                "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 1, "agent_hold", "ContactFlowType", " (did you mean 'AGENT_HOLD'?)",
                "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"),
            Expect(DiagnosticCatalog.InvalidConstantValue, 2, "CAMPAIGNS", "ContactFlowType", " (did you mean 'CAMPAIGN'?)",
                "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER"));

        // ---- CFQ024: StringCondition.FieldName in search criteria ----

        [Fact]
        public Task FieldNamesInFlowAndModuleCriteriaAreChecked() => Verify("""
            class C
            {
                void M(ContactFlowSearchCriteria criteria)
                {
                    var flows = new ContactFlowSearchCriteria
                    {
                        StringCondition = new StringCondition { FieldName = {|#0:"nmae"|}, Value = "x", ComparisonType = StringComparisonType.EXACT },
                    };
                    var modules = new ContactFlowModuleSearchCriteria { StringCondition = new() { FieldName = {|#1:"Name"|} } };
                    criteria.StringCondition.FieldName = {|#2:"title"|};
                    var fine = new ContactFlowModuleSearchCriteria { StringCondition = new StringCondition { FieldName = "description" } };
                }
            }
            """,
            Expect(DiagnosticCatalog.InvalidStringConditionField, 0, "nmae", "contact flows", " (did you mean 'name'?)", "name, description"),
            Expect(DiagnosticCatalog.InvalidStringConditionField, 1, "Name", "contact flow modules", " (did you mean 'name'?)", "name, description"),
            Expect(DiagnosticCatalog.InvalidStringConditionField, 2, "title", "contact flows", string.Empty, "name, description"));

        [Fact]
        public Task FieldNamesOutsideSearchCriteriaOrNotConstantAreNotChecked() => Verify("""
            class C
            {
                void M(string fromUser)
                {
                    var alone = new StringCondition { FieldName = "resourceType" };
                    alone.FieldName = "anything";
                    var flows = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = fromUser } };
                }
            }
            """);

        // ---- CFQ025: DescribeContactFlow alias ----

        internal const string DescribeFlowForms = "'<flow id>:$SAVED' for the saved content and '<flow id>:<version>' for a version";

        [Fact]
        public Task OnlyTheSavedAliasIsAccepted() => Verify("""
            class C
            {
                const string Id = "0b6a5c4d";
                DescribeContactFlowRequest[] R(string fromUser) => new[]
                {
                    new DescribeContactFlowRequest { ContactFlowId = "0b6a5c4d:{|#0:$SAVE|}" },
                    new DescribeContactFlowRequest { ContactFlowId = {|#1:Id + ":$LATEST"|} },
                    new DescribeContactFlowRequest { ContactFlowId = "0b6a5c4d:$SAVED" },
                    new DescribeContactFlowRequest { ContactFlowId = "arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/0b6a5c4d" },
                    new DescribeContactFlowRequest { ContactFlowId = fromUser + ":$LATEST" },
                };
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(0).WithArguments("$SAVE", "DescribeContactFlow", " (did you mean '$SAVED'?)", DescribeFlowForms),
            new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(1).WithArguments("$LATEST", "DescribeContactFlow", string.Empty, DescribeFlowForms));

        // ---- CFQ026: limits ----

        [Fact]
        public Task MaxResultsOutsideTheOperationsRangeIsReported() => Verify("""
            class C
            {
                object[] R(int fromUser) => new object[]
                {
                    new SearchContactFlowsRequest { MaxResults = {|#0:0|} },
                    new SearchContactFlowModulesRequest { MaxResults = {|#1:101|} },
                    new ListContactFlowsRequest { MaxResults = {|#2:1001|} },
                    new ListContactFlowsRequest { MaxResults = 1000 },
                    new SearchContactFlowsRequest { MaxResults = 100 },
                    new SearchContactFlowsRequest { MaxResults = fromUser * 1000 },
                };
            }
            """,
            Expect(DiagnosticCatalog.RequestValueOutOfRange, 0, "SearchContactFlowsRequest", "MaxResults", "is 0", "1 to 100"),
            Expect(DiagnosticCatalog.RequestValueOutOfRange, 1, "SearchContactFlowModulesRequest", "MaxResults", "is 101", "1 to 100"),
            Expect(DiagnosticCatalog.RequestValueOutOfRange, 2, "ListContactFlowsRequest", "MaxResults", "is 1001", "1 to 1000"));

        [Fact]
        public Task MoreThanTenContactFlowTypesAreReported() => Verify("""
            class C
            {
                void M(ListContactFlowsRequest r, List<string> fromUser)
                {
                    r.ContactFlowTypes = {|#0:new List<string> { "AGENT_HOLD", "AGENT_TRANSFER", "AGENT_WHISPER", "CAMPAIGN", "CONTACT_FLOW", "CUSTOMER_HOLD", "CUSTOMER_QUEUE", "CUSTOMER_WHISPER", "OUTBOUND_WHISPER", "QUEUE_TRANSFER", "AGENT_HOLD" }|};
                    r.ContactFlowTypes = new List<string> { "AGENT_HOLD", "AGENT_TRANSFER", "AGENT_WHISPER", "CAMPAIGN", "CONTACT_FLOW", "CUSTOMER_HOLD", "CUSTOMER_QUEUE", "CUSTOMER_WHISPER", "OUTBOUND_WHISPER", "QUEUE_TRANSFER" };
                    r.ContactFlowTypes = new List<string>(fromUser) { "AGENT_HOLD" };
                }
            }
            """, Expect(DiagnosticCatalog.RequestValueOutOfRange, 0, "ListContactFlowsRequest", "ContactFlowTypes", "has 11 entries", "at most 10"));

        [Fact]
        public Task InstanceIdEmptyOrTooLongIsReportedOnTheFlowRequests()
        {
            string tooLong = new string('i', 101);
            return Verify($$"""
                class C
                {
                    object[] R(string fromUser) => new object[]
                    {
                        new SearchContactFlowsRequest { InstanceId = {|#0:""|} },
                        new CreateContactFlowRequest { InstanceId = {|#1:"{{tooLong}}"|} },
                        new DescribeContactFlowRequest { InstanceId = "{{tooLong.Substring(1)}}" },
                        new ListContactFlowsRequest { InstanceId = fromUser },
                    };
                }
                """,
                Expect(DiagnosticCatalog.RequestValueOutOfRange, 0, "SearchContactFlowsRequest", "InstanceId", "is empty", "1 to 100 characters"),
                Expect(DiagnosticCatalog.RequestValueOutOfRange, 1, "CreateContactFlowRequest", "InstanceId", "is 101 characters long", "1 to 100 characters"));
        }

        // ---- CFQ020–CFQ022 in AdditionalFiles ----

        [Fact]
        public async Task FlowFilesMarkedAsContentAreChecked()
        {
            var test = new AnalyzerVerifierTest<FlowContentAnalyzer> { RunAllRequestAnalyzers = true, TestCode = "class C { }" };
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
            var test = new AnalyzerVerifierTest<FlowContentAnalyzer> { RunAllRequestAnalyzers = true, TestCode = "class C { }" };
            test.TestState.AdditionalFiles.Add(("/0/flows/big.json", "[\n" + new string(' ', ConnectLimits.MaxContentLength) + "\n]"));
            test.TestState.AnalyzerConfigFiles.Add(Verifiers.FlowContentConfig("/0/flows/big.json"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ContentTooLong)).WithSpan("/0/flows/big.json", 1, 1, 3, 2)
                .WithArguments("flow", "256004", "256000"));
            await test.RunAsync();
        }
    }
}
