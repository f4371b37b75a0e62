using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// Source text for the synthetic projects: query methods of every shape the generator supports, the same
    /// number of [GeneratedRegex] methods, and single queries of a given length. Twenty methods per partial type,
    /// one type per file, as a real project spreads them. Every method's text differs ('#' is its number), so
    /// nothing can be shared between methods.
    /// </summary>
    internal static class SyntheticSource
    {
        public const int MethodsPerFile = 20;

        private const string QueryUsings = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            """;

        /// <summary>Realistic queries, mixed features: every return kind, placeholders, tags, modules, MaxResults.</summary>
        private static readonly string[] QueryMethods =
        {
            """[FlowQuery("name ^= 'billing-#' and status = PUBLISHED")] public static partial SearchContactFlowsRequest Q#(string instanceId);""",
            """[FlowQuery("(type = CONTACT_FLOW or type = 'customer_queue') and description *= 'after hours #'", MaxResults = 50)] public partial SearchContactFlowsRequest Q#(string instanceId, string? nextToken);""",
            """[FlowQuery("name *= {text} and status = {status} and tag:Department = {department} and tag['cost center'] = '#'")] public static partial SearchContactFlowsRequest Q#(string instanceId, string text, ContactFlowStatus status, string department);""",
            """[FlowQuery("state = ACTIVE and name = 'queue #'")] public static partial Task<SearchContactFlowsResponse> Q#(IAmazonConnect client, string instanceId, int? maxResults, CancellationToken cancellationToken);""",
            """[FlowQuery("state = ACTIVE and tag:Team = 'team-#'", MaxResults = 25)] internal static partial IAsyncEnumerable<ContactFlow> Q#(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);""",
            """[FlowQuery("name ^= 'billing #' and (status = PUBLISHED or status = SAVED) and tag:Owner = 'ops'")] public static partial bool Q#(ContactFlow flow);""",
            """[FlowModuleQuery("name ^= 'auth-#' or description *= 'login'")] public static partial SearchContactFlowModulesRequest Q#(string instanceId);""",
            """[FlowQuery("(name ^= 'sales #' or name ^= 'support #') and (type = AGENT_WHISPER or type = CUSTOMER_WHISPER) and state = ACTIVE and status = PUBLISHED and tag:Env = 'prod'")] private static partial SearchContactFlowsRequest Q#(string instanceId);""",
        };

        /// <summary>Patterns of everyday kinds: anchors, classes, alternation, groups, backreferences, options, timeouts.</summary>
        private static readonly string[] RegexMethods =
        {
            """[GeneratedRegex(@"^billing-#-\d{3}$")] public static partial Regex R#();""",
            """[GeneratedRegex(@"(?<user>[a-z0-9._%+-]+)@(?<domain>example#\.com)", RegexOptions.IgnoreCase)] public static partial Regex R#();""",
            """[GeneratedRegex(@"\b(sales|support|billing)#\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)] public static partial Regex R#();""",
            """[GeneratedRegex(@"^(\d{1,3}\.){3}\d{1,3}:#$")] public static partial Regex R#();""",
            """[GeneratedRegex(@"^[A-Z]{2}\d{2}[A-Z0-9]{4}\d{7}([A-Z0-9]?){0,16}-#$")] internal static partial Regex R#();""",
            """[GeneratedRegex(@"(\w+)\s+\1-#", RegexOptions.None, matchTimeoutMilliseconds: 1000)] public static partial Regex R#();""",
            """[GeneratedRegex(@"^\s*(?:after hours|out of office) #\s*$", RegexOptions.Multiline)] public static partial Regex R#();""",
            """[GeneratedRegex(@"arn:aws:connect:[a-z0-9-]+:\d{12}:instance/[0-9a-f-]{36}/contact-flow/#")] private static partial Regex R#();""",
        };

        /// <summary>
        /// Hand-written AWSSDK.Connect request code for the request analyzers: every rule's kind of value, mostly valid,
        /// some wrong (so diagnostics are made and placed), and methods without the SDK, on which every operation the
        /// analyzers listen to must be turned away cheaply.
        /// </summary>
        private static readonly string[] RequestMethods =
        {
            """public static SearchContactFlowsRequest R#(string id) => new SearchContactFlowsRequest { InstanceId = id, MaxResults = 50, SearchCriteria = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "billing #", ComparisonType = StringComparisonType.STARTS_WITH } } };""",
            """public static ContactFlowSearchCriteria R#() => new ContactFlowSearchCriteria { StatusCondition = "PUBLISHED", TypeCondition = "CONTACT_FLOW", StateCondition = ContactFlowState.FindValue("active") };""",
            """public static CreateContactFlowRequest R#(string id) => new CreateContactFlowRequest { InstanceId = id, Name = "flow #", Type = ContactFlowType.CONTACT_FLOW, Content = "{\"Version\": \"2019-10-30\", \"StartAction\": \"a#\", \"Actions\": [{\"Identifier\": \"a#\", \"Type\": \"DisconnectParticipant\", \"Parameters\": {}, \"Transitions\": {}}]}" };""",
            """public static DescribeContactFlowRequest R#() => new DescribeContactFlowRequest { InstanceId = "0b6a5c4d-1234-4abc-8def-0123456789ab", ContactFlowId = "f-#:$SAVED" };""",
            """public static ListContactFlowsRequest R#(string id) { var r = new ListContactFlowsRequest { InstanceId = id, MaxResults = 100, ContactFlowTypes = new List<string> { "CONTACT_FLOW", "AGENT_HOLD" } }; r.NextToken = "t#"; return r; }""",
            """public static CreateContactFlowModuleAliasRequest R#() => new CreateContactFlowModuleAliasRequest { InstanceId = "arn:aws:connect:us-east-1:123456789012:instance/0b6a5c4d-1234-4abc-8def-0123456789ab", ContactFlowModuleId = "m-#", ContactFlowModuleVersion = # + 1, AliasName = "prod_#" };""",
            """public static SearchContactFlowModulesRequest R#(string id) => new SearchContactFlowModulesRequest { InstanceId = id, MaxResults = 500, SearchCriteria = new ContactFlowModuleSearchCriteria { StringCondition = new StringCondition { FieldName = "nmae", Value = "m#", ComparisonType = "EXCAT" } } };""",
            """public static string R#(List<int> items) { var text = new System.Text.StringBuilder("#"); foreach (int i in items) { text.Append(i).Append(','); } var uri = new System.UriBuilder { Host = "h#.example.com", Port = 8080, Path = text.ToString() }; return uri.ToString().Trim().ToUpperInvariant(); }""",
        };

        /// <summary>Disjuncts of a long query; '#' is the disjunct's number.</summary>
        private static readonly string[] LongQueryParts =
        {
            "name ^= 'flow-#'",
            "description *= 'team #'",
            "(state = ACTIVE and name = 'queue #')",
            "type = CUSTOMER_QUEUE",
        };

        public static List<string> QueryFiles(int methodCount) =>
            Files(methodCount, QueryUsings, "Queries", QueryMethods);

        public static List<string> RequestFiles(int methodCount) =>
            Files(methodCount, QueryUsings, "Requests", RequestMethods);

        public static List<string> RegexFiles(int methodCount) =>
            Files(methodCount, "using System.Text.RegularExpressions;\n", "Patterns", RegexMethods);

        /// <summary>One method whose query is <paramref name="length"/> characters or a little more: an 'or' of mixed conditions.</summary>
        public static string LongQueryFile(int length)
        {
            string query = LongQuery(length);
            return QueryUsings + $$"""
                namespace Bench
                {
                    public static partial class LongQueries
                    {
                        [FlowQuery("{{query}}")]
                        public static partial SearchContactFlowsRequest Long(string instanceId);
                    }
                }
                """;
        }

        public static string LongQuery(int length)
        {
            var query = new StringBuilder(length + 64);
            for (int i = 0; query.Length < length; i++)
            {
                if (i > 0)
                {
                    query.Append(" or ");
                }

                query.Append(Number(LongQueryParts[i % LongQueryParts.Length], i));
            }

            return query.ToString();
        }

        private static List<string> Files(int methodCount, string usings, string typePrefix, string[] methods)
        {
            var files = new List<string>();
            for (int first = 0; first < methodCount; first += MethodsPerFile)
            {
                var file = new StringBuilder(usings).Append("\nnamespace Bench\n{\n    public partial class ")
                    .Append(typePrefix).Append(first / MethodsPerFile).Append("\n    {\n");
                for (int i = first; i < methodCount && i < first + MethodsPerFile; i++)
                {
                    file.Append("        ").Append(Number(methods[i % methods.Length], i)).Append('\n');
                }

                files.Add(file.Append("    }\n}\n").ToString());
            }

            return files;
        }

        private static string Number(string template, int i) => template.Replace("#", i.ToString(CultureInfo.InvariantCulture));
    }
}
