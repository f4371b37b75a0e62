using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConnectFlowQueries.Tests.Library
{
    /// <summary>FlowQuery.Parse through the public API: model, equality, canonical text, and the analyzer's diagnostics.</summary>
    public class RuntimeQueryTests
    {
        public static TheoryData<FlowQueryTarget, string> Samples() => SampleQueries.AllData();

        [Theory]
        [MemberData(nameof(Samples))]
        public void ValidQueriesParseWithoutErrors(FlowQueryTarget target, string text)
        {
            FlowQueryParseResult result = FlowQuery.Parse(text, target);

            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
            Assert.Equal(target, result.Query!.Target);
            Assert.True(result.Query.Criteria is not null || result.Query.TagFilter is not null || result.Query.AttributeFilter is not null);
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void ToStringParsesBackToAnEqualQuery(FlowQueryTarget target, string text)
        {
            FlowQuery query = FlowQuery.Parse(text, target).Query!;

            FlowQuery reparsed = Parse(query.ToString(), target);

            Assert.Equal(query, reparsed);
            Assert.True(query == reparsed);
            Assert.Equal(query.GetHashCode(), reparsed.GetHashCode());
            Assert.Equal(query.ToString(), reparsed.ToString());
        }

        /// <summary>Seeded random valid queries (the fuzz suite's generator): canonical text parses back equal, and the body is valid input.</summary>
        [Fact]
        public void RandomQueriesRoundTripAndMakeValidBodies()
        {
            var random = new Reliability.RandomQueries(seed: 7);
            for (int i = 0; i < 2_000; i++)
            {
                string text = random.ValidQuery();

                // Modules have no 'type' field; without the word in the text, either target fits.
                FlowQueryTarget target = text.Contains("type", StringComparison.OrdinalIgnoreCase) ? FlowQueryTarget.Flows : (FlowQueryTarget)(i % 2);
                FlowQueryParseResult result = FlowQuery.Parse(text, target);
                string context = $"case {i}: {Reliability.RandomQueries.Show(text)}";
                Assert.True(result.Success, context + "\n" + string.Join("\n", result.Diagnostics));
                FlowQuery query = result.Query!;
                FlowQuery reparsed = Parse(query.ToString(), target);
                Assert.True(query.Equals(reparsed), context + "\nprinted: " + query);
                Assert.Equal(query.ToString(), reparsed.ToString());
                Assert.Empty(ServiceModel.SearchOperations.Validate(ServiceModel.Operation(target), query.ToSearchRequestJson("i")));
            }
        }

        [Theory]
        [InlineData("NAME ^= 'billing' AND Status = published", "name ^= 'billing' and status = PUBLISHED")]
        [InlineData("tag:a = '1' and name = 'x'", "name = 'x' and tag:a = '1'")]
        [InlineData("(name = 'a')", "name = 'a'")]
        [InlineData("name = 'a' or name = 'b' and status = SAVED", "name = 'a' or name = 'b' and status = SAVED")]
        [InlineData("(name = 'a' or name = 'b') and status = SAVED", "(name = 'a' or name = 'b') and status = SAVED")]
        [InlineData("name = 'a' and (name = 'b' and name = 'c')", "name = 'a' and name = 'b' and name = 'c'")]
        [InlineData("(name = 'a' or (name = 'b' or name = 'c')) and ((state = ACTIVE))", "(name = 'a' or name = 'b' or name = 'c') and state = ACTIVE")]
        [InlineData("(name = 'a' or name = 'b') and tag:k = 'v'", "(name = 'a' or name = 'b') and tag:k = 'v'")]
        [InlineData("tag:a = '1' and (tag:b = '2' or tag:c = '3') and status = SAVED", "status = SAVED and (tag:a = '1' and tag:b = '2' or tag:a = '1' and tag:c = '3')")]
        [InlineData("tag['cost center'] = 'it''s' or tag:x = 'y'", "tag['cost center'] = 'it''s' or tag:x = 'y'")]
        [InlineData("type = 'agent_hold'", "type = AGENT_HOLD")]
        public void ToStringIsCanonical(string text, string expected)
        {
            Assert.Equal(expected, Parse(text, FlowQueryTarget.Flows).ToString());
        }

        [Fact]
        public void EqualQueriesAreEqualHoweverSpelled()
        {
            Assert.Equal(Parse("NAME ^= 'billing' AND Status == published", FlowQueryTarget.Flows), Parse("name ^= 'billing' and status = PUBLISHED", FlowQueryTarget.Flows));
            Assert.Equal(Parse("tag:a = '1' and name = 'x'", FlowQueryTarget.Flows), Parse("name = 'x' and tag:a = '1'", FlowQueryTarget.Flows));
            Assert.NotEqual(Parse("name = 'x'", FlowQueryTarget.Flows), Parse("name = 'x'", FlowQueryTarget.Modules));
            Assert.NotEqual(Parse("name = 'x'", FlowQueryTarget.Flows), Parse("name = 'X'", FlowQueryTarget.Flows));
            Assert.NotEqual(Parse("name = 'x'", FlowQueryTarget.Flows), Parse("name ^= 'x'", FlowQueryTarget.Flows));
            Assert.False(Parse("name = 'x'", FlowQueryTarget.Flows) == null);
        }

        [Fact]
        public void TheModelHasTheRequestShape()
        {
            FlowQuery query = Parse("name ^= 'billing' and status = published and tag:a = '1' and (tag:b = '2' or tag:c = '3')", FlowQueryTarget.Flows);

            var and = Assert.IsType<FlowLogicalCriteria>(query.Criteria);
            Assert.Equal(FlowLogicalOperator.And, and.Operator);
            Assert.Equal(2, and.Operands.Count);
            var name = Assert.IsType<FlowStringCondition>(and.Operands[0]);
            Assert.Equal(("name", FlowStringComparison.StartsWith, "billing"), (name.Field, name.Comparison, name.Value));
            var status = Assert.IsType<FlowEnumCondition>(and.Operands[1]);
            Assert.Equal(("status", "PUBLISHED"), (status.Field, status.Value));
            Assert.Equal("status = PUBLISHED", status.ToString());

            Assert.NotNull(query.TagFilter);
            Assert.Equal(
                new[] { new[] { "a=1", "b=2" }, new[] { "a=1", "c=3" } },
                query.TagFilter!.AnyOf.Select(all => all.Select(t => t.ToString()).ToArray()).ToArray());
            Assert.Equal("tag:a = '1' and tag:b = '2' or tag:a = '1' and tag:c = '3'", query.TagFilter.ToString());
        }

        [Fact]
        public void ErrorsComeWithIdMessageAndSpan()
        {
            FlowQueryParseResult result = FlowQuery.Parse("nmae ^= 'billing' and status = PUBLISH", FlowQueryTarget.Flows);

            Assert.False(result.Success);
            Assert.Null(result.Query);
            Assert.Collection(
                result.Diagnostics,
                d => Assert.Equal(("CFQ002", "'nmae' is not a field of contact flows: did you mean 'name'?", FlowQueryDiagnosticSeverity.Error, 0, 4), (d.Id, d.Message, d.Severity, d.Start, d.Length)),
                d => Assert.Equal(("CFQ003", "'PUBLISH' is not a valid ContactFlowStatus value (did you mean 'PUBLISHED'?); valid values: PUBLISHED, SAVED", 31, 7), (d.Id, d.Message, d.Start, d.Length)));
            Assert.EndsWith("docs/diagnostics/CFQ002.md", result.Diagnostics[0].HelpLink);
        }

        [Fact]
        public void TryParseReportsTheSameAsParse()
        {
            Assert.False(FlowQuery.TryParse("name = ", FlowQueryTarget.Flows, out FlowQuery? bad, out IReadOnlyList<FlowQueryDiagnostic> errors));
            Assert.Null(bad);
            Assert.Equal(FlowQuery.Parse("name = ", FlowQueryTarget.Flows).Diagnostics, errors);
            Assert.Equal("CFQ001", Assert.Single(errors).Id);

            Assert.True(FlowQuery.TryParse("name = 'x'", FlowQueryTarget.Modules, out FlowQuery? good, out IReadOnlyList<FlowQueryDiagnostic> none));
            Assert.Equal("name = 'x'", good.ToString());
            Assert.Empty(none);
        }

        [Fact]
        public void WarningsComeWithAQuery()
        {
            FlowQueryParseResult result = FlowQuery.Parse("name *= 'x'", FlowQueryTarget.Flows);

            Assert.True(result.Success);
            FlowQueryDiagnostic warning = Assert.Single(result.Diagnostics);
            Assert.Equal(("CFQ006", FlowQueryDiagnosticSeverity.Warning, 8, 3), (warning.Id, warning.Severity, warning.Start, warning.Length));
        }

        [Theory]
        [InlineData("name = {prefix}", "prefix", 7)]
        [InlineData("status = {status}", "status", 9)]
        [InlineData("tag:a = {v}", "v", 8)]
        public void PlaceholdersAreAnErrorAtRunTime(string text, string name, int start)
        {
            FlowQueryDiagnostic error = Assert.Single(FlowQuery.Parse(text, FlowQueryTarget.Flows).Diagnostics);

            Assert.Equal("CFQ008", error.Id);
            Assert.Equal($"The placeholder {{{name}}} takes its value from a method parameter, and a query parsed at run time has none; write the value into the query text, or pass it in the values", error.Message);
            Assert.Equal((start, name.Length + 2), (error.Start, error.Length));
        }

        [Fact]
        public void EnumValuesAreTheDocumentedOnes()
        {
            Assert.True(FlowQuery.Parse("type = CAMPAIGN", FlowQueryTarget.Flows).Success);
            Assert.True(FlowQuery.Parse("state = archived and status = saved", FlowQueryTarget.Modules).Success);
            FlowQueryDiagnostic type = Assert.Single(FlowQuery.Parse("type = CONTACT_FLOW", FlowQueryTarget.Modules).Diagnostics);
            Assert.Equal(("CFQ002", "'type' is not a field of contact flow modules: flow modules have no type; search contact flows to filter by type"), (type.Id, type.Message));
            Assert.Contains("valid values: AGENT_HOLD, AGENT_TRANSFER, AGENT_WHISPER, CAMPAIGN, CONTACT_FLOW, CUSTOMER_HOLD, CUSTOMER_QUEUE, CUSTOMER_WHISPER, OUTBOUND_WHISPER, QUEUE_TRANSFER",
                Assert.Single(FlowQuery.Parse("type = FLOW", FlowQueryTarget.Flows).Diagnostics).Message);
        }

        [Fact]
        public void NullTextThrows()
        {
            Assert.Throws<ArgumentNullException>(() => FlowQuery.Parse(null!, FlowQueryTarget.Flows));
        }

        public static TheoryData<string> InvalidQueries() => new TheoryData<string>
        {
            "nmae ^= 'billing'",
            "status = PUBLISH",
            "status ^= 'PUB'",
            "not name = 'x'",
            "name $= 'x'",
            "name = 'x' or tag:a = 'b'",
            "name *= 'x'",
            "name = \"x\"",
            "name = 'x",
            "name = 'x' status = SAVED",
            "(name = 'x'",
            "type = CAMPAIGN and tag:a = '1' and (tag:b = '1' or tag:b = '2' or tag:b = '3' or tag:b = '4' or tag:b = '5' or tag:b = '6' or tag:b = '7' or tag:b = '8' or tag:b = '9' or tag:b = '10' or tag:b = '11' or tag:b = '12' or tag:b = '13')",
            new string('(', 101) + "name = 'x'" + new string(')', 101),
            "",
        };

        /// <summary>The very ids, messages and places the analyzer reports for the same text on a [FlowQuery] method.</summary>
        [Theory]
        [MemberData(nameof(InvalidQueries))]
        public void DiagnosticsAreTheAnalyzers(string text)
        {
            string literal = SymbolDisplay.FormatLiteral(text, quote: true);
            string source = $$"""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery({{literal}})]
                    public static partial SearchContactFlowsRequest Find(string instanceId);
                }
                """;
            (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create(source));
            int literalStart = source.IndexOf(literal, StringComparison.Ordinal) + 1;
            ImmutableArray<Diagnostic> analyzer = TestCompilation.Diagnostics(output).Where(d => d.Id.StartsWith("CFQ", StringComparison.Ordinal)).ToImmutableArray();

            IReadOnlyList<FlowQueryDiagnostic> runtime = FlowQuery.Parse(text, FlowQueryTarget.Flows).Diagnostics;

            // Query positions as source positions: an escape such as \" is two characters of source.
            int InSource(int position) => literalStart + SymbolDisplay.FormatLiteral(text.Substring(0, position), quote: true).Length - 2;

            // An empty span in the text underlines one character of source: the next one, the closing quote at the end, or the whole "" of an empty query.
            (int Start, int End) SourceSpan(FlowQueryDiagnostic d) =>
                d.Length > 0 ? (InSource(d.Start), InSource(d.Start + d.Length))
                : text.Length == 0 ? (literalStart - 1, literalStart + 1)
                : d.Start < text.Length ? (InSource(d.Start), InSource(d.Start + 1))
                : (InSource(d.Start), InSource(d.Start) + 1);
            Assert.NotEmpty(runtime);
            Assert.Equal(
                analyzer.Select(d => (d.Id, d.GetMessage(), d.Severity == DiagnosticSeverity.Error, d.Location.SourceSpan.Start, d.Location.SourceSpan.End)).OrderBy(d => d.Item4).ThenBy(d => d.Id),
                runtime.Select(d => (d.Id, d.Message, d.Severity == FlowQueryDiagnosticSeverity.Error, SourceSpan(d).Start, SourceSpan(d).End)).OrderBy(d => d.Item4).ThenBy(d => d.Id));
            Assert.All(analyzer, d => Assert.True(d.Location.SourceSpan.Length > 0, d.ToString()));
        }

        [Fact]
        public void PublicComparisonNamesAreTheLanguages()
        {
            // The generated run-time extensions map FlowStringComparison.X to the language's StringMatch.X.
            Assert.Equal(Enum.GetNames(typeof(global::ConnectFlowQueries.Language.StringMatch)), Enum.GetNames(typeof(FlowStringComparison)));
        }

        private static FlowQuery Parse(string text, FlowQueryTarget target)
        {
            FlowQueryParseResult result = FlowQuery.Parse(text, target);
            Assert.True(result.Success, text + ": " + string.Join("\n", result.Diagnostics));
            return result.Query!;
        }
    }
}
