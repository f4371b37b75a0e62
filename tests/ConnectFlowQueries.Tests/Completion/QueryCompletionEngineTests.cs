using System;
using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConnectFlowQueries.Tests.Completion
{
    /// <summary>
    /// Seeded properties of the completion engine and of the caret mapping under it, over the fuzz tests' random queries:
    /// what the parser accepts next is offered, nothing throws at any caret, and every query position maps to the source
    /// and back in every kind of literal.
    /// </summary>
    public sealed class QueryCompletionEngineTests
    {
        private const int Seed = 20261126;
        private const int Cases = 400;
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        [Fact]
        public void EachFieldOperatorEnumValueKeywordAndParenthesisOfAValidQueryIsOfferedWhereItStands()
        {
            var random = new RandomQueries(Seed);
            int checkedTokens = 0;
            for (int i = 0; i < Cases; i++)
            {
                string query = random.ValidQuery();
                List<QueryToken> tokens = QueryLexer.Tokenize(query, new List<QueryDiagnostic>());
                for (int t = 0; t < tokens.Count; t++)
                {
                    if (Offered(tokens, t) is not string expected)
                    {
                        continue;
                    }

                    // Completion at the token's start, with the rest of the query still there.
                    QueryToken token = tokens[t];
                    QueryCompletionResult result = QueryCompletion.Complete(query, token.Span.Start, Flows, parameters: null);
                    Assert.True(result.Items.Any(item => string.Equals(item.Text, expected, StringComparison.OrdinalIgnoreCase)),
                        $"case {i}: '{expected}' not offered at {token.Span.Start} of {RandomQueries.Show(query)}; offered: {string.Join(" ", result.Items)}");
                    checkedTokens++;
                }
            }

            Assert.True(checkedTokens > Cases * 3, $"only {checkedTokens} tokens checked");
        }

        /// <summary>The item a token is spelled by, for the tokens completion offers; null for values the user writes (text, keys, numbers).</summary>
        private static string? Offered(List<QueryToken> tokens, int index)
        {
            QueryToken token = tokens[index];
            QueryToken? previous = index > 0 ? tokens[index - 1] : null;
            QueryToken? next = index + 1 < tokens.Count ? tokens[index + 1] : null;
            if (previous is { Kind: TokenKind.Identifier } && previous.Span.End == token.Span.Start)
            {
                return null; // a caret touching a word completes that word ("name|^=")
            }

            return token.Kind switch
            {
                TokenKind.OpenParen or TokenKind.CloseParen or TokenKind.StartsWith or TokenKind.Contains => token.Text,
                TokenKind.Equals => "=",
                TokenKind.Identifier when token.IsKeyword("tag") && next?.Kind == TokenKind.Colon => "tag:",
                TokenKind.Identifier when token.IsKeyword("tag") || token.IsKeyword("not") => null,
                TokenKind.Identifier when previous is { Kind: TokenKind.Colon } => null, // a tag key
                TokenKind.Identifier => token.Text, // a field, 'and', 'or', or an enum value after '='
                _ => null,
            };
        }

        [Fact]
        public void AnyCaretInAnyTextGivesAWordAroundTheCaretAndItemsThatMatchIt()
        {
            var random = new RandomQueries(Seed + 1);
            QueryParameter[] parameters = { new("instanceId", "string"), new("status", "Amazon.Connect.ContactFlowStatus"), new("n", "int") };
            for (int i = 0; i < Cases; i++)
            {
                string query = random.Mutate(random.ValidQuery());
                for (int caret = 0; caret <= query.Length; caret++)
                {
                    QueryCompletionResult result = QueryCompletion.Complete(query, caret, Flows, parameters);
                    string context = $"case {i} caret {caret} of {RandomQueries.Show(query)}";
                    QuerySpan span = result.ReplacedSpan;
                    Assert.True(span.Start >= 0 && span.Start <= caret && caret <= span.End && span.End <= query.Length, context);
                    string typed = query.Substring(span.Start, caret - span.Start);
                    Assert.All(result.Items, item => Assert.True(item.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase), $"{context}: '{item}' for '{typed}'"));
                }
            }

            Assert.Empty(QueryCompletion.Complete("name", -1, Flows, null).Items);
            Assert.Empty(QueryCompletion.Complete("name", 5, Flows, null).Items);
        }

        [Fact]
        public void EveryQueryPositionMapsToTheSourceAndBackInEveryKindOfLiteral()
        {
            var random = new RandomQueries(Seed + 2);
            var kinds = new HashSet<string>();
            for (int i = 0; i < Cases; i++)
            {
                string query = random.Mutate(random.ValidQuery());
                string literal = i % 4 == 3 && !query.Contains('"') && !query.Contains('\n') && !query.Contains('\r') && !query.Any(char.IsSurrogate)
                    ? "\"\"\"\n    " + query + "\n    \"\"\""
                    : random.CSharpLiteral(query);
                string source = "class C { const string Q = " + literal + "; }";
                SyntaxToken token = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token;
                if (token.ValueText != query)
                {
                    continue; // a literal of text the compiler reads differently (such as a raw string of blank lines)
                }

                kinds.Add(token.Text[0] == '@' ? "verbatim" : token.Kind().ToString());
                QueryLiteralLocator locator = QueryLiteralLocator.Create((LiteralExpressionSyntax)token.Parent!, Location.None);
                for (int position = 0; position <= query.Length; position++)
                {
                    if (position > 0 && position < query.Length && char.IsLowSurrogate(query[position]))
                    {
                        continue; // no caret between the halves of a pair
                    }

                    TextSpan? caret = locator.SourceSpan(new QuerySpan(position, 0));
                    Assert.True(caret is { Length: 0 }, $"case {i} position {position} of {literal}");
                    Assert.Equal(position, locator.QueryPosition(caret!.Value.Start));
                    if (position < query.Length && !char.IsSurrogate(query[position]) && query[position] is not ('\r' or '\n'))
                    {
                        // One character of the query is spelled by the source between its start and the next one's.
                        TextSpan spelled = locator.SourceSpan(new QuerySpan(position, 1))!.Value;
                        Assert.Equal(query[position], Spelled(source.Substring(spelled.Start, spelled.Length)));
                    }
                }
            }

            Assert.Equal(4, kinds.Count); // regular, verbatim, single-line and multi-line raw
        }

        /// <summary>The character a piece of a literal's source spells: itself (a verbatim string's "" is one quote), or the value of its escape.</summary>
        private static char Spelled(string piece) =>
            piece.Length > 1 && piece[0] == '\\'
                ? CSharpSyntaxTree.ParseText("class C { const string Q = \"" + piece + "\"; }").GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.ValueText[0]
                : piece[0];
    }
}
