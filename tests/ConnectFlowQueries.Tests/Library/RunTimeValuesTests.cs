using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ConnectFlowQueries.Tests.Library
{
    /// <summary>
    /// FlowQuery.Parse with values for the placeholders: a value is text, never query syntax, checked as the same value
    /// written in the text would be.
    /// </summary>
    public class RunTimeValuesTests
    {
        private static FlowQueryParseResult Parse(string text, params (string Name, string Value)[] values) =>
            FlowQuery.Parse(text, FlowQueryTarget.Flows, values.ToDictionary(v => v.Name, v => v.Value));

        [Theory]
        [InlineData("' or name = '")]
        [InlineData("x') or (name ^= '")]
        [InlineData("{prefix}")]
        [InlineData("a'' and tag:x = 'y")]
        [InlineData("line\u2028separator")]
        [InlineData("not name = 'a'")]
        public void AHostileValueIsOneStringAndNeverChangesTheShape(string hostile)
        {
            FlowQueryParseResult result = Parse("name ^= {prefix} and status = PUBLISHED", ("prefix", hostile));

            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            var and = Assert.IsType<FlowLogicalCriteria>(result.Query!.Criteria);
            Assert.Equal(2, and.Operands.Count);
            var prefix = Assert.IsType<FlowStringCondition>(and.Operands[0]);
            Assert.Equal(("name", hostile, FlowStringComparison.StartsWith), (prefix.Field, prefix.Value, prefix.Comparison));
            Assert.Null(result.Query.TagFilter);

            // The same query, the value written into the text by the library's own quoting, is equal.
            Assert.Equal(result.Query, FlowQuery.Parse(result.Query.ToString(), FlowQueryTarget.Flows).Query);
        }

        [Fact]
        public void TagValuesAndEnumValuesBindLikeLiterals()
        {
            FlowQueryParseResult result = Parse("type = {type} and tag:Team = {team}", ("type", "campaign"), ("team", "ops"));

            Assert.True(result.Success);
            Assert.Equal("type = CAMPAIGN and tag:Team = 'ops'", result.Query!.ToString());
        }

        [Fact]
        public void AnEnumValueThatIsNotOneIsCfq003AtThePlaceholder()
        {
            FlowQueryDiagnostic diagnostic = Assert.Single(Parse("status = {status}", ("status", "PUBLISH")).Diagnostics);
            Assert.Equal(("CFQ003", 9, 8), (diagnostic.Id, diagnostic.Start, diagnostic.Length));
            Assert.StartsWith("'PUBLISH' is not a valid ContactFlowStatus value (did you mean 'PUBLISHED'?)", diagnostic.Message);
        }

        [Fact]
        public void ACONTAINSValueIsHeldToItsLengthsToo() =>
            Assert.Equal("CFQ006", Assert.Single(Parse("name *= {part}", ("part", "x")).Diagnostics).Id);

        [Fact]
        public void AMissingValueIsCfq008WithTheClosestName()
        {
            FlowQueryDiagnostic diagnostic = Assert.Single(Parse("name = {prefix}", ("prefx", "a")).Diagnostics);
            Assert.Equal(("CFQ008", 7, 8), (diagnostic.Id, diagnostic.Start, diagnostic.Length));
            Assert.Equal("The placeholder {prefix} has no value: the values have no 'prefix'; did you mean 'prefx'?", diagnostic.Message);
        }

        [Fact]
        public void ANullValueIsCfq008()
        {
            var values = new Dictionary<string, string> { ["prefix"] = null! };
            Assert.Equal("The value of the placeholder {prefix} is null", Assert.Single(FlowQuery.Parse("name = {prefix}", FlowQueryTarget.Flows, values).Diagnostics).Message);
        }

        [Fact]
        public void WithoutValuesAPlaceholderStaysAnError() =>
            Assert.Equal("CFQ008", Assert.Single(FlowQuery.Parse("name = {prefix}", FlowQueryTarget.Flows).Diagnostics).Id);

        [Fact]
        public void TryParseTakesValuesToo()
        {
            Assert.True(FlowQuery.TryParse("name = {n}", FlowQueryTarget.Modules, new Dictionary<string, string> { ["n"] = "m" }, out FlowQuery? query, out _));
            Assert.Equal("name = 'm'", query!.ToString());
        }

        [Fact]
        public void ArgumentsAreChecked()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => FlowQuery.Parse("name = 'a'", (FlowQueryTarget)42));
            Assert.Throws<ArgumentOutOfRangeException>(() => FlowQuery.Parse("name = 'a'", (FlowQueryTarget)(-1), new Dictionary<string, string>()));
            Assert.Throws<ArgumentNullException>(() => FlowQuery.Parse("name = 'a'", FlowQueryTarget.Flows, null!));
        }
    }
}
