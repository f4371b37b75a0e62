using System.Collections.Generic;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// Every consumer project of the shared build. Markers such as <c>/*!CFQ010*/</c> stand immediately before the
    /// character where the build must report that diagnostic.
    /// </summary>
    internal static class ConsumerScenarios
    {
        public static IReadOnlyList<ConsumerProject> All => new[]
        {
            Canary, Works,
            CanaryClean, // last in the solution: it still builds although projects before it failed
        };

        /// <summary>Plain compiler diagnostics, no package: checks the build output is read and attributed correctly.</summary>
        public static ConsumerProject Canary { get; } = new("Canary")
        {
            PackageReference = false,
            SdkReference = false,
            TreatWarningsAsErrors = false,
            Files =
            {
                ["Canary.cs"] = """
                    public static class Canary
                    {
                        public static int Count()
                        {
                            int /*!CS0168*/unused;
                            return /*!CS0029*/"not a number";
                        }
                    }
                    """,
            },
        };

        public static ConsumerProject CanaryClean { get; } = new("CanaryClean")
        {
            PackageReference = false,
            SdkReference = false,
            Files = { ["Clean.cs"] = "public static class Clean\n{\n    public static int Count() => 1;\n}\n" },
        };

        /// <summary>S1: the method shapes the package supports, built with warnings as errors and run.</summary>
        public static ConsumerProject Works { get; } = new("Works")
        {
            OutputType = "Exe",
            Files =
            {
                ["Program.cs"] = """
                    using System;
                    using System.Collections.Generic;
                    using System.Linq;
                    using System.Threading;
                    using Amazon.Connect;
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    SearchContactFlowsRequest keyword = @record.@class("i-a");
                    Console.WriteLine($"keyword: {keyword.InstanceId} {Show.Criteria(keyword.SearchCriteria)}");

                    SearchContactFlowsRequest extension = "i-1".Published();
                    Console.WriteLine($"extension: {extension.InstanceId} {Show.Criteria(extension.SearchCriteria)}");

                    FakeAmazonConnect flowPages = FakeAmazonConnect.Serving(new[] { "one", "two" }, new[] { "three" });
                    var flows = new List<string>();
                    await foreach (ContactFlow flow in Paging.All("i-3", flowPages.Client, "n", "r", "i", "s"))
                    {
                        flows.Add(flow.Name);
                    }

                    Console.WriteLine($"paging: {string.Join(",", flows)}");
                    Console.WriteLine($"paging requests: {string.Join(",", flowPages.FlowRequests.Select(r => r.InstanceId + "@" + (r.NextToken ?? "start")))}");
                    Console.WriteLine($"paging criteria: {Show.Criteria(flowPages.FlowRequests[0].SearchCriteria)}");

                    FakeAmazonConnect modulePages = FakeAmazonConnect.Serving(new[] { "m1" }, new[] { "m2", "m3" });
                    var modules = new List<string>();
                    await foreach (ContactFlowModule module in Paging.ActiveModules("i-5", modulePages.Client))
                    {
                        modules.Add(module.Name);
                    }

                    Console.WriteLine($"modules: {string.Join(",", modules)} in {modulePages.ModuleRequests.Count} requests");

                    Console.WriteLine($"prefix bill: {Matching.Matches(new ContactFlow { Name = "billing" }, "bill")}");
                    Console.WriteLine($"prefix null: {Matching.Matches(new ContactFlow { Name = "billing" }, null)}");
                    Console.WriteLine($"name x: {Matching.NameIs(new ContactFlow { Name = "x" }, "x")}");
                    Console.WriteLine($"name null: {Matching.NameIs(new ContactFlow(), null)}");
                    Console.WriteLine($"type CONTACT_FLOW: {Matching.TypeIs(new ContactFlow { Type = ContactFlowType.CONTACT_FLOW }, "CONTACT_FLOW")}");
                    Console.WriteLine($"type null: {Matching.TypeIs(new ContactFlow(), null)}");
                    Console.WriteLine($"tag missing: {Matching.Tagged(new ContactFlow { Tags = new Dictionary<string, string> { ["other"] = "x" } }, null)}");
                    Console.WriteLine($"tag equal: {Matching.Tagged(new ContactFlow { Tags = new Dictionary<string, string> { ["k"] = "x" } }, "x")}");

                    using var cancellation = new CancellationTokenSource();
                    FakeAmazonConnect onePage = FakeAmazonConnect.Serving(new[] { "only" });
                    SearchContactFlowsResponse page = await Paging.Page("i-4", onePage.Client, cancellation.Token);
                    Console.WriteLine($"page: {string.Join(",", page.ContactFlows.Select(f => f.Name))}, token forwarded: {onePage.Tokens.Single() == cancellation.Token}");

                    Console.WriteLine($"split: {Show.Criteria(Split.Left("i-6").SearchCriteria)} | {Show.Criteria(Split.Right("i-6").SearchCriteria)} | {Show.Criteria(new Split.Nested().Active("i-6").SearchCriteria)}");

                    SearchContactFlowsRequest parsed = FlowQuery.Parse("name ^= 'b'", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest("i-2");
                    Console.WriteLine($"runtime: {parsed.InstanceId} {Show.Criteria(parsed.SearchCriteria)}");
                    """,
                ["Queries.cs"] = """
                    using System.Collections.Generic;
                    using System.Threading;
                    using System.Threading.Tasks;
                    using Amazon.Connect;
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    public partial class @record
                    {
                        [FlowQuery("name = 'a'")]
                        public static partial SearchContactFlowsRequest @class(string instanceId);
                    }

                    public static partial class InstanceIdExtensions
                    {
                        [FlowQuery("status = PUBLISHED")]
                        public static partial SearchContactFlowsRequest Published(this string instanceId);
                    }

                    public static partial class Paging
                    {
                        // Parameters named like the locals a generated body might declare.
                        [FlowQuery("name = {__item} and description = {__response} or name = {__nextToken} and description = {__request}")]
                        public static partial IAsyncEnumerable<ContactFlow> All(string instanceId, IAmazonConnect client, string __nextToken, string __request, string __item, string __response);

                        [FlowModuleQuery("state = ACTIVE")]
                        public static partial IAsyncEnumerable<ContactFlowModule> ActiveModules(string instanceId, IAmazonConnect client);

                        // The token is found by its type, not by the name cancellationToken.
                        [FlowQuery("status = PUBLISHED")]
                        public static partial Task<SearchContactFlowsResponse> Page(string instanceId, IAmazonConnect client, CancellationToken ct);
                    }

                    public static partial class Matching
                    {
                        [FlowQuery("name ^= {prefix}")]
                        public static partial bool Matches(ContactFlow flow, string? prefix);

                        [FlowQuery("name = {n}")]
                        public static partial bool NameIs(ContactFlow flow, string? n);

                        [FlowQuery("type = {t}")]
                        public static partial bool TypeIs(ContactFlow flow, string? t);

                        [FlowQuery("tag:k = {v}")]
                        public static partial bool Tagged(ContactFlow flow, string? v);
                    }
                    """,
                ["Split.Left.cs"] = """
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    public static partial class Split
                    {
                        [FlowQuery("name = 'left'")]
                        public static partial SearchContactFlowsRequest Left(string instanceId);
                    }
                    """,
                ["Split.Right.cs"] = """
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    public static partial class Split
                    {
                        [FlowQuery("name = 'right'")]
                        public static partial SearchContactFlowsRequest Right(string instanceId);

                        public partial record struct Nested
                        {
                            [FlowQuery("state = ACTIVE")]
                            public partial SearchContactFlowsRequest Active(string instanceId);
                        }
                    }
                    """,
                ["FakeAmazonConnect.cs"] = ConsumerSources.FakeAmazonConnect,
                ["Show.cs"] = ConsumerSources.Show,
            },
        };
    }
}
