using System.Collections.Generic;
using System.Text;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Maps a span of the query text to the C# source characters that spell it inside a string literal, so a
    /// diagnostic underlines exactly the bad token: regular literals (with escapes), verbatim and raw
    /// literals. Anything else (a const, a concatenation, an interpolation) falls back to the whole expression.
    /// </summary>
    internal sealed class QueryLiteralLocator
    {
        private readonly SyntaxTree? _tree;
        private readonly Location _fallback;
        private readonly SyntaxToken _literal;

        // _offsets[i] is the source position of value character i; _offsets[value.Length] is where the closing quote starts.
        // Mapped on the first diagnostic: most queries have none, and the map is as long as the query.
        private int[]? _offsets;
        private bool _mapped;

        private QueryLiteralLocator(SyntaxTree? tree, Location fallback, SyntaxToken literal)
        {
            _tree = tree;
            _fallback = fallback;
            _literal = literal;
            _mapped = tree is null;
        }

        public static QueryLiteralLocator Create(ExpressionSyntax? expression, Location fallback)
        {
            if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return new QueryLiteralLocator(literal.SyntaxTree, literal.GetLocation(), literal.Token);
            }

            return new QueryLiteralLocator(null, expression?.GetLocation() ?? fallback, default);
        }

        public Location GetLocation(QuerySpan span)
        {
            EnsureMapped();
            if (_offsets is null || _tree is null || span.Start < 0 || span.End >= _offsets.Length)
            {
                return _fallback;
            }

            if (span.Length > 0)
            {
                return Location.Create(_tree, TextSpan.FromBounds(_offsets[span.Start], _offsets[span.End]));
            }

            // An empty span (a token expected where there is none) would underline nothing: take the character at it,
            // the closing quote at the end of the text, or the whole literal when the text is empty.
            int last = _offsets.Length - 1;
            if (last == 0)
            {
                return _fallback;
            }

            int start = _offsets[span.Start];
            return Location.Create(_tree, new TextSpan(start, span.Start < last ? _offsets[span.Start + 1] - start : 1));
        }

        /// <summary>
        /// The position in the query text of the caret at <paramref name="sourcePosition"/>; null outside the literal's
        /// content, inside an escape sequence or a raw string's indentation, or when the literal cannot be mapped.
        /// </summary>
        public int? QueryPosition(int sourcePosition)
        {
            EnsureMapped();
            if (_offsets is null)
            {
                return null;
            }

            int index = System.Array.BinarySearch(_offsets, sourcePosition);
            if (index >= 0)
            {
                while (index > 0 && _offsets[index - 1] == sourcePosition)
                {
                    index--; // the two halves of a surrogate pair spelled by one escape start at the same place
                }

                return index;
            }

            int last = _offsets.Length - 1;
            return last > 0 && sourcePosition == EndOfLastCharacter() ? last : null;
        }

        /// <summary>The source characters that spell <paramref name="span"/> of the query, or null when the literal cannot be mapped.</summary>
        public TextSpan? SourceSpan(QuerySpan span)
        {
            EnsureMapped();
            if (_offsets is null || span.Start < 0 || span.End >= _offsets.Length)
            {
                return null;
            }

            int last = _offsets.Length - 1;
            int end = span.End == last && last > 0 ? EndOfLastCharacter() : _offsets[span.End];
            return TextSpan.FromBounds(_offsets[span.Start], System.Math.Max(_offsets[span.Start], end));
        }

        /// <summary>
        /// Where the value's last character ends in the source: the closing quote, except in a multi-line raw string,
        /// whose last line break and the closing line's indentation lie between (raw strings spell every character as itself).
        /// </summary>
        private int EndOfLastCharacter()
        {
            int last = _offsets!.Length - 1;
            return _literal.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ? _offsets[last - 1] + 1 : _offsets[last];
        }

        private void EnsureMapped()
        {
            if (!_mapped)
            {
                _offsets = Map(_literal);
                _mapped = true;
            }
        }

        /// <summary>The source position of each value character, or null where decoding does not reproduce the value.</summary>
        private static int[]? Map(SyntaxToken token)
        {
            string text = token.Text;
            int basePosition = token.SpanStart;
            var offsets = new List<int>(text.Length);
            var value = new StringBuilder(text.Length);
            bool ok = token.Kind() switch
            {
                SyntaxKind.StringLiteralToken when text.StartsWith("@", System.StringComparison.Ordinal) => MapVerbatim(text, offsets, value),
                SyntaxKind.StringLiteralToken => MapRegular(text, offsets, value),
                SyntaxKind.SingleLineRawStringLiteralToken => MapSingleLineRaw(text, offsets, value),
                SyntaxKind.MultiLineRawStringLiteralToken => MapMultiLineRaw(text, offsets, value),
                _ => false,
            };

            if (!ok || value.ToString() != token.ValueText)
            {
                return null;
            }

            var result = new int[offsets.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = basePosition + offsets[i];
            }

            return result;
        }

        private static bool MapRegular(string text, List<int> offsets, StringBuilder value)
        {
            int end = text.Length - 1; // closing quote
            int i = 1;
            while (i < end)
            {
                int start = i;
                if (text[i] != '\\')
                {
                    Add(offsets, value, start, text[i]);
                    i++;
                    continue;
                }

                if (i + 1 >= end)
                {
                    return false;
                }

                char kind = text[i + 1];
                i += 2;
                switch (kind)
                {
                    case '\'': Add(offsets, value, start, '\''); break;
                    case '"': Add(offsets, value, start, '"'); break;
                    case '\\': Add(offsets, value, start, '\\'); break;
                    case '0': Add(offsets, value, start, '\0'); break;
                    case 'a': Add(offsets, value, start, '\a'); break;
                    case 'b': Add(offsets, value, start, '\b'); break;
                    case 'e': Add(offsets, value, start, '\u001b'); break;
                    case 'f': Add(offsets, value, start, '\f'); break;
                    case 'n': Add(offsets, value, start, '\n'); break;
                    case 'r': Add(offsets, value, start, '\r'); break;
                    case 't': Add(offsets, value, start, '\t'); break;
                    case 'v': Add(offsets, value, start, '\v'); break;
                    case 'x':
                    case 'u':
                    case 'U':
                    {
                        int maxDigits = kind == 'U' ? 8 : 4;
                        int digits = 0, code = 0;
                        while (digits < maxDigits && i < end && Hex(text[i]) is int h)
                        {
                            code = (code * 16) + h;
                            digits++;
                            i++;
                        }

                        if (digits == 0 || (kind != 'x' && digits != maxDigits) || code > 0x10FFFF)
                        {
                            return false;
                        }

                        if (code > 0xFFFF)
                        {
                            string pair = char.ConvertFromUtf32(code);
                            Add(offsets, value, start, pair[0]);
                            Add(offsets, value, start, pair[1]);
                        }
                        else
                        {
                            Add(offsets, value, start, (char)code);
                        }

                        break;
                    }

                    default:
                        return false;
                }
            }

            offsets.Add(end);
            return true;
        }

        private static bool MapVerbatim(string text, List<int> offsets, StringBuilder value)
        {
            int end = text.Length - 1;
            for (int i = 2; i < end; i++)
            {
                Add(offsets, value, i, text[i]);
                if (text[i] == '"')
                {
                    i++; // "" stands for one quote
                }
            }

            offsets.Add(end);
            return true;
        }

        private static bool MapSingleLineRaw(string text, List<int> offsets, StringBuilder value)
        {
            int quotes = CountQuotes(text);
            int end = text.Length - quotes;
            for (int i = quotes; i < end; i++)
            {
                Add(offsets, value, i, text[i]);
            }

            offsets.Add(end);
            return end >= quotes;
        }

        /// <summary>Content lines lose the closing line's indentation; the first and last line breaks are not part of the value.</summary>
        private static bool MapMultiLineRaw(string text, List<int> offsets, StringBuilder value)
        {
            int quotes = CountQuotes(text);
            int closing = text.Length - quotes;
            int lastLineStart = text.LastIndexOf('\n', closing - 1) + 1;
            int indentation = closing - lastLineStart;
            int firstLineEnd = text.IndexOf('\n', quotes);
            if (firstLineEnd < 0 || lastLineStart <= firstLineEnd)
            {
                return false;
            }

            int lineStart = firstLineEnd + 1;
            bool firstContentLine = true;
            while (lineStart < lastLineStart)
            {
                int lineEnd = text.IndexOf('\n', lineStart); // index of '\n' ending this line
                int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (!firstContentLine)
                {
                    // The previous line's break belongs to the value.
                    int previousBreak = text[lineStart - 2] == '\r' ? lineStart - 2 : lineStart - 1;
                    for (int b = previousBreak; b < lineStart; b++)
                    {
                        Add(offsets, value, b, text[b]);
                    }
                }

                firstContentLine = false;
                int contentStart = System.Math.Min(lineStart + indentation, contentEnd);
                for (int i = contentStart; i < contentEnd; i++)
                {
                    Add(offsets, value, i, text[i]);
                }

                lineStart = lineEnd + 1;
            }

            offsets.Add(closing);
            return true;
        }

        private static int CountQuotes(string text)
        {
            int n = 0;
            while (n < text.Length && text[n] == '"')
            {
                n++;
            }

            return n;
        }

        private static void Add(List<int> offsets, StringBuilder value, int offset, char c)
        {
            offsets.Add(offset);
            value.Append(c);
        }

        private static int? Hex(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => null,
        };
    }
}
