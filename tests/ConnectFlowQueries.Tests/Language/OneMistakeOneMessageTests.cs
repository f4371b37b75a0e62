using System.Linq;
using ConnectFlowQueries.Language;
using Xunit;

namespace ConnectFlowQueries.Tests.Language
{
    /// <summary>Each mistake gets one diagnostic, at the token that is wrong, saying what was expected there.</summary>
    public class OneMistakeOneMessageTests
    {
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        private static QueryDiagnostic Single(string text, params QueryParameter[] parameters) =>
            Assert.Single(QueryBinder.Bind(text, Flows, parameters).Diagnostics);

        [Theory]
        [InlineData("name = 'a' and and status = SAVED", 15, 3, "Expected a condition after 'and', found 'and'")]
        [InlineData("name = 'a' or or status = SAVED", 14, 2, "Expected a condition after 'or', found 'or'")]
        [InlineData("name = 'a' and or status = SAVED", 15, 2, "Expected a condition after 'and', found 'or'")]
        [InlineData("and name = 'a'", 0, 3, "Expected a condition before 'and'")]
        [InlineData("(or name = 'a')", 1, 2, "Expected a condition after '(', found 'or'")]
        [InlineData("name 'a'", 5, 3, "Expected an operator (=, ^= or *=) after 'name', found 'a'")]
        [InlineData("name = \"a\"", 7, 3, "Strings use single quotes: write 'a'")]
        [InlineData("name = 'a' and \"b\" = 'c'", 15, 3, "Strings use single quotes: write 'b'")]
        public void SyntaxMistakes(string text, int start, int length, string message)
        {
            QueryDiagnostic diagnostic = Single(text);
            Assert.Equal(("CFQ001", new QuerySpan(start, length)), (diagnostic.Id, diagnostic.Span));
            Assert.StartsWith(message, diagnostic.GetMessage());
        }

        [Fact]
        public void DoubleQuotesSuggestTheSingleQuotedString() =>
            Assert.Equal("'it''s'", Single("name = \"it's\"").Suggestion);

        [Theory]
        [InlineData("tags:Team = 'x'")]
        [InlineData("Tga['Team'] = 'x'")]
        public void AMisspeltTagKeywordIsOneMessageAtTheKeyword(string text)
        {
            QueryDiagnostic diagnostic = Single(text);
            Assert.Equal(new QuerySpan(0, text.IndexOf(text.Contains(':') ? ':' : '[', System.StringComparison.Ordinal)), diagnostic.Span);
            Assert.Equal("tag", diagnostic.Suggestion);
            Assert.Contains("a tag condition is written tag:Key = 'value'", diagnostic.GetMessage());
        }

        [Fact]
        public void ATagKeyWithOtherCharactersSuggestsBrackets()
        {
            QueryDiagnostic diagnostic = Single("tag:team/owner@corp = 'x' and name = 'a'");
            Assert.Equal(("CFQ001", new QuerySpan(0, 19)), (diagnostic.Id, diagnostic.Span));
            Assert.Equal("tag['team/owner@corp']", diagnostic.Suggestion);
            Assert.Equal("A tag key with characters other than letters, digits, '_', '-' and '.' is written in brackets: tag['team/owner@corp']", diagnostic.GetMessage());
        }

        [Fact]
        public void APlaceholderSpeltLikeAParameterSuggestsIt()
        {
            QueryDiagnostic diagnostic = Single("name = {N}", new QueryParameter("n", "string"));
            Assert.Equal(("CFQ008", new QuerySpan(7, 3), "{n}"), (diagnostic.Id, diagnostic.Span, diagnostic.Suggestion));
            Assert.Equal("The placeholder {N} names no parameter of the method: did you mean {n}?", diagnostic.GetMessage());
        }

        [Fact]
        public void RepeatedNotsAreOneMessage()
        {
            QueryDiagnostic diagnostic = Single("not not (not name = 'a')");
            Assert.Equal(("CFQ005", new QuerySpan(0, 3)), (diagnostic.Id, diagnostic.Span));
        }

        [Fact]
        public void AtTheDepthCapTheCapIsTheOnlyMessage()
        {
            string text = string.Concat(Enumerable.Repeat("not ", 200)) + "name = 'a' and and";
            QueryDiagnostic diagnostic = Single(text);
            Assert.Equal("CFQ012", diagnostic.Id);
        }
    }
}
