using System.Collections.Generic;
using System.Threading;

namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// Recursive-descent parser: <c>or</c> binds looser than <c>and</c>, parentheses group, <c>not</c> is
    /// parsed so the binder can explain why the API cannot express it. Never throws, and never recurses
    /// deeper than <see cref="MaxDepth"/> however the input nests.
    /// </summary>
    internal sealed class QueryParser
    {
        public const int MaxDepth = 100;

        private readonly List<QueryToken> _tokens;
        private readonly List<QueryDiagnostic> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private int _position;
        private int _depth;
        private bool _abandoned;

        /// <summary>Where the lexer reported a token already (a bad character, double quotes): the parser says nothing more there.</summary>
        private readonly HashSet<QuerySpan>? _lexerReported;

        private QueryParser(List<QueryToken> tokens, List<QueryDiagnostic> diagnostics, CancellationToken cancellationToken)
        {
            _tokens = tokens;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _lexerReported = diagnostics.Count == 0 ? null : new HashSet<QuerySpan>(diagnostics.ConvertAll(d => d.Span));
        }

        public static QuerySyntaxTree Parse(string? text, CancellationToken cancellationToken = default)
        {
            text ??= string.Empty;
            var diagnostics = new List<QueryDiagnostic>();
            List<QueryToken> tokens = QueryLexer.Tokenize(text, diagnostics, cancellationToken);
            var parser = new QueryParser(tokens, diagnostics, cancellationToken);
            QueryNode? root = parser.ParseQuery();
            return new QuerySyntaxTree(text, root, diagnostics);
        }

        private QueryToken Current => _tokens[_position];

        private QueryNode? ParseQuery()
        {
            if (Current.Kind == TokenKind.EndOfInput)
            {
                Report(Current.Span, "The query is empty: write a condition such as name = 'billing'");
                return null;
            }

            QueryNode root = ParseOr();
            while (Current.Kind != TokenKind.EndOfInput)
            {
                QueryToken extra = Current;
                if (extra.Kind == TokenKind.CloseParen)
                {
                    Report(extra.Span, "Unexpected ')': it has no matching '('");
                }
                else
                {
                    Report(extra.Span, $"Expected 'and' or 'or' before {Quoted(extra)}");
                }

                _position = _tokens.Count - 1; // one message for trailing input is enough
            }

            return root;
        }

        private QueryNode ParseOr()
        {
            QueryNode first = ParseAnd();
            if (!IsOr(Current))
            {
                return first;
            }

            var operands = new List<QueryNode> { first };
            var operators = new List<QueryToken>();
            while (IsOr(Current))
            {
                CheckCancellation(operands.Count);
                operators.Add(TakeLogicalOperator("or"));
                operands.Add(ParseAnd());
            }

            return new LogicalNode(LogicalOperator.Or, operands, operators);
        }

        private QueryNode ParseAnd()
        {
            QueryNode first = ParseUnary();
            if (!IsAnd(Current))
            {
                return first;
            }

            var operands = new List<QueryNode> { first };
            var operators = new List<QueryToken>();
            while (IsAnd(Current))
            {
                CheckCancellation(operands.Count);
                operators.Add(TakeLogicalOperator("and"));
                operands.Add(ParseUnary());
            }

            return new LogicalNode(LogicalOperator.And, operands, operators);
        }

        private void CheckCancellation(int count)
        {
            if ((count & 255) == 255)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private QueryToken TakeLogicalOperator(string keyword)
        {
            QueryToken token = Take();
            if (token.Kind != TokenKind.Identifier)
            {
                Report(token.Span, $"Use '{keyword}' instead of '{token.Text}'");
            }

            return token;
        }

        private QueryNode ParseUnary()
        {
            if (Current.IsKeyword("not") || Current.Kind == TokenKind.Bang)
            {
                QueryToken notToken = Current;
                if (!Enter(notToken))
                {
                    return Abandon(notToken);
                }

                Take();
                QueryNode operand = ParseUnary();
                _depth--;
                return new NotNode(notToken, operand);
            }

            return ParsePrimary();
        }

        private QueryNode ParsePrimary()
        {
            QueryToken token = Current;
            if (token.Kind == TokenKind.OpenParen)
            {
                if (!Enter(token))
                {
                    return Abandon(token);
                }

                Take();
                QueryNode inner = ParseOr();
                _depth--;
                if (Current.Kind == TokenKind.CloseParen)
                {
                    return new ParenthesizedNode(token, inner, Take());
                }

                Report(new QuerySpan(Current.Span.Start, 0), Current.Kind == TokenKind.EndOfInput
                    ? "Expected ')' to close the '(' opened earlier"
                    : $"Expected ')' before {Quoted(Current)}");
                return new ParenthesizedNode(token, inner, null);
            }

            return ParseComparison();
        }

        private QueryNode ParseComparison()
        {
            QueryToken start = Current;
            if (IsAnd(start) || IsOr(start))
            {
                // 'and and', 'or or', a leading 'and': the condition is missing, not a field named "and".
                QueryToken? previous = _position > 0 ? _tokens[_position - 1] : null;
                Report(start.Span, previous is { } p && (IsAnd(p) || IsOr(p) || p.Kind == TokenKind.OpenParen)
                    ? $"Expected a condition after '{p.Text}', found '{start.Text}'"
                    : $"Expected a condition before '{start.Text}'");
                return new ErrorNode(start.Span);
            }

            if (start.Kind != TokenKind.Identifier)
            {
                Report(start.Span, start.Kind switch
                {
                    TokenKind.EndOfInput => "Expected a condition such as name = 'billing' at the end of the query",
                    TokenKind.String => $"Expected a field name before {start.Text}; a condition reads field operator value, such as name = 'billing'",
                    _ => $"Expected a field name, found {Quoted(start)}",
                });
                return SkipToBoundary(start);
            }

            FieldSyntax? field = ParseField();
            if (field is null)
            {
                return SkipToBoundary(start);
            }

            QueryToken op = Current;
            if (!op.IsComparisonOperator)
            {
                Report(op.Span,
                    $"Expected an operator (=, ^= or *=) after '{field.Name}'{(op.Kind == TokenKind.EndOfInput ? string.Empty : $", found {Quoted(op)}")}");
                return SkipToBoundary(start);
            }

            Take();
            QueryToken value = Current;
            // 'and' / 'or' right after an operator is a missing value, not the value "and".
            if (value.Kind is not (TokenKind.String or TokenKind.Identifier or TokenKind.Placeholder or TokenKind.Number) || IsAnd(value) || IsOr(value))
            {
                Report(value.Span, value.Kind == TokenKind.EndOfInput
                    ? $"Expected a value after '{op.Text}', such as 'text'"
                    : $"Expected a value after '{op.Text}', found {Quoted(value)}");
                return SkipToBoundary(start);
            }

            Take();
            return new ComparisonNode(field, op, value);
        }

        private FieldSyntax? ParseField()
        {
            QueryToken name = Take();
            if (Current.Kind != TokenKind.Colon && Current.Kind != TokenKind.OpenBracket)
            {
                return new FieldSyntax(FieldKind.Named, name.Text, name.Span, name.Span);
            }

            if (!name.IsKeyword("tag"))
            {
                // 'tags:k', 'Tga[...]': a tag condition with its keyword misspelt; read on as one.
                _diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, name.Span,
                    $"'{Shown(name)}' is not a field: a tag condition is written tag:Key = 'value' or tag['key'] = 'value'").WithSuggestion("tag"));
            }

            if (Current.Kind == TokenKind.Colon)
            {
                Take();
                QueryToken key = Current;
                if (key.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number)
                {
                    Take();
                    if (key.Kind != TokenKind.String && BracketedKey(name, key) is { } bracketed)
                    {
                        return bracketed;
                    }

                    ReportIfEmptyKey(key);
                    return new FieldSyntax(FieldKind.Tag, key.Value, name.Span.Union(key.Span), key.Span);
                }

                Report(key.Span, "Expected a tag key after 'tag:', such as tag:Department or tag['cost center']");
                return null;
            }

            Take(); // '['
            QueryToken quoted = Current;
            if (quoted.Kind != TokenKind.String)
            {
                Report(quoted.Span, "Expected a quoted tag key after 'tag[', such as tag['cost center']");
                return null;
            }

            Take();
            if (Current.Kind != TokenKind.CloseBracket)
            {
                Report(new QuerySpan(Current.Span.Start, 0), "Expected ']' after the tag key");
                return null;
            }

            QueryToken close = Take();
            ReportIfEmptyKey(quoted);
            return new FieldSyntax(FieldKind.Tag, quoted.Value, name.Span.Union(close.Span), quoted.Span);
        }

        /// <summary>
        /// <c>tag:team/owner</c>: a bare key runs into characters only a quoted key can hold. One diagnostic for the whole
        /// key, suggesting <c>tag['team/owner']</c> (instead of the lexer's one per character), and the key read as meant.
        /// Null when the key ends as usual.
        /// </summary>
        private FieldSyntax? BracketedKey(QueryToken name, QueryToken key)
        {
            int end = key.Span.End;
            int first = _position;
            bool hasBad = false;
            while (Current.Span.Start == end && Current.Kind is TokenKind.Bad or TokenKind.Identifier or TokenKind.Number or TokenKind.Colon)
            {
                hasBad |= Current.Kind == TokenKind.Bad;
                end = Take().Span.End;
            }

            if (!hasBad)
            {
                _position = first;
                return null;
            }

            var keySpan = QuerySpan.FromBounds(key.Span.Start, end);
            string text = key.Text + string.Concat(_tokens.GetRange(first, _position - first).ConvertAll(t => t.Text));
            _diagnostics.RemoveAll(d => d.Descriptor == DiagnosticCatalog.SyntaxError && d.Span.Start >= key.Span.End && d.Span.End <= end); // the lexer's, per character
            string bracketed = "tag[" + QueryPrinter.Quote(text) + "]";
            QuerySpan fieldSpan = name.Span.Union(keySpan);
            _diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, fieldSpan,
                $"A tag key with characters other than letters, digits, '_', '-' and '.' is written in brackets: {QueryLexer.Printable(bracketed)}").WithSuggestion(bracketed));
            return new FieldSyntax(FieldKind.Tag, text, fieldSpan, keySpan);
        }

        /// <summary>Amazon Connect tag keys have 1 to 128 characters; an empty one is reported where it is, and parsing goes on.</summary>
        private void ReportIfEmptyKey(QueryToken key)
        {
            if (key.Value.Length == 0)
            {
                Report(key.Span, "A tag key cannot be empty: Amazon Connect tag keys have 1 to 128 characters");
            }
        }

        /// <summary>Skips to the next 'and', 'or', ')' or the end, so one mistake gives one message.</summary>
        private QueryNode SkipToBoundary(QueryToken start)
        {
            QuerySpan span = start.Span;
            while (Current.Kind != TokenKind.EndOfInput && Current.Kind != TokenKind.CloseParen && !IsAnd(Current) && !IsOr(Current))
            {
                span = span.Union(Take().Span);
            }

            return new ErrorNode(span);
        }

        private bool Enter(QueryToken token)
        {
            if (_depth >= MaxDepth)
            {
                // Never left out for the cap on diagnostics: the binder reports it alone.
                _diagnostics.Add(new QueryDiagnostic(DiagnosticCatalog.NestingTooDeep, token.Span, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return false;
            }

            _depth++;
            return true;
        }

        /// <summary>Past the depth cap the rest of the input is not read: one diagnostic, no recursion.</summary>
        private QueryNode Abandon(QueryToken token)
        {
            _abandoned = true;
            QuerySpan span = QuerySpan.FromBounds(token.Span.Start, _tokens[_tokens.Count - 1].Span.End);
            _position = _tokens.Count - 1;
            return new ErrorNode(span);
        }

        private QueryToken Take()
        {
            QueryToken token = Current;
            if (_position < _tokens.Count - 1)
            {
                _position++;
            }

            return token;
        }

        private void Report(QuerySpan span, string message)
        {
            // A token the lexer reported already gets no second message; past the depth cap nothing more is said.
            if (_abandoned || _lexerReported?.Contains(span) == true)
            {
                return;
            }

            _diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, message));
        }

        private static bool IsAnd(QueryToken token) => token.IsKeyword("and") || token.Kind == TokenKind.AmpersandAmpersand;

        private static bool IsOr(QueryToken token) => token.IsKeyword("or") || token.Kind == TokenKind.BarBar;

        private static string Shown(QueryToken token) => QueryLexer.Printable(token.Text);

        /// <summary>A token as a message quotes it: a string as written ('a'), anything else in quotes.</summary>
        private static string Quoted(QueryToken token) => token.Kind == TokenKind.String ? Shown(token) : $"'{Shown(token)}'";
    }
}
