using System.Threading.Tasks;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ConnectFlowQueries.Tests.RequestAnalyzers.RequestAnalyzerVerifier;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>CFQ023 on strings that become SDK enum values: each way a string becomes one, at the exact span, silent on values it cannot know.</summary>
    public class SdkEnumValueAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) => Verify<SdkEnumValueAnalyzer>(body, expected);

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
    }
}
