using System.Threading.Tasks;
using ConnectFlowQueries.CodeFixes;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>
    /// "Change to 'X'" on the request analyzers' diagnostics that carry a suggestion (CFQ023, CFQ024, CFQ025, CFQ028):
    /// only the bad part (or the string's content) changes, the literal keeps its kind and escapes. Every test with two
    /// or more diagnostics also runs Fix All in document, project and solution (the testing package compares each
    /// against the fixed code).
    /// </summary>
    public class DidYouMeanCodeFixTests
    {
        private static CodeFixVerifierTest<TAnalyzer, DidYouMeanCodeFixProvider> CodeTest<TAnalyzer>(string before, string after)
            where TAnalyzer : DiagnosticAnalyzer, new() =>
            new CodeFixVerifierTest<TAnalyzer, DidYouMeanCodeFixProvider> { TestCode = RequestAnalyzerVerifier.Usings + before, FixedCode = RequestAnalyzerVerifier.Usings + after, RunAllRequestAnalyzers = true };

        [Fact]
        public Task EnumStringsFieldNamesAndAliasesAreFixedInOrdinaryCode()
        {
            // Three analyzers' diagnostics in one document, fixed together as in the IDE.
            var test = CodeTest<SdkEnumValueAnalyzer>(""""
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
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.UnknownFlowAlias)).WithLocation(4).WithArguments("$saved", "DescribeContactFlow", " (did you mean '$SAVED'?)", RequestMemberAnalyzerTests.DescribeFlowForms));
            return test.RunAsync();
        }

        [Fact]
        public Task ModuleAliasesAndInstanceIdsInTheWrongCaseAreFixed()
        {
            var test = CodeTest<RequestMemberAnalyzer>(""""
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
            const string ModuleForms = RequestMemberAnalyzerTests.ModuleSaved;
            const string InstanceForm = RequestMemberAnalyzerTests.InstanceForm;
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
            var test = CodeTest<SdkEnumValueAnalyzer>(Source, Source);
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.InvalidConstantValue)).WithLocation(0).WithArguments("PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED"));
            return test.RunAsync();
        }
    }
}
