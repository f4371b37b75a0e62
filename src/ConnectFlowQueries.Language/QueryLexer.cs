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
            var tokens = new List<QueryToken>(text.Length / 5 + 2); // about one token per five characters: rarely grows
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

                string word = Word(text, start, i - start);
                return new QueryToken(TokenKind.Identifier, QuerySpan.FromBounds(start, i), word, word);
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
                case '"' when text.IndexOf('"', i + 1) is int close and > 0:
                    return LexDoubleQuoted(text, ref i, close, diagnostics);
                case '{':
                    return LexPlaceholder(text, ref i, diagnostics);
                case '(':
                    return Punctuation(TokenKind.OpenParen, "(", ref i);
                case ')':
                    return Punctuation(TokenKind.CloseParen, ")", ref i);
                case '[':
                    return Punctuation(TokenKind.OpenBracket, "[", ref i);
                case ']':
                    return Punctuation(TokenKind.CloseBracket, "]", ref i);
                case ':':
                    return Punctuation(TokenKind.Colon, ":", ref i);
                case ',':
                    return Punctuation(TokenKind.Comma, ",", ref i);
                case '=' when next == '=':
                    return Punctuation(TokenKind.Equals, "==", ref i); // '==' is accepted as a synonym of '='.
                case '=':
                    return Punctuation(TokenKind.Equals, "=", ref i);
                case '^' when next == '=':
                    return Punctuation(TokenKind.StartsWith, "^=", ref i);
                case '*' when next == '=':
                    return Punctuation(TokenKind.Contains, "*=", ref i);
                case '$' when next == '=':
                    return Punctuation(TokenKind.EndsWith, "$=", ref i);
                case '~' when next == '=':
                    return Punctuation(TokenKind.Like, "~=", ref i);
                case '!' when next == '=':
                    return Punctuation(TokenKind.NotEquals, "!=", ref i);
                case '!':
                    return Punctuation(TokenKind.Bang, "!", ref i);
                case '<' when next == '>':
                    return Punctuation(TokenKind.NotEquals, "<>", ref i);
                case '<' when next == '=':
                    return Punctuation(TokenKind.LessOrEqual, "<=", ref i);
                case '<':
                    return Punctuation(TokenKind.LessThan, "<", ref i);
                case '>' when next == '=':
                    return Punctuation(TokenKind.GreaterOrEqual, ">=", ref i);
                case '>':
                    return Punctuation(TokenKind.GreaterThan, ">", ref i);
                case '&' when next == '&':
                    return Punctuation(TokenKind.AmpersandAmpersand, "&&", ref i);
                case '|' when next == '|':
                    return Punctuation(TokenKind.BarBar, "||", ref i);
            }

            if (c == '"')
            {
                i++;
                QueryToken quote = Make(TokenKind.Bad, text, start, i);
                diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, quote.Span, "Unexpected character '\"' (strings use single quotes: 'text')"));
                return quote;
            }

            // A run of bad characters is one token and one message: megabytes of them must not cost one of each.
            // A surrogate pair counts as one character, so no span splits it.
            int characters = 0;
            do
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                characters++;
            }
            while (i < text.Length && IsBad(text, i));

            QueryToken bad = Make(TokenKind.Bad, text, start, i);
            diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, bad.Span, characters == 1
                ? $"Unexpected character '{Printable(bad.Text)}'"
                : $"Unexpected characters '{Printable(bad.Text.Length <= 20 ? bad.Text : bad.Text.Substring(0, char.IsHighSurrogate(bad.Text[19]) ? 19 : 20) + "…")}'"));
            return bad;
        }

        /// <summary>
        /// <c>"text"</c>: one diagnostic for the pair, suggesting the single-quoted string, and a string token, so what
        /// follows is read as the user meant it.
        /// </summary>
        /// <summary>Whether the character at <paramref name="i"/> starts no token (and is no space): it joins a run of bad ones.</summary>
        private static bool IsBad(string text, int i)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (char.IsWhiteSpace(c) || IsIdentifierStart(c) || char.IsDigit(c) || (c == '-' && char.IsDigit(next)))
            {
                return false;
            }

            switch (c)
            {
                case '\'': case '"': case '{': case '(': case ')': case '[': case ']': case ':': case ',': case '=': case '!': case '<': case '>':
                    return false;
                case '^': case '*': case '$': case '~':
                    return next != '=';
                case '&':
                    return next != '&';
                case '|':
                    return next != '|';
                default:
                    return true;
            }
        }

        private static QueryToken LexDoubleQuoted(string text, ref int i, int close, List<QueryDiagnostic> diagnostics)
        {
            int start = i;
            i = close + 1;
            string value = text.Substring(start + 1, close - start - 1);
            var span = QuerySpan.FromBounds(start, i);
            string quoted = QueryPrinter.Quote(value);
            diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, $"Strings use single quotes: write {Printable(quoted)}").WithSuggestion(quoted));
            return new QueryToken(TokenKind.String, span, text.Substring(start, i - start), value);
        }

        private static QueryToken LexString(string text, ref int i, List<QueryDiagnostic> diagnostics)
        {
            int start = i;
            int close = text.IndexOf('\'', start + 1);
            if (close >= 0 && (close + 1 == text.Length || text[close + 1] != '\''))
            {
                // No doubled quote inside (the usual case): the value is a plain slice, no builder needed.
                i = close + 1;
                return new QueryToken(TokenKind.String, QuerySpan.FromBounds(start, i), text.Substring(start, i - start), text.Substring(start + 1, close - start - 1));
            }

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
            diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, "Unterminated string: add a closing single quote"));
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
            diagnostics.AddCapped(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, span, "A placeholder is a parameter name in braces, such as {name}"));
            return new QueryToken(TokenKind.Bad, span, text.Substring(start, i - start), name);
        }

        /// <summary>An operator or bracket: its text is the constant, not a new string per occurrence.</summary>
        private static QueryToken Punctuation(TokenKind kind, string text, ref int i)
        {
            i += text.Length;
            return new QueryToken(kind, new QuerySpan(i - text.Length, text.Length), text, text);
        }

        /// <summary>
        /// Keywords, fields and enum values as they are usually written. Every method of a project repeats them, so the
        /// lexer hands out these instances instead of a new string each time; any other word is cut from the text.
        /// </summary>
        private static readonly string[] CommonWords = BuildCommonWords();

        /// <summary>The keywords, then the documented schema's field names and enum values (the flows schema holds the modules' too).</summary>
        private static string[] BuildCommonWords()
        {
            var words = new List<string> { "and", "or", "not", "AND", "OR", "NOT", "tag" };
            foreach (FieldSchema field in QuerySchema.Documented(QueryTarget.Flows).Fields)
            {
                words.Add(field.Name);
                words.AddRange(field.EnumValues);
            }

            return words.ToArray();
        }

        private static string Word(string text, int start, int length)
        {
            foreach (string word in CommonWords)
            {
                if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0)
                {
                    return word;
                }
            }

            return text.Substring(start, length);
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
