using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace ConnectFlowQueries.Language
{
    /// <summary>Turns query text into tokens. Never throws; bad characters become <see cref="TokenKind.Bad"/> tokens.</summary>
    internal static class QueryLexer
    {
        public static List<QueryToken> Tokenize(string text, List<QueryDiagnostic> diagnostics, CancellationToken cancellationToken = default)
        {
            var tokens = new List<QueryToken>();
            int i = 0;
            while (true)
            {
                if ((tokens.Count & 1023) == 1023)
                {
                    cancellationToken.ThrowIfCancellationRequested(); // a query may be megabytes long
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= text.Length)
                {
                    tokens.Add(new QueryToken(TokenKind.EndOfInput, new QuerySpan(text.Length, 0), string.Empty, string.Empty));
                    return tokens;
                }

                tokens.Add(Next(text, ref i, diagnostics));
            }
        }

        private static QueryToken Next(string text, ref int i, List<QueryDiagnostic> diagnostics)
        {
            int start = i;
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';

            if (IsIdentifierStart(c))
            {
                i++;
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                return Make(TokenKind.Identifier, text, start, i);
            }

            if (char.IsDigit(c) || (c == '-' && char.IsDigit(next)))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                return Make(TokenKind.Number, text, start, i);
            }

            switch (c)
            {
                case '\'':
                    return LexString(text, ref i, diagnostics);
                case '{':
                    return LexPlaceholder(text, ref i, diagnostics);
                case '(':
                    return Single(TokenKind.OpenParen, text, ref i);
                case ')':
                    return Single(TokenKind.CloseParen, text, ref i);
                case '[':
                    return Single(TokenKind.OpenBracket, text, ref i);
                case ']':
                    return Single(TokenKind.CloseBracket, text, ref i);
                case ':':
                    return Single(TokenKind.Colon, text, ref i);
                case ',':
                    return Single(TokenKind.Comma, text, ref i);
                case '=':
                    i += next == '=' ? 2 : 1; // '==' is accepted as a synonym of '='.
                    return Make(TokenKind.Equals, text, start, i);
                case '^' when next == '=':
                    return Double(TokenKind.StartsWith, text, ref i);
                case '*' when next == '=':
                    return Double(TokenKind.Contains, text, ref i);
                case '$' when next == '=':
                    return Double(TokenKind.EndsWith, text, ref i);
                case '~' when next == '=':
                    return Double(TokenKind.Like, text, ref i);
                case '!' when next == '=':
                    return Double(TokenKind.NotEquals, text, ref i);
                case '!':
                    return Single(TokenKind.Bang, text, ref i);
                case '<' when next == '>':
                    return Double(TokenKind.NotEquals, text, ref i);
                case '<' when next == '=':
                    return Double(TokenKind.LessOrEqual, text, ref i);
                case '<':
                    return Single(TokenKind.LessThan, text, ref i);
                case '>' when next == '=':
                    return Double(TokenKind.GreaterOrEqual, text, ref i);
                case '>':
                    return Single(TokenKind.GreaterThan, text, ref i);
                case '&' when next == '&':
                    return Double(TokenKind.AmpersandAmpersand, text, ref i);
                case '|' when next == '|':
                    return Double(TokenKind.BarBar, text, ref i);
            }

            // One bad character; a surrogate pair counts as one so the span never splits it.
            i += char.IsHighSurrogate(c) && char.IsLowSurrogate(next) ? 2 : 1;
            QueryToken bad = Make(TokenKind.Bad, text, start, i);
            string shown = c == '"' ? "\"" : bad.Text;
            string hint = c == '"' ? " (strings use single quotes: 'text')" : string.Empty;
            diagnostics.Add(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, bad.Span, $"Unexpected character '{Printable(shown)}'{hint}"));
            return bad;
        }

        private static QueryToken LexString(string text, ref int i, List<QueryDiagnostic> diagnostics)
        {
            int start = i;
            var value = new StringBuilder();
            i++; // opening quote
            while (i < text.Length)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                        continue;
                    }

                    i++;
                    return new QueryToken(TokenKind.String, QuerySpan.FromBounds(start, i), text.Substring(start, i - start), value.ToString());
                }

                value.Append(text[i]);
                i++;
            }

            var span = QuerySpan.FromBounds(start, i);
            diagnostics.Add(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, "Unterminated string: add a closing single quote"));
            return new QueryToken(TokenKind.String, span, text.Substring(start), value.ToString());
        }

        private static QueryToken LexPlaceholder(string text, ref int i, List<QueryDiagnostic> diagnostics)
        {
            int start = i;
            i++; // '{'
            int nameStart = i;
            while (i < text.Length && IsIdentifierPart(text[i]))
            {
                i++;
            }

            string name = text.Substring(nameStart, i - nameStart);
            if (i < text.Length && text[i] == '}' && name.Length > 0 && IsIdentifierStart(name[0]))
            {
                i++;
                return new QueryToken(TokenKind.Placeholder, QuerySpan.FromBounds(start, i), text.Substring(start, i - start), name);
            }

            var span = QuerySpan.FromBounds(start, i);
            diagnostics.Add(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, "A placeholder is a parameter name in braces, such as {name}"));
            return new QueryToken(TokenKind.Bad, span, text.Substring(start, i - start), name);
        }

        private static QueryToken Single(TokenKind kind, string text, ref int i)
        {
            i++;
            return Make(kind, text, i - 1, i);
        }

        private static QueryToken Double(TokenKind kind, string text, ref int i)
        {
            i += 2;
            return Make(kind, text, i - 2, i);
        }

        private static QueryToken Make(TokenKind kind, string text, int start, int end)
        {
            string s = text.Substring(start, end - start);
            return new QueryToken(kind, QuerySpan.FromBounds(start, end), s, s);
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.';

        /// <summary>Shows control characters as escapes so messages stay on one line.</summary>
        internal static string Printable(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                if (char.IsControl(c) || char.IsSurrogate(c) && s.Length == 1)
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }
    }
}
