using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ConnectFlowQueries.Tests.RequestAnalyzers.RequestAnalyzerVerifier;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>
    /// CFQ025, CFQ026 and CFQ028 on the members of the search, flow, module, version and alias requests and on the ids
    /// that take an alias: each operation's own limits from the service model, at the exact span, silent on values it
    /// cannot know.
    /// </summary>
    public class RequestMemberAnalyzerTests
    {
        private const string Uuid = "0b6a5c4d-1234-4abc-8def-0123456789ab";
        private const string AliasNameForm = "letters, digits and '$', each followed by at most one '_' or '-'";
        internal const string InstanceForm = "an instance id (a lower-case UUID) or an instance ARN that ends in one";
        private const string ChecksumForm = "64 letters or digits (the SHA-256 checksum of the content)";
        private const string FlowSaved = "'<flow id>:$SAVED' for the saved content";
        internal const string ModuleSaved = "'<module id>:$SAVED' for the saved content";
        internal const string DescribeFlowForms = "'<flow id>:$SAVED' for the saved content and '<flow id>:<version>' for a version";

        private static Task Verify(string body, params DiagnosticResult[] expected) => Verify<RequestMemberAnalyzer>(body, expected);

        private static DiagnosticResult OutOfRange(int location, string request, string property, string actual, string accepted) =>
            Expect(DiagnosticCatalog.RequestValueOutOfRange, location, request, property, actual, accepted);

        private static DiagnosticResult NotInForm(int location, string request, string property, string what, string accepted, string hint = "") =>
            Expect(DiagnosticCatalog.RequestValueNotInForm, location, request, property, what, hint, accepted);

        // ---- CFQ025: :$ aliases on flow and module ids ----

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

        [Fact]
        public Task TheSavedAliasIsCheckedOnEveryRequestThatDocumentsIt() => Verify("""
            class C
            {
                object[] R(string fromUser) => new object[]
                {
                    new DescribeContactFlowModuleRequest { ContactFlowModuleId = "m-1:{|#0:$saved|}" },
                    new UpdateContactFlowContentRequest { ContactFlowId = "f-1:{|#1:$LATEST|}" },
                    new UpdateContactFlowModuleContentRequest { ContactFlowModuleId = @"m-1:{|#2:$SAVD|}" },
                    new DescribeContactFlowModuleRequest { ContactFlowModuleId = "m-1:$SAVED" },
                    new UpdateContactFlowContentRequest { ContactFlowId = "f-1:$SAVED" },
                    new UpdateContactFlowModuleContentRequest { ContactFlowModuleId = "m-1" },
                    new DescribeContactFlowModuleRequest { ContactFlowModuleId = fromUser + ":$LATEST" },
                };
            }
            """,
            Expect(DiagnosticCatalog.UnknownFlowAlias, 0, "$saved", "DescribeContactFlowModule", " (did you mean '$SAVED'?)", ModuleSaved),
            Expect(DiagnosticCatalog.UnknownFlowAlias, 1, "$LATEST", "UpdateContactFlowContent", string.Empty, FlowSaved),
            Expect(DiagnosticCatalog.UnknownFlowAlias, 2, "$SAVD", "UpdateContactFlowModuleContent", " (did you mean '$SAVED'?)", ModuleSaved));

        [Fact]
        public Task DescribeContactFlowAcceptsAVersionFromOne() => Verify("""
            class C
            {
                object[] R() => new object[]
                {
                    new DescribeContactFlowRequest { ContactFlowId = "f-1:3" },
                    new DescribeContactFlowRequest { ContactFlowId = "arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1:12" },
                    new DescribeContactFlowRequest { ContactFlowId = "arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1" },
                    new DescribeContactFlowRequest { ContactFlowId = "f-1:{|#0:0|}" },
                    new DescribeContactFlowRequest { ContactFlowId = "arn:aws:connect:us-east-1:123456789012:instance/i-1/contact-flow/f-1:{|#1:00|}" },
                    // Only DescribeContactFlow documents versions in the id: elsewhere a number after ':' is not judged.
                    new UpdateContactFlowContentRequest { ContactFlowId = "f-1:0" },
                };
            }
            """,
            OutOfRange(0, "DescribeContactFlowRequest", "ContactFlowId", "names version 0", "version 1 or more"),
            OutOfRange(1, "DescribeContactFlowRequest", "ContactFlowId", "names version 00", "version 1 or more"));

        // ---- CFQ026: each operation's own lengths and ranges ----

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

        [Fact]
        public Task VersionNumbersStartAtOne() => Verify("""
            class C
            {
                const long None = 0;
                object[] R(long fromUser) => new object[]
                {
                    new DeleteContactFlowVersionRequest { ContactFlowVersion = {|#0:0|} },
                    new CreateContactFlowVersionRequest { ContactFlowVersion = {|#1:-1L|} },
                    new DeleteContactFlowModuleVersionRequest { ContactFlowModuleVersion = {|#2:None|} },
                    new CreateContactFlowModuleAliasRequest { ContactFlowModuleVersion = {|#3:0|} },
                    new UpdateContactFlowModuleAliasRequest { ContactFlowModuleVersion = 1 },
                    new DeleteContactFlowVersionRequest { ContactFlowVersion = long.MaxValue },
                    new DeleteContactFlowVersionRequest { ContactFlowVersion = fromUser - 1 },
                };
            }
            """,
            OutOfRange(0, "DeleteContactFlowVersionRequest", "ContactFlowVersion", "is 0", "1 or more"),
            OutOfRange(1, "CreateContactFlowVersionRequest", "ContactFlowVersion", "is -1", "1 or more"),
            OutOfRange(2, "DeleteContactFlowModuleVersionRequest", "ContactFlowModuleVersion", "is 0", "1 or more"),
            OutOfRange(3, "CreateContactFlowModuleAliasRequest", "ContactFlowModuleVersion", "is 0", "1 or more"));

        [Fact]
        public Task ListMaxResultsIsOneToAThousand() => Verify("""
            class C
            {
                void M(ListContactFlowModulesRequest modules, int fromUser)
                {
                    modules.MaxResults = {|#0:0|};
                    modules.MaxResults = 1000;
                    modules.MaxResults = fromUser;
                    var versions = new ListContactFlowVersionsRequest { MaxResults = {|#1:1001|} };
                    var moduleVersions = new ListContactFlowModuleVersionsRequest { MaxResults = {|#2:-5|} };
                    var aliases = new ListContactFlowModuleAliasesRequest { MaxResults = {|#3:5000|} };
                    var fine = new ListContactFlowModuleAliasesRequest { MaxResults = 1 };
                }
            }
            """,
            OutOfRange(0, "ListContactFlowModulesRequest", "MaxResults", "is 0", "1 to 1000"),
            OutOfRange(1, "ListContactFlowVersionsRequest", "MaxResults", "is 1001", "1 to 1000"),
            OutOfRange(2, "ListContactFlowModuleVersionsRequest", "MaxResults", "is -5", "1 to 1000"),
            OutOfRange(3, "ListContactFlowModuleAliasesRequest", "MaxResults", "is 5000", "1 to 1000"));

        [Fact]
        public Task SearchNextTokenIsOneTo2500Characters()
        {
            string atLimit = new string('t', ConnectLimits.MaxSearchNextTokenLength);
            return Verify($$"""
                class C
                {
                    object[] R() => new object[]
                    {
                        new SearchContactFlowsRequest { NextToken = {|#0:""|} },
                        new SearchContactFlowModulesRequest { NextToken = {|#1:"{{atLimit}}t"|} },
                        new SearchContactFlowsRequest { NextToken = "{{atLimit}}" },
                        // The list operations' NextToken has no documented length.
                        new ListContactFlowModulesRequest { NextToken = "{{atLimit}}{{atLimit}}" },
                    };
                }
                """,
                OutOfRange(0, "SearchContactFlowsRequest", "NextToken", "is empty", "1 to 2500 characters"),
                OutOfRange(1, "SearchContactFlowModulesRequest", "NextToken", "is 2501 characters long", "1 to 2500 characters"));
        }

        [Fact]
        public Task InstanceIdsAreHeldToTheirOperationsOwnLimits()
        {
            string hundred = new string('i', 100);
            return Verify($$"""
                class C
                {
                    object[] R() => new object[]
                    {
                        new CreateContactFlowVersionRequest { InstanceId = {|#0:"{{hundred}}i"|} },
                        new ListContactFlowModulesRequest { InstanceId = {|#1:""|} },
                        new DeleteContactFlowModuleVersionRequest { InstanceId = "{{hundred}}" },
                        // The alias operations take 1 to 250 characters: 101 is no length problem there, only not an id.
                        new DescribeContactFlowModuleAliasRequest { InstanceId = "{|#2:{{hundred}}i|}" },
                        new DeleteContactFlowModuleAliasRequest { InstanceId = {|#3:"{{hundred}}{{hundred}}{{hundred}}"|} },
                        new ListContactFlowModuleAliasesRequest { InstanceId = {|#4:""|} },
                    };
                }
                """,
                OutOfRange(0, "CreateContactFlowVersionRequest", "InstanceId", "is 101 characters long", "1 to 100 characters"),
                OutOfRange(1, "ListContactFlowModulesRequest", "InstanceId", "is empty", "1 to 100 characters"),
                NotInForm(2, "DescribeContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", InstanceForm),
                OutOfRange(3, "DeleteContactFlowModuleAliasRequest", "InstanceId", "is 300 characters long", "1 to 250 characters"),
                OutOfRange(4, "ListContactFlowModuleAliasesRequest", "InstanceId", "is empty", "1 to 250 characters"));
        }

        [Fact]
        public Task IdNameAndDescriptionLengthsOfTheAliasAndModuleOperations()
        {
            string moduleId = new string('m', ConnectLimits.MaxModuleIdLength);
            string description = new string('d', ConnectLimits.MaxModuleDescriptionLength);
            return Verify($$"""
                class C
                {
                    object[] R() => new object[]
                    {
                        new CreateContactFlowModuleAliasRequest { ContactFlowModuleId = {|#0:"{{moduleId}}m"|} },
                        new DescribeContactFlowModuleRequest { ContactFlowModuleId = {|#1:""|} },
                        // DeleteContactFlowModuleAlias takes a ResourceId (1 to 500) as the module id.
                        new DeleteContactFlowModuleAliasRequest { ContactFlowModuleId = "{{moduleId}}m", AliasId = {|#2:""|} },
                        new UpdateContactFlowModuleAliasRequest { Name = {|#3:""|}, Description = {|#4:"{{description}}d"|} },
                        new CreateContactFlowModuleVersionRequest { Description = "{{description}}" },
                        new DescribeContactFlowRequest { ContactFlowId = {|#5:"{{description}}f"|} },
                        new DescribeContactFlowRequest { ContactFlowId = "" },
                    };
                }
                """,
                OutOfRange(0, "CreateContactFlowModuleAliasRequest", "ContactFlowModuleId", "is 257 characters long", "1 to 256 characters"),
                OutOfRange(1, "DescribeContactFlowModuleRequest", "ContactFlowModuleId", "is empty", "1 to 256 characters"),
                OutOfRange(2, "DeleteContactFlowModuleAliasRequest", "AliasId", "is empty", "1 to 500 characters"),
                OutOfRange(3, "UpdateContactFlowModuleAliasRequest", "Name", "is empty", "1 to 127 characters"),
                OutOfRange(4, "UpdateContactFlowModuleAliasRequest", "Description", "is 501 characters long", "at most 500 characters"),
                OutOfRange(5, "DescribeContactFlowRequest", "ContactFlowId", "is 501 characters long", "at most 500 characters"));
        }

        // ---- CFQ028: documented patterns ----

        [Fact]
        public Task AliasNamesAreLettersDigitsAndDollarsWithSingleSeparators()
        {
            string hundred = new string('a', ConnectLimits.MaxAliasNameLength);
            return Verify($$"""
                class C
                {
                    const string Spaced = "live alias";
                    object[] R() => new object[]
                    {
                        new CreateContactFlowModuleAliasRequest { AliasName = "live{|#0: |}alias" },
                        new CreateContactFlowModuleAliasRequest { AliasName = "{|#1:-|}live" },
                        new CreateContactFlowModuleAliasRequest { AliasName = "live_{|#2:-|}2" },
                        new CreateContactFlowModuleAliasRequest { AliasName = @"caf{|#3:é|}" },
                        new CreateContactFlowModuleAliasRequest { AliasName = "a{|#4:\u0020|}b" },
                        new CreateContactFlowModuleAliasRequest { AliasName = {|#5:Spaced|} },
                        new CreateContactFlowModuleAliasRequest { AliasName = {|#6:""|} },
                        new CreateContactFlowModuleAliasRequest { AliasName = {|#7:"{{hundred}}a"|} },
                        new CreateContactFlowModuleAliasRequest { AliasName = "$prod-2_b$-" },
                        new CreateContactFlowModuleAliasRequest { AliasName = "{{hundred}}" },
                    };
                }
                """,
                NotInForm(0, "CreateContactFlowModuleAliasRequest", "AliasName", "contains ' '", AliasNameForm),
                NotInForm(1, "CreateContactFlowModuleAliasRequest", "AliasName", "starts with '-'", AliasNameForm),
                NotInForm(2, "CreateContactFlowModuleAliasRequest", "AliasName", "has '_-' (two separators in a row)", AliasNameForm),
                NotInForm(3, "CreateContactFlowModuleAliasRequest", "AliasName", "contains 'é'", AliasNameForm),
                NotInForm(4, "CreateContactFlowModuleAliasRequest", "AliasName", "contains ' '", AliasNameForm),
                NotInForm(5, "CreateContactFlowModuleAliasRequest", "AliasName", "contains ' '", AliasNameForm),
                OutOfRange(6, "CreateContactFlowModuleAliasRequest", "AliasName", "is empty", "1 to 100 characters"),
                OutOfRange(7, "CreateContactFlowModuleAliasRequest", "AliasName", "is 101 characters long", "1 to 100 characters"));
        }

        [Fact]
        public Task AliasOperationsTakeALowerCaseInstanceIdOrAnInstanceArn() => Verify($$"""
            class C
            {
                object[] R(string fromUser) => new object[]
                {
                    new CreateContactFlowModuleAliasRequest { InstanceId = "{{Uuid}}" },
                    new UpdateContactFlowModuleAliasRequest { InstanceId = "arn:aws:connect:us-east-1:123456789012:instance/{{Uuid}}" },
                    new DescribeContactFlowModuleAliasRequest { InstanceId = "{|#0:{{Uuid.ToUpperInvariant()}}|}" },
                    new ListContactFlowModuleAliasesRequest { InstanceId = "{|#1:arn:aws:connect:us-east-1:123456789012:instance/{{Uuid}} |}" },
                    new DeleteContactFlowModuleAliasRequest { InstanceId = "{|#2:my-instance|}" },
                    new DeleteContactFlowModuleAliasRequest { InstanceId = fromUser },
                    // The other operations take any instance id of 1 to 100 characters.
                    new DescribeContactFlowModuleRequest { InstanceId = "my-instance" },
                };
            }
            """,
            NotInForm(0, "DescribeContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", InstanceForm, $" (did you mean '{Uuid}'?)"),
            NotInForm(1, "ListContactFlowModuleAliasesRequest", "InstanceId", "is not an instance id or ARN", InstanceForm,
                $" (did you mean 'arn:aws:connect:us-east-1:123456789012:instance/{Uuid}'?)"),
            NotInForm(2, "DeleteContactFlowModuleAliasRequest", "InstanceId", "is not an instance id or ARN", InstanceForm));

        [Fact]
        public Task ContentChecksumsAre64LettersOrDigits()
        {
            string checksum = new string('a', 32) + new string('F', 16) + new string('7', 16);
            return Verify($$"""
                class C
                {
                    object[] R() => new object[]
                    {
                        new CreateContactFlowVersionRequest { FlowContentSha256 = "{{checksum}}" },
                        new CreateContactFlowVersionRequest { FlowContentSha256 = "{|#0:abc|}" },
                        new CreateContactFlowModuleVersionRequest { FlowModuleContentSha256 = "{{checksum.Substring(1)}}{|#1:-|}" },
                        new CreateContactFlowModuleVersionRequest { FlowModuleContentSha256 = {|#2:"{{checksum}}0"|} },
                    };
                }
                """,
                NotInForm(0, "CreateContactFlowVersionRequest", "FlowContentSha256", "is 3 characters long", ChecksumForm),
                NotInForm(1, "CreateContactFlowModuleVersionRequest", "FlowModuleContentSha256", "contains '-'", ChecksumForm),
                OutOfRange(2, "CreateContactFlowModuleVersionRequest", "FlowModuleContentSha256", "is 65 characters long", "1 to 64 characters"));
        }

        // ---- only the SDK's own requests ----

        [Fact]
        public Task SameNamedTypesOutsideTheSdkAreNotJudged() => Verify("""
            namespace Other
            {
                public class DescribeContactFlowModuleRequest { public string ContactFlowModuleId { get; set; } }
                public class CreateContactFlowModuleAliasRequest { public string AliasName { get; set; } public string InstanceId { get; set; } public long? ContactFlowModuleVersion { get; set; } }
            }

            class C
            {
                object[] R() => new object[]
                {
                    new Other.DescribeContactFlowModuleRequest { ContactFlowModuleId = "m-1:$LATEST" },
                    new Other.CreateContactFlowModuleAliasRequest { AliasName = "live alias", InstanceId = "", ContactFlowModuleVersion = 0 },
                };
            }
            """);
    }
}
