using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>Flow modules, tag filters, placeholders, service calls with paging, and local matching.</summary>
    public class SearchSurfaceTests
    {
        private static Assembly Build(string members) => TestCompilation.GenerateAndLoad($$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            public static partial class Q
            {
                {{members}}
            }
            """);

        private static object? Call(Assembly assembly, string method, params object?[] arguments) =>
            TestCompilation.Invoke(assembly, "Q", method, arguments);

        [Fact]
        public void ModuleQueriesBuildModuleCriteriaAndFilters()
        {
            Assembly assembly = Build("""
                [FlowModuleQuery("(name ^= 'auth' or description *= 'login') and state = ACTIVE and status = saved and tag:Team = 'id'", MaxResults = 10)]
                public static partial SearchContactFlowModulesRequest Modules(string instanceId, string nextToken);
                """);
            var request = (SearchContactFlowModulesRequest)Call(assembly, "Modules", "i", "t")!;
            Assert.Equal(("i", "t", 10), (request.InstanceId, request.NextToken, request.MaxResults));
            List<ContactFlowModuleSearchCriteria> and = request.SearchCriteria.AndConditions;
            Assert.Equal(3, and.Count);
            Assert.Equal(new[] { "STARTS_WITH", "CONTAINS" }, and[0].OrConditions.Select(c => c.StringCondition.ComparisonType.Value));
            Assert.Same(ContactFlowModuleState.ACTIVE, and[1].StateCondition);
            Assert.Same(ContactFlowModuleStatus.SAVED, and[2].StatusCondition);
            Assert.Equal("Team", request.SearchFilter.TagFilter.TagCondition.TagKey);
        }

        [Fact]
        public void OlderSdkWithoutModuleStateOrCampaignReportsWhy()
        {
            Compilation compilation = TestCompilation.Create("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Q
                {
                    [FlowModuleQuery("state = ACTIVE")]
                    public static partial SearchContactFlowModulesRequest Modules(string instanceId);
                    [FlowQuery("type = CAMPAIGN")]
                    public static partial SearchContactFlowsRequest Campaigns(string instanceId);
                    [FlowModuleQuery("name ^= 'ok'")]
                    public static partial SearchContactFlowModulesRequest Fine(string instanceId);
                }
                """, SdkVariants.OlderSdkReferences);
            (Compilation output, _) = TestCompilation.Generate(compilation);
            var diagnostics = TestCompilation.Diagnostics(output).OrderBy(d => d.Location.SourceSpan.Start).ToList();
            Assert.Equal(new[] { "CFQ002", "CFQ003" }, diagnostics.Select(d => d.Id));
            Assert.Contains("has no ContactFlowModuleSearchCriteria.StateCondition; update AWSSDK.Connect", diagnostics[0].GetMessage());
            Assert.DoesNotContain("CAMPAIGN", diagnostics[1].GetMessage().Split("valid values:")[1]);
        }

        [Fact]
        public void NewerSdkAcceptsModuleStateAndCampaign()
        {
            (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Q
                {
                    [FlowModuleQuery("state = ACTIVE")]
                    public static partial SearchContactFlowModulesRequest Modules(string instanceId);
                    [FlowQuery("type = CAMPAIGN")]
                    public static partial SearchContactFlowsRequest Campaigns(string instanceId);
                }
                """));
            Assert.Empty(TestCompilation.Diagnostics(output));
        }

        [Fact]
        public void TagFilterTakesTheSimplestForm()
        {
            Assembly assembly = Build("""
                [FlowQuery("tag:A = '1'")] public static partial SearchContactFlowsRequest One(string instanceId);
                [FlowQuery("tag:A = '1' and tag['b c'] = '2'")] public static partial SearchContactFlowsRequest All(string instanceId);
                [FlowQuery("(tag:A = '1' and tag:B = '2') or tag:C = '3'")] public static partial SearchContactFlowsRequest Any(string instanceId);
                """);

            ControlPlaneTagFilter one = ((SearchContactFlowsRequest)Call(assembly, "One", "i")!).SearchFilter.TagFilter;
            Assert.Equal(("A", "1"), (one.TagCondition.TagKey, one.TagCondition.TagValue));
            Assert.Null(one.AndConditions);
            Assert.Null(one.OrConditions);

            var all = (SearchContactFlowsRequest)Call(assembly, "All", "i")!;
            Assert.Null(all.SearchCriteria);
            Assert.Equal(new[] { "A=1", "b c=2" }, all.SearchFilter.TagFilter.AndConditions.Select(t => t.TagKey + "=" + t.TagValue));

            ControlPlaneTagFilter any = ((SearchContactFlowsRequest)Call(assembly, "Any", "i")!).SearchFilter.TagFilter;
            Assert.Null(any.TagCondition);
            Assert.Equal(new[] { "A=1 B=2", "C=3" }, any.OrConditions.Select(l => string.Join(" ", l.Select(t => t.TagKey + "=" + t.TagValue))));
        }

        [Fact]
        public void PlaceholdersTakeParameterValues()
        {
            Assembly assembly = Build("""
                [FlowQuery("name ^= {prefix} and status = {status} and type = {type} and tag:Owner = {owner}")]
                public static partial SearchContactFlowsRequest Find(string instanceId, string prefix, ContactFlowStatus status, string type, string owner);
                """);
            var request = (SearchContactFlowsRequest)Call(assembly, "Find", "i", "bill", ContactFlowStatus.SAVED, "customer_queue", "ops")!;
            List<ContactFlowSearchCriteria> and = request.SearchCriteria.AndConditions;
            Assert.Equal("bill", and[0].StringCondition.Value);
            Assert.Same(ContactFlowStatus.SAVED, and[1].StatusCondition);
            Assert.Same(ContactFlowType.CUSTOMER_QUEUE, and[2].TypeCondition); // string parameter → FindValue, case-insensitive
            Assert.Equal("ops", request.SearchFilter.TagFilter.TagCondition.TagValue);
        }

        [Fact]
        public void PlaceholderSyntaxInsideQuotesIsText()
        {
            Assembly assembly = Build("""
                [FlowQuery("name = '{notAPlaceholder}'")] public static partial SearchContactFlowsRequest Find(string instanceId);
                """);
            Assert.Equal("{notAPlaceholder}", ((SearchContactFlowsRequest)Call(assembly, "Find", "i")!).SearchCriteria.StringCondition.Value);
        }

        [Fact]
        public async Task SinglePageCallsTheServiceOnceWithTheToken()
        {
            Assembly assembly = Build("""
                [FlowQuery("status = PUBLISHED")]
                public static partial Task<SearchContactFlowsResponse> Page(IAmazonConnect client, string instanceId, string nextToken, int maxResults, CancellationToken cancellationToken);
                """);
            var response = new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "x" } }, NextToken = "more" };
            var client = new FakeConnectClient(new[] { response });
            using var cts = new CancellationTokenSource();

            var result = await (Task<SearchContactFlowsResponse>)Call(assembly, "Page", client, "i", "t1", 5, cts.Token)!;

            Assert.Same(response, result);
            SearchContactFlowsRequest request = Assert.Single(client.FlowRequests);
            Assert.Equal(("i", "t1", 5), (request.InstanceId, request.NextToken, request.MaxResults));
            Assert.Equal(cts.Token, Assert.Single(client.Tokens));
        }

        [Fact]
        public async Task AllPagesFollowNextTokenUntilNullAndTreatNullListsAsEmpty()
        {
            Assembly assembly = Build("""
                [FlowQuery("state = ACTIVE", MaxResults = 2)]
                public static partial IAsyncEnumerable<ContactFlow> All(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);
                """);
            var client = new FakeConnectClient(new[]
            {
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "a" }, new() { Name = "b" } }, NextToken = "p2" },
                new SearchContactFlowsResponse { ContactFlows = null, NextToken = "p3" },
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "c" } }, NextToken = null },
            });

            var names = new List<string>();
            await foreach (ContactFlow flow in (IAsyncEnumerable<ContactFlow>)Call(assembly, "All", client, "i", CancellationToken.None)!)
            {
                names.Add(flow.Name);
            }

            Assert.Equal(new[] { "a", "b", "c" }, names);
            Assert.Equal(new string?[] { null, "p2", "p3" }, client.FlowRequests.Select(r => r.NextToken));
            Assert.All(client.FlowRequests, r => Assert.Equal(2, r.MaxResults));
        }

        [Fact]
        public async Task AllModulePagesStartFromTheGivenToken()
        {
            Assembly assembly = Build("""
                [FlowModuleQuery("name ^= 'a'")]
                public static partial IAsyncEnumerable<ContactFlowModule> All(IAmazonConnect client, string instanceId, string nextToken);
                """);
            var client = new FakeConnectClient(modulePages: new[] { new SearchContactFlowModulesResponse { ContactFlowModules = new List<ContactFlowModule> { new() { Name = "m" } } } });
            var names = new List<string>();
            await foreach (ContactFlowModule module in (IAsyncEnumerable<ContactFlowModule>)Call(assembly, "All", client, "i", "start")!)
            {
                names.Add(module.Name);
            }

            Assert.Equal(new[] { "m" }, names);
            Assert.Equal("start", Assert.Single(client.ModuleRequests).NextToken);
        }

        [Fact]
        public async Task AllPagesHonourCancellation()
        {
            Assembly assembly = Build("""
                [FlowQuery("state = ACTIVE")]
                public static partial IAsyncEnumerable<ContactFlow> All(IAmazonConnect client, string instanceId, CancellationToken cancellationToken);
                """);
            var client = new FakeConnectClient(new[]
            {
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "a" } }, NextToken = "p2" },
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "b" } } },
            });
            using var cts = new CancellationTokenSource();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                await foreach (ContactFlow flow in (IAsyncEnumerable<ContactFlow>)Call(assembly, "All", client, "i", cts.Token)!)
                {
                    cts.Cancel(); // after the first item: no second request may be sent
                }
            });
            Assert.Single(client.FlowRequests);
        }

        [Fact]
        public void LocalMatchEvaluatesTheQueryInMemory()
        {
            Assembly assembly = Build("""
                [FlowQuery("(name ^= 'bill' or description *= 'refund') and status = PUBLISHED and type = {type} and tag:Owner = 'ops'")]
                public static partial bool Matches(ContactFlow flow, ContactFlowType type);
                [FlowModuleQuery("name = 'Auth' and state = ACTIVE")]
                public static partial bool IsAuth(ContactFlowModule module);
                """);
            bool Matches(ContactFlow? flow) => (bool)Call(assembly, "Matches", flow, ContactFlowType.CONTACT_FLOW)!;
            ContactFlow Flow(string? name = "Billing main", string? description = null, string status = "PUBLISHED", string? owner = "ops") => new()
            {
                Name = name,
                Description = description,
                Status = status,
                Type = ContactFlowType.CONTACT_FLOW,
                Tags = owner is null ? null : new Dictionary<string, string> { ["Owner"] = owner },
            };

            Assert.True(Matches(Flow()));
            Assert.True(Matches(Flow(name: "BILLING"))); // ordinal, ignoring case
            Assert.True(Matches(Flow(name: null, description: "Handles REFUNDs")));
            Assert.False(Matches(Flow(name: "main billing")));
            Assert.False(Matches(Flow(status: "SAVED")));
            Assert.True(Matches(Flow(status: "published")));
            Assert.False(Matches(Flow(owner: "Ops"))); // tag values compare ordinal
            Assert.False(Matches(Flow(owner: null)));
            Assert.False(Matches(new ContactFlow()));
            Assert.False(Matches(null));

            Assert.True((bool)Call(assembly, "IsAuth", new ContactFlowModule { Name = "auth", State = ContactFlowModuleState.ACTIVE })!);
            Assert.False((bool)Call(assembly, "IsAuth", new ContactFlowModule { Name = "auth2", State = ContactFlowModuleState.ACTIVE })!);
        }

        [Fact]
        public void UnusedParameterWarnsButKnownOnesDoNot()
        {
            (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create("""
                using System.Threading;
                using Amazon.Connect;
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Q
                {
                    [FlowQuery("name = {used}")]
                    public static partial SearchContactFlowsRequest Find(string instanceId, string nextToken, int? maxResults, string used, string unused);
                }
                """));
            Diagnostic warning = Assert.Single(TestCompilation.Diagnostics(output));
            Assert.Equal("CFQ009", warning.Id);
            Assert.Contains("'unused'", warning.GetMessage());
        }
    }
}
