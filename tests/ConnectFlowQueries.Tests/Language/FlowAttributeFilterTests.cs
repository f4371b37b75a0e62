using System.Linq;
using System.Reflection;
using Amazon.Connect.Model;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;
using static ConnectFlowQueries.Tests.Support.Verifiers;

namespace ConnectFlowQueries.Tests.Language
{
    /// <summary>
    /// An 'or' of tag and flow type conditions maps to SearchFilter.FlowAttributeFilter: one term per operand, in query
    /// order; everything else keeps its mapping.
    /// </summary>
    public class FlowAttributeFilterTests
    {
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        private static BoundQuery Bind(string text)
        {
            BindResult result = QueryBinder.Bind(text, Flows);
            Assert.Empty(result.Diagnostics);
            return result.Query!;
        }

        private static string Terms(BoundAttributeFilter filter) =>
            string.Join(" | ", filter.AnyOf.Select(t => string.Join(",", t.Tags.Select(g => g.Key + "=" + g.Value.Text)) + ";" + t.Type?.Value.Text));

        private static BoundEnumCondition Type(string value) => new BoundEnumCondition("TypeCondition", "ContactFlowType", BoundValue.Literal(value));

        [Fact]
        public void AnOrOfATypeAndATagIsTwoTerms()
        {
            BoundQuery query = Bind("type = CAMPAIGN or tag:Team = 'x'");

            Assert.Null(query.Criteria);
            Assert.Null(query.TagFilter);
            Assert.Equal(new BoundAttributeFilter(new EquatableArray<BoundAttributeTerm>(new[]
            {
                new BoundAttributeTerm(EquatableArray<BoundTag>.Empty, Type("CAMPAIGN")),
                new BoundAttributeTerm(new[] { new BoundTag("Team", BoundValue.Literal("x")) }.ToEquatableArray(), null),
            })), query.AttributeFilter);
        }

        [Fact]
        public void TermsKeepTheirOrderAndTheirTagsOrderBesideTheCriteriaAndTheTagFilter()
        {
            BoundQuery query = Bind("name ^= 'b' and tag:Dept = 'Sales' and (tag:a = '1' and type = contact_flow and tag:z = '0' or tag:b = '2' or type = 'AGENT_HOLD')");

            Assert.Equal(new BoundStringCondition("name", BoundValue.Literal("b"), StringMatch.StartsWith), query.Criteria);
            Assert.Equal("Dept", query.TagFilter!.AnyOf.Single().Single().Key);
            Assert.Equal("a=1,z=0;CONTACT_FLOW | b=2; | ;AGENT_HOLD", Terms(query.AttributeFilter!));
        }

        [Theory]
        [InlineData("tag:a = '1' or tag:b = '2'")] // tags only: the tag filter, as before
        [InlineData("type = CAMPAIGN or type = CONTACT_FLOW")] // types only: the criteria, as before
        [InlineData("type = CAMPAIGN and tag:a = '1'")] // no 'or': a type condition and a tag filter
        public void WhatTheTagFilterOrTheCriteriaHoldStaysThere(string text)
        {
            Assert.Null(Bind(text).AttributeFilter);
        }

        [Fact]
        public void TypePlaceholdersBind()
        {
            BindResult result = QueryBinder.Bind("type = {t} or tag:a = {v}", Flows, new[] { new QueryParameter("t", "string"), new QueryParameter("v", "string") });
            Assert.Empty(result.Diagnostics);
            Assert.Equal("t", result.Query!.AttributeFilter!.AnyOf[0].Type!.Value.Text);
            Assert.True(result.Query.AttributeFilter.AnyOf[0].Type!.Value.IsParameter);
        }

        [Theory]
        [InlineData("type = CAMPAIGN or name = 'x' or tag:a = '1'", 16)] // name cannot be in it
        [InlineData("(type = CAMPAIGN and type = CONTACT_FLOW) or tag:a = '1'", 42)] // two types in one term
        [InlineData("(type = CAMPAIGN or tag:a = '1') or name = 'x'", 33)] // a name beside them
        public void TermsThatAreNotTagsAndOneTypeAreNotExpressible(string text, int orAt)
        {
            QueryDiagnostic diagnostic = QueryBinder.Bind(text, Flows).Diagnostics.First();
            Assert.Equal("CFQ005", diagnostic.Id);
            Assert.Equal(orAt, diagnostic.Span.Start);
            Assert.Contains("can be OR-ed only with 'type = X'", diagnostic.GetMessage());
        }

        [Fact]
        public void ASecondFactorIsNotExpressible()
        {
            QueryDiagnostic diagnostic = Assert.Single(QueryBinder.Bind("(type = CAMPAIGN or tag:a = '1') and (type = CONTACT_FLOW or tag:b = '2')", Flows).Diagnostics);
            Assert.Equal("CFQ005", diagnostic.Id);
            Assert.Equal(new QuerySpan(58, 2), diagnostic.Span);
            Assert.Equal("A second 'or' of tag and type conditions cannot be expressed by the Amazon Connect search API: the request holds one flow attribute filter, already taken by the 'or' at character 18; combine them into one 'or' or run two searches", diagnostic.GetMessage());
        }

        [Fact]
        public void AnSdkWithoutTheFilterGetsCfq014AtTheOr()
        {
            QuerySchema older = Flows with { HasFlowAttributeFilter = false };
            QueryDiagnostic diagnostic = Assert.Single(QueryBinder.Bind("name = 'a' and (type = CAMPAIGN or tag:a = '1')", older).Diagnostics);
            Assert.Equal("CFQ014", diagnostic.Id);
            Assert.Equal(new QuerySpan(32, 2), diagnostic.Span);
            Assert.Equal("An 'or' between tag and type conditions needs ContactFlowSearchFilter.FlowAttributeFilter, which the referenced AWSSDK.Connect does not have; update the AWSSDK.Connect package", diagnostic.GetMessage());
        }

        [Fact]
        public void ModulesHaveNoTypeSoTheirMixedOrStaysNotExpressible()
        {
            QueryDiagnostic diagnostic = QueryBinder.Bind("name = 'x' or tag:a = '1'", QuerySchema.Documented(QueryTarget.Modules)).Diagnostics.First();
            Assert.Equal("CFQ005", diagnostic.Id);
            Assert.DoesNotContain("type", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("type = CAMPAIGN or tag:Team = 'x'", "type = CAMPAIGN or tag:Team = 'x'")]
        [InlineData("tag:z = '0' and Name = 'n' and (TAG:a = '1' and type = agent_hold or type = CAMPAIGN)", "name = 'n' and tag:z = '0' and (type = AGENT_HOLD and tag:a = '1' or type = CAMPAIGN)")]
        public void CanonicalTextParsesBackToTheSameQuery(string text, string canonical)
        {
            FlowQuery query = FlowQuery.Parse(text, FlowQueryTarget.Flows).Query!;
            Assert.Equal(canonical, query.ToString());
            Assert.Equal(query, FlowQuery.Parse(canonical, FlowQueryTarget.Flows).Query);
            Assert.Equal(2, query.AttributeFilter!.AnyOf.Count);
        }

        [Fact]
        public void TheRunTimeLibraryShowsAndWritesTheFilter()
        {
            FlowQuery query = FlowQuery.Parse("type = CAMPAIGN or tag:Team = 'x' and tag:Env = 'prod'", FlowQueryTarget.Flows).Query!;

            Assert.Equal(new string?[] { "CAMPAIGN", null }, query.AttributeFilter!.AnyOf.Select(c => c.Type));
            Assert.Equal(new[] { "Team=x", "Env=prod" }, query.AttributeFilter.AnyOf[1].Tags.Select(t => t.ToString()));
            Assert.Equal("""
                {
                  "InstanceId": "i",
                  "SearchFilter": {
                    "FlowAttributeFilter": {
                      "OrConditions": [
                        {
                          "ContactFlowTypeCondition": {
                            "ContactFlowType": "CAMPAIGN"
                          }
                        },
                        {
                          "TagConditions": [
                            {
                              "TagKey": "Team",
                              "TagValue": "x"
                            },
                            {
                              "TagKey": "Env",
                              "TagValue": "prod"
                            }
                          ]
                        }
                      ]
                    }
                  }
                }

                """.Replace("\r\n", "\n"), query.ToSearchRequestJson("i"));
        }

        [Fact]
        public void TheGeneratedRequestAndMatcherFollowTheMapping()
        {
            Assembly assembly = TestCompilation.GenerateAndLoad("""
                using System.Collections.Generic;
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("state = ACTIVE and (type = CAMPAIGN or tag:Team = {team} and type = CONTACT_FLOW)")]
                    public static partial SearchContactFlowsRequest Search(string instanceId, string team);

                    [FlowQuery("state = ACTIVE and (type = CAMPAIGN or tag:Team = {team} and type = CONTACT_FLOW)")]
                    public static partial bool Matches(ContactFlow flow, string team);
                }
                """);
            var request = (SearchContactFlowsRequest)TestCompilation.Invoke(assembly, "Flows", "Search", "i", "ops")!;
            Assert.Equal("ACTIVE", request.SearchCriteria.StateCondition.Value);
            Assert.Null(request.SearchFilter.TagFilter);
            var terms = request.SearchFilter.FlowAttributeFilter.OrConditions;
            Assert.Equal(2, terms.Count);
            Assert.Equal(("CAMPAIGN", (object?)null), (terms[0].ContactFlowTypeCondition.ContactFlowType.Value, terms[0].TagConditions));
            Assert.Equal(("CONTACT_FLOW", "Team", "ops"), (terms[1].ContactFlowTypeCondition.ContactFlowType.Value, terms[1].TagConditions.Single().TagKey, terms[1].TagConditions.Single().TagValue));

            bool Match(string type, string? team) => (bool)TestCompilation.Invoke(assembly, "Flows", "Matches", new ContactFlow
            {
                State = Amazon.Connect.ContactFlowState.ACTIVE,
                Type = Amazon.Connect.ContactFlowType.FindValue(type),
                Tags = team is null ? null : new System.Collections.Generic.Dictionary<string, string> { ["Team"] = team },
            }, "ops")!;
            Assert.True(Match("CAMPAIGN", null));
            Assert.True(Match("CONTACT_FLOW", "ops"));
            Assert.False(Match("CONTACT_FLOW", "dev"));
            Assert.False(Match("AGENT_HOLD", "ops"));
        }

        [Fact]
        public System.Threading.Tasks.Task AnOlderSdkGetsCfq014InTheEditor()
        {
            var test = new AnalyzerTest("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("type = CAMPAIGN {|#0:or|} tag:Team = 'x'")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """);
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(SdkVariants.OlderSdkReferences);
            test.ExpectedDiagnostics.Add(Diagnostic("CFQ003").WithSpan(5, 24, 5, 32)); // that SDK has no CAMPAIGN either
            test.ExpectedDiagnostics.Add(Diagnostic("CFQ014").WithLocation(0));
            return test.RunAsync();
        }
    }
}
