using System.Threading.Tasks;
using Xunit;
using static ConnectFlowQueries.Tests.Support.Verifiers;

namespace ConnectFlowQueries.Tests
{
    /// <summary>Every diagnostic points at the exact characters inside the string literal, whatever its kind.</summary>
    public class AnalyzerSpanTests
    {
        private static string Method(string attributeArgument, string parameters = "string instanceId", string returnType = "SearchContactFlowsRequest", string attribute = "FlowQuery") => $$"""
            using System.Threading;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            public static partial class Flows
            {
                [{{attribute}}({{attributeArgument}})]
                public static partial {{returnType}} Search({{parameters}});
            }
            """;

        [Fact]
        public Task ValidQueryReportsNothing() =>
            VerifyAnalyzerAsync(Method("\"name ^= 'billing' and (type = contact_flow or type = 'AGENT_HOLD') and status = PUBLISHED\""));

        [Fact]
        public Task CFQ001_UnterminatedString() =>
            VerifyAnalyzerAsync(Method("\"name = {|#0:'billing|}\""),
                Diagnostic("CFQ001", "Unterminated string: add a closing single quote").WithLocation(0));

        [Fact]
        public Task CFQ001_MissingValueAtEndPointsAtTheClosingQuote() =>
            VerifyAnalyzerAsync(Method("\"name ={|#0:\"|}"),
                Diagnostic("CFQ001", "Expected a value after '=', such as 'text'").WithLocation(0));

        [Fact]
        public Task CFQ001_TrailingInput() =>
            VerifyAnalyzerAsync(Method("\"name = 'a' {|#0:status|} = SAVED\""),
                Diagnostic("CFQ001", "Expected 'and' or 'or' before 'status'").WithLocation(0));

        [Fact]
        public Task CFQ001_DoubleQuotedStringIsExplained() =>
            VerifyAnalyzerAsync(Method("@\"name = {|#0:\"\"billing\"\"|}\""),
                Diagnostic("CFQ001", "Strings use single quotes: write 'billing'").WithLocation(0));

        [Fact]
        public Task CFQ001_ALoneDoubleQuoteIsAnUnexpectedCharacter() =>
            VerifyAnalyzerAsync(Method("\"name = {|#0:\\\"|}billing'\""),
                Diagnostic("CFQ001", "Unexpected character '\"' (strings use single quotes: 'text')").WithLocation(0),
                Diagnostic("CFQ001", "Unterminated string: add a closing single quote").WithSpan(8, 33, 8, 34));

        [Fact]
        public Task CFQ002_UnknownFieldWithSuggestion() =>
            VerifyAnalyzerAsync(Method("\"{|#0:nmae|} ^= 'billing'\""),
                Diagnostic("CFQ002", "nmae", "contact flows", "did you mean 'name'?").WithLocation(0));

        [Fact]
        public Task CFQ002_UnknownFieldWithoutSuggestionListsTheFields() =>
            VerifyAnalyzerAsync(Method("\"{|#0:owner|} = 'x'\""),
                Diagnostic("CFQ002", "owner", "contact flows", "the fields are name, description, type, state, status and tag:Key").WithLocation(0));

        [Fact]
        public Task CFQ003_InvalidEnumValueAfterEscapes() =>
            VerifyAnalyzerAsync(Method("\"name = 'a\\tb\\\\' and \\u0073tatus = {|#0:PUBLISH|}\""),
                Diagnostic("CFQ003", "PUBLISH", "ContactFlowStatus", " (did you mean 'PUBLISHED'?)", "PUBLISHED, SAVED").WithLocation(0));

        [Fact]
        public Task CFQ003_SurrogatePairEscapeBeforeTheError() =>
            VerifyAnalyzerAsync(Method("\"name = '\\U0001F600' and type = {|#0:'FLOW'|}\""),
                Diagnostic("CFQ003").WithLocation(0));

        [Fact]
        public Task CFQ004_OperatorNotSupportedByEnumField() =>
            VerifyAnalyzerAsync(Method("\"status {|#0:^=|} 'PUB'\""),
                Diagnostic("CFQ004", "status", "^=", "only '='").WithLocation(0));

        [Theory]
        [InlineData("name {|#0:!=|} 'a'")]
        [InlineData("name {|#0:$=|} 'a'")]
        [InlineData("name {|#0:<|} 'a'")]
        [InlineData("{|#0:not|} name = 'a'")]
        [InlineData("name = 'a' and ({|#0:not|} status = SAVED)")]
        public Task CFQ005_ConstructsTheApiCannotExpress(string query) =>
            VerifyAnalyzerAsync(Method("\"" + query + "\""), Diagnostic("CFQ005").WithLocation(0));

        [Fact]
        public Task CFQ005_TagOrFieldPointsAtTheOr() =>
            VerifyAnalyzerAsync(Method("\"name = 'a' {|#0:or|} tag:Team = 'x'\""), Diagnostic("CFQ005").WithLocation(0));

        [Fact]
        public Task CFQ006_ContainsTooShortIsAWarning() =>
            VerifyAnalyzerAsync(Method("\"description *= {|#0:'a'|}\""),
                Diagnostic("CFQ006", "a", "1").WithLocation(0));

        [Fact]
        public Task CFQ006_ContainsTooLong() =>
            VerifyAnalyzerAsync(Method("\"name *= {|#0:'abcdefghijklmnopqrstuvwxyz'|}\""),
                Diagnostic("CFQ006", "abcdefghijklmnopqrstuvwxyz", "26").WithLocation(0));

        [Fact]
        public Task CFQ007_TooManyTagConditions()
        {
            // (a or b or c) and (d or e or f) and (g or h or i) = 27 AND lists of 3: 81 conditions.
            string group(char c) => $"(tag:{c}1 = 'x' or tag:{c}2 = 'x' or tag:{c}3 = 'x')";
            string query = $"{group('a')} and {group('b')} and {group('c')}";
            return VerifyAnalyzerAsync(Method($"\"{{|#0:{query}|}}\""), Diagnostic("CFQ007", "81", "25").WithLocation(0));
        }

        [Fact]
        public Task CFQ008_PlaceholderWithoutParameter() =>
            VerifyAnalyzerAsync(Method("\"name = {|#0:{prefix}|}\""),
                Diagnostic("CFQ008", "The placeholder {prefix} names no parameter of the method; add a parameter 'prefix' of type 'string'").WithLocation(0));

        [Fact]
        public Task CFQ008_PlaceholderOfTheWrongType() =>
            VerifyAnalyzerAsync(Method("\"status = {|#0:{status}|}\"", "string instanceId, int status"),
                Diagnostic("CFQ008").WithLocation(0));

        [Fact]
        public Task CFQ009_UnusedParameterIsAWarning() =>
            VerifyAnalyzerAsync(Method("\"name = 'a'\"", "string instanceId, string {|#0:prefix|}"),
                Diagnostic("CFQ009").WithLocation(0));

        [Fact]
        public Task CFQ010_MissingInstanceId() =>
            VerifyGeneratorAndAnalyzerAsync(Method("\"name = 'a'\"", "string nextToken").Replace("Search(", "{|#0:Search|}("),
                Diagnostic("CFQ010", "The method 'Search' needs a 'string instanceId' parameter: the Amazon Connect instance to search").WithLocation(0));

        [Fact]
        public Task CFQ010_MistypedInstanceId() =>
            VerifyGeneratorAndAnalyzerAsync(Method("\"name = 'a'\"", "int {|#0:instanceId|}"),
                Diagnostic("CFQ010", "The parameter 'instanceId' must be of type string").WithLocation(0));

        [Fact]
        public Task CFQ010_UnsupportedReturnType() =>
            VerifyGeneratorAndAnalyzerAsync(Method("\"name = 'a'\"", returnType: "{|#0:string|}"), Diagnostic("CFQ010").WithLocation(0));

        [Fact]
        public Task CFQ010_ContainingTypeNotPartial() =>
            VerifyGeneratorAndAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static class {|#0:Flows|}
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ010", "The type 'Flows' that contains 'Search' must be declared 'partial'").WithLocation(0));

        [Fact]
        public Task CFQ010_MethodNotPartial() =>
            VerifyGeneratorAndAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static SearchContactFlowsRequest {|#0:Search|}(string instanceId) => null!;
                }
                """, Diagnostic("CFQ010").WithLocation(0));

        [Fact]
        public Task CFQ011_MaxResultsOutOfRange() =>
            VerifyGeneratorAndAnalyzerAsync(Method("\"name = 'a'\", MaxResults = {|#0:500|}"),
                Diagnostic("CFQ011", "500").WithLocation(0));

        [Fact]
        public Task CFQ012_NestingTooDeep()
        {
            string query = new string('(', 100) + "{|#0:(|}" + "name = 'a'" + new string(')', 101);
            return VerifyAnalyzerAsync(Method("\"" + query + "\""), Diagnostic("CFQ012", "100").WithLocation(0));
        }

        [Fact]
        public Task VerbatimLiteralWithDoubledQuote() =>
            VerifyAnalyzerAsync(Method("@\"description = 'say \"\"hi\"\"' and {|#0:nmae|} = 'x'\""),
                Diagnostic("CFQ002").WithLocation(0));

        [Fact]
        public Task SingleLineRawLiteral() =>
            VerifyAnalyzerAsync(Method("\"\"\"name = {|#1:\"quoted\"|} and {|#0:typo|} = 'x'\"\"\""),
                Diagnostic("CFQ001").WithLocation(1), Diagnostic("CFQ002").WithLocation(0));

        [Fact]
        public Task MultiLineRawLiteral() =>
            VerifyAnalyzerAsync(""""""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery(""""
                        name ^= 'billing'
                          and {|#0:stauts|} = PUBLISHED
                        """")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """""", Diagnostic("CFQ002", "stauts", "contact flows", "did you mean 'status'?").WithLocation(0));

        [Fact]
        public Task ConstReferenceFallsBackToTheWholeArgument() =>
            VerifyAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    private const string Query = "nmae = 'x'";

                    [FlowQuery({|#0:Query|})]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ002").WithLocation(0));

        [Fact]
        public Task ModulesHaveNoType() =>
            VerifyAnalyzerAsync(Method("\"{|#0:type|} = CONTACT_FLOW\"", returnType: "SearchContactFlowModulesRequest", attribute: "FlowModuleQuery"),
                Diagnostic("CFQ002", "type", "contact flow modules", "flow modules have no type; search contact flows to filter by type").WithLocation(0));

        [Fact]
        public Task PragmaSilencesAWarning() =>
            VerifyAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                #pragma warning disable CFQ006
                    [FlowQuery("name *= 'a'")]
                #pragma warning restore CFQ006
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """);
    }
}
