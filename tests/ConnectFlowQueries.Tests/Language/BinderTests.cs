using System.Linq;
using ConnectFlowQueries.Language;
using Xunit;

namespace ConnectFlowQueries.Tests.Language
{
    public class BinderTests
    {
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        private static BoundQuery Bind(string text, params QueryParameter[] parameters)
        {
            BindResult result = QueryBinder.Bind(text, Flows, parameters);
            Assert.Empty(result.Diagnostics);
            return result.Query!;
        }

        private static QueryDiagnostic Error(string text, QuerySchema? schema = null) =>
            QueryBinder.Bind(text, schema ?? Flows).Diagnostics.First();

        [Fact]
        public void ComparisonsBindToConditions()
        {
            var and = Assert.IsType<BoundLogical>(Bind("Name ^= 'a' and TYPE = 'agent_hold' and status = published").Criteria);
            Assert.Equal(new BoundCriteria[]
            {
                new BoundStringCondition("name", BoundValue.Literal("a"), StringMatch.StartsWith),
                new BoundEnumCondition("TypeCondition", "ContactFlowType", BoundValue.Literal("AGENT_HOLD")),
                new BoundEnumCondition("StatusCondition", "ContactFlowStatus", BoundValue.Literal("PUBLISHED")),
            }, and.Operands);
        }

        [Fact]
        public void BoundModelIsEquatable() =>
            Assert.Equal(Bind("(name = 'a' or name = 'b') and tag:x = 'y'"), Bind("(NAME = 'a' OR name = 'b') AND tag:x = 'y'"));

        [Fact]
        public void TopLevelTagConjunctsFormTheFilter()
        {
            BoundQuery query = Bind("tag:Dept = 'billing' and name = 'a' and (tag:Env = 'prod' or tag:Env = 'test')");
            Assert.Equal(new BoundStringCondition("name", BoundValue.Literal("a"), StringMatch.Exact), query.Criteria);
            var anyOf = query.TagFilter!.AnyOf;
            Assert.Equal(2, anyOf.Count);
            Assert.Equal(new[] { "Dept=billing", "Env=prod" }, anyOf[0].Select(t => t.Key + "=" + t.Value.Text));
            Assert.Equal(new[] { "Dept=billing", "Env=test" }, anyOf[1].Select(t => t.Key + "=" + t.Value.Text));
        }

        [Fact]
        public void TagsOnlyLeaveTheCriteriaEmpty()
        {
            BoundQuery query = Bind("tag['cost center'] = '42'");
            Assert.Null(query.Criteria);
            Assert.Equal("cost center", query.TagFilter!.AnyOf.Single().Single().Key);
        }

        [Fact]
        public void TagsInsideAParenthesisedAndAreStillTopLevel()
        {
            BoundQuery query = Bind("name = 'a' and (tag:A = '1' and status = SAVED)");
            Assert.Equal(2, Assert.IsType<BoundLogical>(query.Criteria).Operands.Count);
            Assert.Equal("A", query.TagFilter!.AnyOf.Single().Single().Key);
        }

        [Fact]
        public void TagOrFieldIsNotExpressible()
        {
            QueryDiagnostic diagnostic = Error("name = 'a' or tag:A = '1'");
            Assert.Equal("CFQ005", diagnostic.Id);
            Assert.Equal(new QuerySpan(11, 2), diagnostic.Span);
        }

        [Fact]
        public void TwentyFiveTagConditionsAreFineTwentySixAreNot()
        {
            string Tags(int n) => string.Join(" and ", Enumerable.Range(0, n).Select(i => $"tag:k{i} = 'v'"));
            Assert.Equal(25, Bind(Tags(25)).TagFilter!.AnyOf.Single().Count);
            QueryDiagnostic diagnostic = Error(Tags(26));
            Assert.Equal("CFQ007", diagnostic.Id);
            Assert.Equal("The tag filter needs 26 tag conditions after normalisation to an OR of AND lists; Amazon Connect accepts at most 25", diagnostic.GetMessage());
        }

        [Fact]
        public void HugeCrossProductsAreCountedWithoutBeingBuilt()
        {
            // 40 groups of 'a or b': 2^40 AND lists; counting must not enumerate them.
            string text = string.Join(" and ", Enumerable.Range(0, 40).Select(i => $"(tag:a{i} = '1' or tag:b{i} = '2')"));
            QueryDiagnostic diagnostic = Error(text);
            Assert.Equal("CFQ007", diagnostic.Id);
            Assert.StartsWith("The tag filter needs 43980465111040 tag conditions", diagnostic.GetMessage());
        }

        [Theory]
        [InlineData("statu = SAVED", "did you mean 'status'?")]
        [InlineData("nmae = 'x'", "did you mean 'name'?")]
        [InlineData("descripton = 'x'", "did you mean 'description'?")]
        [InlineData("tags = 'x'", "to filter by tag write tag:Key = 'value'")]
        public void UnknownFieldSuggestions(string text, string help)
        {
            QueryDiagnostic diagnostic = Error(text);
            Assert.Equal("CFQ002", diagnostic.Id);
            Assert.Contains(help, diagnostic.GetMessage());
        }

        [Fact]
        public void InvalidEnumListsValuesAndTheClosest()
        {
            QueryDiagnostic diagnostic = Error("type = CONTACTFLOW");
            Assert.Equal("CFQ003", diagnostic.Id);
            Assert.Contains("(did you mean 'CONTACT_FLOW'?)", diagnostic.GetMessage());
            Assert.Contains("valid values: AGENT_HOLD, AGENT_TRANSFER", diagnostic.GetMessage());
        }

        [Fact]
        public void EnumValuesComeFromTheSchema()
        {
            QuerySchema withoutCampaign = QuerySchema.ForFlows(
                new[] { "CONTACT_FLOW" }.ToEquatableArray(), new[] { "ACTIVE" }.ToEquatableArray(), new[] { "SAVED" }.ToEquatableArray(), hasFlowAttributeFilter: true);
            Assert.Equal("CFQ003", Error("type = CAMPAIGN", withoutCampaign).Id);
            Assert.Empty(QueryBinder.Bind("type = CAMPAIGN", Flows).Diagnostics);
        }

        [Fact]
        public void StringFieldsNeedQuotedValues()
        {
            QueryDiagnostic diagnostic = Error("name = billing");
            Assert.Equal("CFQ001", diagnostic.Id);
            Assert.Equal("Text values are quoted: write 'billing'", diagnostic.GetMessage());
        }

        [Fact]
        public void PlaceholdersBindToParametersOfFittingTypes()
        {
            BoundQuery query = Bind("name = {n} and status = {s} and type = {t} and tag:K = {v}",
                new QueryParameter("n", "string"), new QueryParameter("s", "Amazon.Connect.ContactFlowStatus"),
                new QueryParameter("t", "string"), new QueryParameter("v", "string"));
            var operands = Assert.IsType<BoundLogical>(query.Criteria).Operands;
            Assert.Equal(new BoundValue("n", true, "string"), ((BoundStringCondition)operands[0]).Value);
            Assert.Equal(new BoundValue("s", true, "Amazon.Connect.ContactFlowStatus"), ((BoundEnumCondition)operands[1]).Value);
            Assert.Equal(new BoundValue("t", true, "string"), ((BoundEnumCondition)operands[2]).Value);
            Assert.Equal(new BoundValue("v", true, "string"), query.TagFilter!.AnyOf.Single().Single().Value);
        }

        [Fact]
        public void PlaceholderOfTheWrongTypeIsReported()
        {
            BindResult result = QueryBinder.Bind("status = {s}", Flows, new[] { new QueryParameter("s", "Amazon.Connect.ContactFlowType") });
            QueryDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CFQ008", diagnostic.Id);
            Assert.Contains("'Amazon.Connect.ContactFlowStatus' or 'string'", diagnostic.GetMessage());
            Assert.Contains("s", result.UsedParameters);
        }

        [Fact]
        public void ModulesWithoutStateInTheSdkExplainWhy()
        {
            QuerySchema oldSdk = QuerySchema.ForModules(null, null);
            Assert.Contains("has no ContactFlowModuleSearchCriteria.StateCondition", Error("state = ACTIVE", oldSdk).GetMessage());
            Assert.Contains("flow modules have no type", Error("type = CONTACT_FLOW", oldSdk).GetMessage());
        }

        [Fact]
        public void ContainsOutsideTwoToTwentyFiveIsAWarningThatStillBinds()
        {
            BindResult result = QueryBinder.Bind("name *= 'a'", Flows);
            Assert.Equal("CFQ006", Assert.Single(result.Diagnostics).Id);
            Assert.False(result.HasErrors);
            Assert.NotNull(result.Query);
        }
    }
}
