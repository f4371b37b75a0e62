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
            Canary, Works, Shapes, HalfTyped, OutsideAnyType, Lib, LibTests, App,
            NetStandardCSharp9, NetStandardDefaultLanguage, Net10CSharp8, Net8, Net10CSharp12,
            NullableDisabled, AliasOnly, AliasAndGlobal, EmptyTagKey, RequestCode,
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

                    string Terms(SearchContactFlowsRequest request) => string.Join(" or ", request.SearchFilter.FlowAttributeFilter.OrConditions.Select(c =>
                        string.Join(" and ", (c.TagConditions ?? new List<TagCondition>()).Select(t => $"{t.TagKey}={t.TagValue}").Append(c.ContactFlowTypeCondition?.ContactFlowType.Value ?? "any type"))));
                    SearchContactFlowsRequest runTimeTerms = FlowQuery.Parse("type = CAMPAIGN or tag:Team = 'ops'", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest("i-7");
                    Console.WriteLine($"attribute filter: {Terms(InstanceIdExtensions.CampaignsOrOps("i-7"))} | run time: {Terms(runTimeTerms)}");
                    Console.WriteLine($"attribute match: {InstanceIdExtensions.IsCampaignOrOps(new ContactFlow { Type = ContactFlowType.CAMPAIGN })} {InstanceIdExtensions.IsCampaignOrOps(new ContactFlow { Type = ContactFlowType.CONTACT_FLOW })}");
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

                        [FlowQuery("type = CAMPAIGN or tag:Team = 'ops' and type = CONTACT_FLOW")]
                        public static partial SearchContactFlowsRequest CampaignsOrOps(string instanceId);

                        [FlowQuery("type = CAMPAIGN or tag:Team = 'ops' and type = CONTACT_FLOW")]
                        public static partial bool IsCampaignOrOps(ContactFlow flow);
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

        /// <summary>S2: method shapes the package cannot implement, one per file, each reported once by CFQ010.</summary>
        public static ConsumerProject Shapes { get; } = new("Shapes")
        {
            Files =
            {
                ["Generic.cs"] = Usings + """
                    public static partial class GenericQueries
                    {
                        [FlowQuery("status = PUBLISHED")]
                        public static partial SearchContactFlowsRequest /*!CFQ010*/Published<T>(string instanceId);
                    }
                    """,
                ["NotPartialType.cs"] = Usings + """
                    public static class /*!CFQ010*/NotPartialType
                    {
                        [FlowQuery("status = PUBLISHED")]
                        public static partial SearchContactFlowsRequest Published(string instanceId);
                    }
                    """,
                ["NotPartialOuter.cs"] = Usings + """
                    public class /*!CFQ010*/NotPartialOuter
                    {
                        public static partial class Inner
                        {
                            [FlowQuery("status = PUBLISHED")]
                            public static partial SearchContactFlowsRequest Published(string instanceId);
                        }
                    }
                    """,
                ["BothAttributes.cs"] = Usings + """
                    public static partial class BothAttributes
                    {
                        [FlowQuery("name = 'a'")]
                        [FlowModuleQuery("name = 'a'")]
                        public static partial SearchContactFlowsRequest /*!CFQ010*/Both(string instanceId);
                    }
                    """,
                ["Interface.cs"] = Usings + """
                    public partial interface /*!CFQ010*/IQ
                    {
                        [FlowQuery("name = 'a'")]
                        SearchContactFlowsRequest M(string instanceId);
                    }
                    """,
                ["FileLocal.cs"] = Usings + """
                    file static partial class /*!CFQ010*/FileLocal
                    {
                        [FlowQuery("name = 'a'")]
                        public static partial SearchContactFlowsRequest Named(string instanceId);
                    }
                    """,
                ["NotPartialMethod.cs"] = Usings + """
                    public static partial class NotPartialMethod
                    {
                        [FlowQuery("name = 'a'")]
                        public static SearchContactFlowsRequest /*!CFQ010*/Named(string instanceId);
                    }
                    """,
                ["MaxResultsTwice.cs"] = Usings + """
                    public static partial class MaxResultsTwice
                    {
                        [FlowQuery("name = 'a'", MaxResults = /*!CFQ010*/10)]
                        public static partial SearchContactFlowsRequest Named(string instanceId, int maxResults);
                    }
                    """,
            },
        };

        /// <summary>
        /// S3: files in the middle of being typed, with syntax errors. The command-line compiler stops after reporting
        /// syntax errors, before generators and analyzers run.
        /// </summary>
        public static ConsumerProject HalfTyped { get; } = new("HalfTyped")
        {
            Files =
            {
                ["EndsMidDeclaration.cs"] = Usings + """
                    public static partial class Active
                    {
                        [FlowQuery("state = ACTIVE")]
                        public static partial bool IsActive(ContactFlow
                    """,
                ["UnterminatedComment.cs"] = Usings + """
                    public static partial class Unterminated
                    {
                        [FlowQuery("status = SAVED")]
                        public static partial SearchContactFlowsRequest Saved(string instanceId);
                    /* the closing brace is inside this comment
                    }
                    """,
            },
        };

        /// <summary>
        /// S3: query methods left outside any type, their class header swallowed by a <c>/*</c> that the next
        /// <c>*/</c> (a doc comment's) ends. No syntax error, so the generator sees them: in a namespace and at the top
        /// level. EmitCompilerGeneratedFiles shows what it generates for them.
        /// </summary>
        public static ConsumerProject OutsideAnyType { get; } = new("OutsideAnyType")
        {
            ExtraProperties = { ["EmitCompilerGeneratedFiles"] = "true" },
            Files =
            {
                ["InNamespace.cs"] = Usings + """
                    namespace Orphans
                    {
                        /* split into two classes?
                        public static partial class Queries
                        {
                            /** <summary>Flows named orphan.</summary> */
                            [FlowQuery("name = 'orphan'")]
                            public static partial SearchContactFlowsRequest Orphan(string instanceId);
                        }
                    """,
                ["TopLevel.cs"] = Usings + """
                    /* split into two classes?
                    public static partial class TopLevelQueries
                    {
                        /** <summary>Flows named top.</summary> */
                        [FlowQuery("name = 'top'")]
                        public static partial SearchContactFlowsRequest Top(string instanceId);
                    """,
            },
        };

        /// <summary>S4: a library with an internal query method, and its tests that see its internals.</summary>
        public static ConsumerProject Lib { get; } = new("Lib")
        {
            Files =
            {
                ["AssemblyInfo.cs"] = """
                    using System.Runtime.CompilerServices;

                    [assembly: InternalsVisibleTo("Lib.Tests")]
                    """,
                ["Queries.cs"] = Usings + """
                    namespace Lib
                    {
                        internal static partial class InternalQueries
                        {
                            [FlowQuery("name = 'lib'")]
                            internal static partial SearchContactFlowsRequest Named(string instanceId);
                        }

                        public static partial class PublicQueries
                        {
                            [FlowQuery("status = PUBLISHED")]
                            public static partial SearchContactFlowsRequest Published(string instanceId);
                        }
                    }
                    """,
            },
        };

        public static ConsumerProject LibTests { get; } = new("Lib.Tests")
        {
            OutputType = "Exe",
            ProjectReferences = { "Lib" },
            Files =
            {
                ["Program.cs"] = """
                    using System;
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;
                    using Lib;

                    SearchContactFlowsRequest parsed = FlowQuery.Parse("status = SAVED", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest("id");
                    Console.WriteLine($"runtime: {parsed.InstanceId} {Show.Criteria(parsed.SearchCriteria)}");
                    SearchContactFlowsRequest named = InternalQueries.Named("id");
                    Console.WriteLine($"internal: {named.InstanceId} {Show.Criteria(named.SearchCriteria)}");
                    """,
                ["Show.cs"] = ConsumerSources.Show,
            },
        };

        /// <summary>S5: gets ConnectFlowQueries only through Lib (AWSSDK.Connect, a package in real life, stands in directly).</summary>
        public static ConsumerProject App { get; } = new("App")
        {
            OutputType = "Exe",
            PackageReference = false,
            ProjectReferences = { "Lib" },
            Files =
            {
                ["Program.cs"] = Usings + """
                    using System;

                    SearchContactFlowsRequest own = AppQueries.Archived("app");
                    Console.WriteLine($"own: {own.InstanceId} {Show.Criteria(own.SearchCriteria)}");
                    SearchContactFlowsRequest parsed = FlowQuery.Parse("description *= 'ops'", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest("app");
                    Console.WriteLine($"runtime: {parsed.InstanceId} {Show.Criteria(parsed.SearchCriteria)}");
                    SearchContactFlowsRequest fromLib = Lib.PublicQueries.Published("app");
                    Console.WriteLine($"lib: {fromLib.InstanceId} {Show.Criteria(fromLib.SearchCriteria)}");

                    public static partial class AppQueries
                    {
                        [FlowQuery("state = ARCHIVED")]
                        public static partial SearchContactFlowsRequest Archived(string instanceId);
                    }
                    """,
                ["Show.cs"] = ConsumerSources.Show,
            },
        };

        /// <summary>S6: netstandard2.0 with C# 9, the oldest language the generated code may need.</summary>
        public static ConsumerProject NetStandardCSharp9 { get; } = new("NetStandardCSharp9")
        {
            TargetFramework = "netstandard2.0",
            LangVersion = "9",
            Nullable = null,
            Files = { ["Queries.cs"] = TargetQueries(marker: "") },
        };

        /// <summary>S6: netstandard2.0 with its default C# 7.3, which cannot declare the methods.</summary>
        public static ConsumerProject NetStandardDefaultLanguage { get; } = new("NetStandardDefaultLanguage")
        {
            TargetFramework = "netstandard2.0",
            Nullable = null,
            Files = { ["Queries.cs"] = TargetQueries(marker: "/*!CFQ013*/") },
        };

        public static ConsumerProject Net10CSharp8 { get; } = new("Net10CSharp8")
        {
            LangVersion = "8",
            Files = { ["Queries.cs"] = TargetQueries(marker: "/*!CFQ013*/") },
        };

        public static ConsumerProject Net8 { get; } = new("Net8")
        {
            TargetFramework = "net8.0",
            Files = { ["Queries.cs"] = TargetQueries(marker: "") },
        };

        public static ConsumerProject Net10CSharp12 { get; } = new("Net10CSharp12")
        {
            LangVersion = "12",
            Files = { ["Queries.cs"] = TargetQueries(marker: "") },
        };

        /// <summary>S7: string placeholders in a project without nullable annotations, warnings as errors.</summary>
        public static ConsumerProject NullableDisabled { get; } = new("NullableDisabled")
        {
            Nullable = "disable",
            Files =
            {
                ["Queries.cs"] = Usings + """
                    using System.Collections.Generic;
                    using System.Threading;
                    using System.Threading.Tasks;
                    using Amazon.Connect;

                    public static partial class Queries
                    {
                        [FlowQuery("name = {name}")]
                        public static partial SearchContactFlowsRequest Named(string instanceId, string name);

                        [FlowQuery("name ^= {prefix} and status = PUBLISHED")]
                        public static partial IAsyncEnumerable<ContactFlow> Starting(string instanceId, IAmazonConnect client, string prefix);

                        [FlowQuery("description *= {text}")]
                        public static partial Task<SearchContactFlowsResponse> Describing(string instanceId, IAmazonConnect client, string text, CancellationToken cancellationToken);

                        [FlowQuery("name = {name} and tag:team = {team}")]
                        public static partial bool Matches(ContactFlow flow, string name, string team);
                    }
                    """,
            },
        };

        /// <summary>S8: AWSSDK.Connect only under an extern alias: the generated code cannot name its types.</summary>
        public static ConsumerProject AliasOnly { get; } = new("AliasOnly")
        {
            StandInAliases = "connect",
            Files = { ["Queries.cs"] = AliasedQueries(marker: "/*!CFQ013*/") },
        };

        public static ConsumerProject AliasAndGlobal { get; } = new("AliasAndGlobal")
        {
            StandInAliases = "global,connect",
            Files = { ["Queries.cs"] = AliasedQueries(marker: "") },
        };

        /// <summary>S9: an empty tag key.</summary>
        public static ConsumerProject EmptyTagKey { get; } = new("EmptyTagKey")
        {
            Files =
            {
                ["Queries.cs"] = Usings + """
                    public static partial class TagQueries
                    {
                        [FlowQuery("tag[/*!CFQ001*/''] = 'x'")]
                        public static partial SearchContactFlowsRequest EmptyKey(string instanceId);
                    }
                    """,
            },
        };

        /// <summary>Hand-written AWSSDK.Connect requests, one mistake for each analyzer of request code that reports in a build.</summary>
        public static ConsumerProject RequestCode { get; } = new("RequestCode")
        {
            TreatWarningsAsErrors = false,
            Files =
            {
                ["Requests.cs"] = """
                    using Amazon.Connect.Model;

                    public static class Requests
                    {
                        public static object[] All() => new object[]
                        {
                            new ContactFlowSearchCriteria { StatusCondition = /*!CFQ023*/"PUBLISH" },
                            new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = /*!CFQ024*/"nmae", Value = "x" } },
                            new DescribeContactFlowRequest { ContactFlowId = "f-1:/*!CFQ025*/$saved" },
                            new SearchContactFlowsRequest { MaxResults = /*!CFQ026*/0 },
                            new CreateContactFlowModuleAliasRequest { AliasName = "live/*!CFQ028*/ alias" },
                            new CreateContactFlowRequest { Content = /*!CFQ021*/"" },
                        };
                    }
                    """,
            },
        };

        private const string Usings = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\n\n";

        /// <summary>A request method, with <paramref name="marker"/> before its name.</summary>
        private static string TargetQueries(string marker) => Usings + $$"""
            namespace Targets
            {
                public static partial class Queries
                {
                    [FlowQuery("name ^= 'billing' and status = PUBLISHED")]
                    public static partial SearchContactFlowsRequest {{marker}}Billing(string instanceId);
                }
            }
            """;

        /// <summary>A request method whose return type is named through the extern alias, with <paramref name="marker"/> before its name.</summary>
        private static string AliasedQueries(string marker) => $$"""
            extern alias connect;

            using ConnectFlowQueries;

            public static partial class AliasedQueries
            {
                [FlowQuery("name = 'aliased'")]
                public static partial connect::Amazon.Connect.Model.SearchContactFlowsRequest {{marker}}Named(string instanceId);
            }
            """;
    }
}
