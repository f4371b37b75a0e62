using System.Linq;
using ConnectFlowQueries.Language;
using Xunit;

namespace ConnectFlowQueries.Tests.Language
{
    public class ParserTests
    {
        private static QuerySyntaxTree Parse(string text) => QueryParser.Parse(text);

        private static ComparisonNode Comparison(string text)
        {
            QuerySyntaxTree tree = Parse(text);
            Assert.Empty(tree.Diagnostics);
            return Assert.IsType<ComparisonNode>(tree.Root);
        }

        [Theory]
        [InlineData("name = 'x'", nameof(TokenKind.Equals))]
        [InlineData("name == 'x'", nameof(TokenKind.Equals))]
        [InlineData("name ^= 'x'", nameof(TokenKind.StartsWith))]
        [InlineData("name *= 'x'", nameof(TokenKind.Contains))]
        [InlineData("name $= 'x'", nameof(TokenKind.EndsWith))]
        [InlineData("name != 'x'", nameof(TokenKind.NotEquals))]
        [InlineData("name <> 'x'", nameof(TokenKind.NotEquals))]
        [InlineData("name < 'x'", nameof(TokenKind.LessThan))]
        [InlineData("name <= 'x'", nameof(TokenKind.LessOrEqual))]
        [InlineData("name > 'x'", nameof(TokenKind.GreaterThan))]
        [InlineData("name >= 'x'", nameof(TokenKind.GreaterOrEqual))]
        [InlineData("name ~= 'x'", nameof(TokenKind.Like))]
        public void EveryOperatorIsRecognised(string text, string kind)
        {
            ComparisonNode comparison = Comparison(text);
            Assert.Equal(kind, comparison.Operator.Kind.ToString());
            Assert.Equal(5, comparison.Operator.Span.Start);
        }

        [Fact]
        public void AndBindsTighterThanOr()
        {
            var root = Assert.IsType<LogicalNode>(Parse("a = '1' or b = '2' and c = '3' or d = '4'").Root);
            Assert.Equal(LogicalOperator.Or, root.Operator);
            Assert.Equal(3, root.Operands.Count);
            var middle = Assert.IsType<LogicalNode>(root.Operands[1]);
            Assert.Equal(LogicalOperator.And, middle.Operator);
            Assert.Equal(new[] { "b", "c" }, middle.Operands.Cast<ComparisonNode>().Select(c => c.Field.Name));
        }

        [Fact]
        public void ParenthesesGroupAndKeepTheirSpan()
        {
            var root = Assert.IsType<LogicalNode>(Parse("(a = '1' or b = '2') and c = '3'").Root);
            Assert.Equal(LogicalOperator.And, root.Operator);
            var group = Assert.IsType<ParenthesizedNode>(root.Operands[0]);
            Assert.Equal(new QuerySpan(0, 20), group.Span);
            Assert.Equal(LogicalOperator.Or, Assert.IsType<LogicalNode>(group.Inner).Operator);
        }

        [Fact]
        public void KeywordsAndFieldsAreCaseInsensitive()
        {
            QuerySyntaxTree tree = Parse("NAME = 'a' AnD Status = published OR nOt TYPE = x");
            Assert.Empty(tree.Diagnostics);
            var or = Assert.IsType<LogicalNode>(tree.Root);
            Assert.Equal(LogicalOperator.Or, or.Operator);
            Assert.IsType<NotNode>(or.Operands[1]);
        }

        [Fact]
        public void DoubledQuoteEscapesAQuote()
        {
            ComparisonNode comparison = Comparison("name = 'it''s ''quoted'''");
            Assert.Equal("it's 'quoted'", comparison.Value.Value);
            Assert.Equal(new QuerySpan(7, 18), comparison.Value.Span);
        }

        [Fact]
        public void ValuesMayBeIdentifiersPlaceholdersOrNumbers()
        {
            Assert.Equal(TokenKind.Identifier, Comparison("status = PUBLISHED").Value.Kind);
            Assert.Equal("prefix", Comparison("name = {prefix}").Value.Value);
            Assert.Equal(TokenKind.Number, Comparison("name = 42").Value.Kind);
        }

        [Theory]
        [InlineData("tag:Department = 'x'", "Department")]
        [InlineData("tag['cost center'] = 'x'", "cost center")]
        [InlineData("TAG:team.name = 'x'", "team.name")]
        [InlineData("tag:'quoted key' = 'x'", "quoted key")]
        public void TagFields(string text, string key)
        {
            FieldSyntax field = Comparison(text).Field;
            Assert.Equal(FieldKind.Tag, field.Kind);
            Assert.Equal(key, field.Name);
        }

        [Theory]
        [InlineData("", 0, 0, "The query is empty")]
        [InlineData("name = 'abc", 7, 4, "Unterminated string")]
        [InlineData("name 'x'", 5, 3, "Expected an operator (=, ^= or *=) after 'name', found 'x'")]
        [InlineData("name =", 6, 0, "Expected a value after '='")]
        [InlineData("name = 'a' and", 14, 0, "Expected a condition")]
        [InlineData("(name = 'a'", 11, 0, "Expected ')'")]
        [InlineData("name = 'a')", 10, 1, "Unexpected ')'")]
        [InlineData("name = 'a' name = 'b'", 11, 4, "Expected 'and' or 'or' before 'name'")]
        [InlineData("name = # and", 7, 1, "Unexpected character '#'")]
        [InlineData("name = {x", 7, 2, "A placeholder is a parameter name in braces")]
        [InlineData("tag[x] = 'a'", 4, 1, "Expected a quoted tag key")]
        [InlineData("name = 'a' && status = SAVED", 11, 2, "Use 'and' instead of '&&'")]
        public void SyntaxErrorsHaveSpansAndMessages(string text, int start, int length, string message)
        {
            QueryDiagnostic diagnostic = Parse(text).Diagnostics.First();
            Assert.Equal("CFQ001", diagnostic.Id);
            Assert.Equal(new QuerySpan(start, length), diagnostic.Span);
            Assert.Contains(message, diagnostic.GetMessage());
        }

        [Fact]
        public void RecoversAfterAnErrorToReportTheNextOne()
        {
            QuerySyntaxTree tree = Parse("name 'x' and description = and type = 'y'");
            Assert.Equal(new[] { 5, 27 }, tree.Diagnostics.Select(d => d.Span.Start));
            var and = Assert.IsType<LogicalNode>(tree.Root);
            Assert.IsType<ErrorNode>(and.Operands[0]);
            Assert.IsType<ErrorNode>(and.Operands[1]);
            Assert.IsType<ComparisonNode>(and.Operands[2]);
        }

        [Fact]
        public void DeepNestingStopsAtTheCapWithOneDiagnosticAndNoRecursion()
        {
            string text = new string('(', 10_000) + "name = 'a'" + new string(')', 10_000);
            QueryDiagnostic diagnostic = Assert.Single(Parse(text).Diagnostics);
            Assert.Equal("CFQ012", diagnostic.Id);
            Assert.Equal(new QuerySpan(QueryParser.MaxDepth, 1), diagnostic.Span);
        }

        [Fact]
        public void NestingUpToTheCapIsFine()
        {
            string text = new string('(', QueryParser.MaxDepth) + "name = 'a'" + new string(')', QueryParser.MaxDepth);
            Assert.Empty(Parse(text).Diagnostics);
        }

        [Fact]
        public void LongChainsAreOneFlatNode()
        {
            string text = string.Join(" and ", Enumerable.Range(0, 5000).Select(i => $"name = '{i}'"));
            var root = Assert.IsType<LogicalNode>(Parse(text).Root);
            Assert.Equal(5000, root.Operands.Count);
        }

        [Theory]
        [InlineData("name = 'a'")]
        [InlineData("NAME ^= 'it''s' AND (type = contact_flow OR Type = 'AGENT_HOLD') or not status = SAVED")]
        [InlineData("tag['cost center'] = 'x' and tag:Dept = {dept} and description *= 'a b'")]
        [InlineData("((name = 'a'))")]
        [InlineData("name != 1 or name $= 'x' or name <= 'y'")]
        [InlineData("\u2126state = archived")] // OHM SIGN: found by the 1,000,000-case fuzz run (seed 20261126, case 216069)
        public void PrintingAndParsingAgainGivesAnEquivalentTree(string text)
        {
            QuerySyntaxTree tree = Parse(text);
            string printed = QueryPrinter.Print(tree.Root!);
            QuerySyntaxTree reparsed = Parse(printed);
            Assert.Empty(reparsed.Diagnostics);
            Assert.True(QueryPrinter.AreEquivalent(tree.Root, reparsed.Root), printed);
            Assert.Equal(printed, QueryPrinter.Print(reparsed.Root!));
        }

        [Fact]
        public void PrinterIsCanonical() =>
            Assert.Equal("name ^= 'it''s' and (type = contact_flow or tag['a b'] = 'x')",
                QueryPrinter.Print(Parse("NAME   ^=   'it''s'   AND(type==contact_flow OR TAG['a b']='x')").Root!));

        [Fact]
        public void EquivalenceNoticesDifferences()
        {
            Assert.False(QueryPrinter.AreEquivalent(Parse("name = 'a'").Root, Parse("name = 'b'").Root));
            Assert.False(QueryPrinter.AreEquivalent(Parse("name = 'a'").Root, Parse("(name = 'a')").Root));
            Assert.False(QueryPrinter.AreEquivalent(Parse("tag:A = 'a'").Root, Parse("tag:a = 'a'").Root));
            Assert.True(QueryPrinter.AreEquivalent(Parse("NAME = 'a'").Root, Parse("name='a'").Root));
        }
    }
}
