using System.Collections.Generic;
using System.Threading;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>The first problem in a text that is not JSON: where (an offset into the text) and what.</summary>
    internal readonly struct JsonError
    {
        public JsonError(int offset, string message)
        {
            Offset = offset;
            Message = message;
        }

        /// <summary>The offset of the first character that cannot be part of valid JSON; the text's length when it ends too early.</summary>
        public int Offset { get; }

        public string Message { get; }
    }

    /// <summary>
    /// A strict RFC 8259 checker: one value, no comments, no trailing commas, no single quotes, no control characters
    /// in strings. Iterative, with an explicit stack, so deeply nested input cannot overflow the compiler's stack.
    /// It only validates; the content is never turned into objects.
    /// </summary>
    internal static class JsonValidator
    {
        private enum Container
        {
            Object,
            Array,
        }

        /// <summary>Null when <paramref name="text"/> is one valid JSON value (with optional whitespace around it).</summary>
        public static JsonError? FindFirstError(string text, CancellationToken cancellationToken = default)
        {
            var containers = new Stack<Container>();
            int i = SkipWhitespace(text, 0);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested(); // once per value: content can be megabytes of constants

                // Here a value must start.
                if (i >= text.Length)
                {
                    return new JsonError(i, "expected a value");
                }

                char c = text[i];
                if (c == '{' || c == '[')
                {
                    Container container = c == '{' ? Container.Object : Container.Array;
                    i = SkipWhitespace(text, i + 1);
                    char close = container == Container.Object ? '}' : ']';
                    if (i < text.Length && text[i] == close)
                    {
                        i++; // an empty object or array is a complete value
                    }
                    else
                    {
                        containers.Push(container);
                        if (container == Container.Object && ReadKey(text, ref i) is JsonError keyError)
                        {
                            return keyError;
                        }

                        continue;
                    }
                }
                else if (ReadScalar(text, ref i) is JsonError scalarError)
                {
                    return scalarError;
                }

                // A value ended: close containers, or go on to the next member or element.
                while (true)
                {
                    i = SkipWhitespace(text, i);
                    if (containers.Count == 0)
                    {
                        return i == text.Length ? null : new JsonError(i, "unexpected text after the JSON value");
                    }

                    Container top = containers.Peek();
                    char close = top == Container.Object ? '}' : ']';
                    if (i < text.Length && text[i] == close)
                    {
                        containers.Pop();
                        i++;
                        continue;
                    }

                    if (i < text.Length && text[i] == ',')
                    {
                        i = SkipWhitespace(text, i + 1);
                        if (top == Container.Object && ReadKey(text, ref i) is JsonError keyError)
                        {
                            return keyError;
                        }

                        break;
                    }

                    return new JsonError(i, top == Container.Object ? "expected ',' or '}'" : "expected ',' or ']'");
                }

                i = SkipWhitespace(text, i);
            }
        }

        /// <summary>Reads <c>"key" :</c> and the whitespace after it.</summary>
        private static JsonError? ReadKey(string text, ref int i)
        {
            if (i >= text.Length || text[i] != '"')
            {
                return new JsonError(i, "expected a property name in double quotes");
            }

            if (ReadString(text, ref i) is JsonError error)
            {
                return error;
            }

            i = SkipWhitespace(text, i);
            if (i >= text.Length || text[i] != ':')
            {
                return new JsonError(i, "expected ':'");
            }

            i = SkipWhitespace(text, i + 1);
            return null;
        }

        private static JsonError? ReadScalar(string text, ref int i)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    return ReadString(text, ref i);
                case 't':
                    return ReadWord(text, ref i, "true");
                case 'f':
                    return ReadWord(text, ref i, "false");
                case 'n':
                    return ReadWord(text, ref i, "null");
                default:
                    return c == '-' || (c >= '0' && c <= '9') ? ReadNumber(text, ref i) : new JsonError(i, "expected a value");
            }
        }

        private static JsonError? ReadWord(string text, ref int i, string word)
        {
            for (int k = 0; k < word.Length; k++, i++)
            {
                if (i >= text.Length || text[i] != word[k])
                {
                    return new JsonError(i, "expected '" + word + "'");
                }
            }

            return null;
        }

        private static JsonError? ReadString(string text, ref int i)
        {
            i++; // opening quote
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '"')
                {
                    i++;
                    return null;
                }

                if (c < ' ')
                {
                    return new JsonError(i, "control character in a string (write it as an escape such as \\n)");
                }

                if (c != '\\')
                {
                    i++;
                    continue;
                }

                if (i + 1 >= text.Length)
                {
                    return new JsonError(text.Length, "unterminated string");
                }

                char escape = text[i + 1];
                if (escape == 'u')
                {
                    for (int k = 2; k < 6; k++)
                    {
                        if (i + k >= text.Length || !IsHexDigit(text[i + k]))
                        {
                            return new JsonError(System.Math.Min(i + k, text.Length), "expected four hex digits after \\u");
                        }
                    }

                    i += 6;
                }
                else if ("\"\\/bfnrt".IndexOf(escape) >= 0)
                {
                    i += 2;
                }
                else
                {
                    return new JsonError(i + 1, "invalid escape sequence");
                }
            }

            return new JsonError(text.Length, "unterminated string");
        }

        /// <summary><c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c></summary>
        private static JsonError? ReadNumber(string text, ref int i)
        {
            if (text[i] == '-')
            {
                i++;
            }

            if (i < text.Length && text[i] == '0')
            {
                i++;
            }
            else if (!ReadDigits(text, ref i))
            {
                return new JsonError(i, "expected a digit");
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (!ReadDigits(text, ref i))
                {
                    return new JsonError(i, "expected a digit after '.'");
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                if (!ReadDigits(text, ref i))
                {
                    return new JsonError(i, "expected a digit in the exponent");
                }
            }

            return null;
        }

        private static bool ReadDigits(string text, ref int i)
        {
            int start = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            return i > start;
        }

        private static int SkipWhitespace(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            {
                i++;
            }

            return i;
        }

        private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
