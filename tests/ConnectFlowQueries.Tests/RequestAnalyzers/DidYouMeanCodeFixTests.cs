using System.Threading.Tasks;
using ConnectFlowQueries.CodeFixes;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>
    /// "Change to 'X'": only the bad token (or the string's content) changes, the literal keeps its kind and escapes.
    /// Every test with two or more diagnostics also runs Fix All in document, project and solution (the testing
    /// package compares each against the fixed code).
    /// </summary>
    public class DidYouMeanCodeFixTests
    {
        private const string QueryUsings = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\n";
        private const string CodeUsings = "using System.Collections.Generic;\nusing Amazon.Connect;\nusing Amazon.Connect.Model;\n";

        private static CodeFixVerifierTest<FlowQueryAnalyzer, DidYouMeanCodeFixProvider> QueryTest(string before, string after) =>
            new CodeFixVerifierTest<FlowQueryAnalyzer, DidYouMeanCodeFixProvider> { TestCode = QueryUsings + before, FixedCode = QueryUsings + after, RunGenerator = true };

        private static CodeFixVerifierTest<SdkEnumValueAnalyzer, DidYouMeanCodeFixProvider> CodeTest(string before, string after) =>
            new CodeFixVerifierTest<SdkEnumValueAnalyzer, DidYouMeanCodeFixProvider> { RunAllRequestAnalyzers = true, TestCode = CodeUsings + before, FixedCode = CodeUsings + after };

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

        [Fact]
        public Task EnumStringsFieldNamesAndAliasesAreFixedInOrdinaryCode()
        {
            var test = CodeTest(""""
                class C
                {
                    object[] R() => new object[]
                    {
                        new ContactFlowSearchCriteria { StatusCondition = {|#0:"PUBLISH"|} },
                        new ContactFlowType({|#1:@"contact_flow"|}),
                        new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = {|#2:"""nmae"""|} } },
                        new ListContactFlowsRequest { ContactFlowTypes = new List<string> { {|#3:"QUEUE_TRANSFR"|} } },
                        new DescribeContactFlowRequest { ContactFlowId = "f-1:{|#4:$saved|}" },
                    };
                }
                """", """"
                class C
                {
                    object[] R() => new object[]
                    {
                        new ContactFlowSearchCriteria { StatusCondition = "PUBLISHED" },
                        new ContactFlowType(@"CONTACT_FLOW"),
                        new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = """name""" } },
                        new ListContactFlowsRequest { ContactFlowTypes = new List<string> { "QUEUE_TRANSFER" } },
                        new DescribeContactFlowRequest { ContactFlowId = "f-1:$SAVED" },
                    };
                }
                """");
            const string FlowTypes = "AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER";
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidConstantValue)).WithLocation(0).WithArguments("PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidConstantValue)).WithLocation(1).WithArguments("contact_flow", "ContactFlowType", " (did you mean 'CONTACT_FLOW'?)", FlowTypes));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidStringConditionField)).WithLocation(2).WithArguments("nmae", "contact flows", " (did you mean 'name'?)", "name, description"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidConstantValue)).WithLocation(3).WithArguments("QUEUE_TRANSFR", "ContactFlowType", " (did you mean 'QUEUE_TRANSFER'?)", FlowTypes));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(4).WithArguments("$saved", "DescribeContactFlow", " (did you mean '$SAVED'?)", ConnectRequestAnalyzerTests.DescribeFlowForms));
            return test.RunAsync();
        }

        [Fact]
        public Task ModuleAliasesAndInstanceIdsInTheWrongCaseAreFixed()
        {
            var test = CodeTest(""""
                class C
                {
                    object[] R() => new object[]
                    {
                        new DescribeContactFlowModuleRequest { ContactFlowModuleId = "m-1:{|#0:$saved|}" },
                        new UpdateContactFlowModuleContentRequest { ContactFlowModuleId = """m-1:{|#1:$SAVE|}""" },
                        new DescribeContactFlowModuleAliasRequest { InstanceId = "{|#2:0B6A5C4D-1234-4ABC-8DEF-0123456789AB|}" },
                        new ListContactFlowModuleAliasesRequest { InstanceId = @"{|#3:ARN:AWS:CONNECT:US-EAST-1:123456789012:INSTANCE/0b6a5c4d-1234-4abc-8def-0123456789ab|}" },
                        new DeleteContactFlowModuleAliasRequest { InstanceId = "{|#4:my instance|}" },
                    };
                }
                """", """"
                class C
                {
                    object[] R() => new object[]
                    {
                        new DescribeContactFlowModuleRequest { ContactFlowModuleId = "m-1:$SAVED" },
                        new UpdateContactFlowModuleContentRequest { ContactFlowModuleId = """m-1:$SAVED""" },
                        new DescribeContactFlowModuleAliasRequest { InstanceId = "0b6a5c4d-1234-4abc-8def-0123456789ab" },
                        new ListContactFlowModuleAliasesRequest { InstanceId = @"arn:aws:connect:us-east-1:123456789012:instance/0b6a5c4d-1234-4abc-8def-0123456789ab" },
                        new DeleteContactFlowModuleAliasRequest { InstanceId = "my instance" },
                    };
                }
                """");
            const string ModuleForms = VersionAndAliasRequestTests.ModuleSaved;
            const string InstanceForm = VersionAndAliasRequestTests.InstanceForm;
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(0)
                .WithArguments("$saved", "DescribeContactFlowModule", " (did you mean '$SAVED'?)", ModuleForms));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(1)
                .WithArguments("$SAVE", "UpdateContactFlowModuleContent", " (did you mean '$SAVED'?)", ModuleForms));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueNotInForm)).WithLocation(2)
                .WithArguments("DescribeContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", " (did you mean '0b6a5c4d-1234-4abc-8def-0123456789ab'?)", InstanceForm));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueNotInForm)).WithLocation(3)
                .WithArguments("ListContactFlowModuleAliasesRequest", "InstanceId", "is not an instance id or ARN",
                    " (did you mean 'arn:aws:connect:us-east-1:123456789012:instance/0b6a5c4d-1234-4abc-8def-0123456789ab'?)", InstanceForm));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueNotInForm)).WithLocation(4)
                .WithArguments("DeleteContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", string.Empty, InstanceForm));
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueNotInForm)).WithSpan(12, 65, 12, 76)
                .WithArguments("DeleteContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", string.Empty, InstanceForm));
            return test.RunAsync();
        }

        [Fact]
        public Task AConstantDefinedElsewhereIsNotRewritten()
        {
            const string Source = """
                class C
                {
                    const string Status = "PUBLISH";
                    ContactFlowSearchCriteria R() => new ContactFlowSearchCriteria { StatusCondition = {|#0:Status|} };
                }
                """;
            var test = CodeTest(Source, Source);
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidConstantValue)).WithLocation(0).WithArguments("PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"));
            return test.RunAsync();
        }
    }
}
