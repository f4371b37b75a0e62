using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>A diagnostic a scenario expects: the file, the 1-based line and column where it starts, and its id.</summary>
    internal sealed record ExpectedDiagnostic(string File, int Line, int Column, string Id)
    {
        public override string ToString() => $"{File}({Line},{Column}): {Id}";
    }

    /// <summary>
    /// Source text whose markers, such as <c>/*!CFQ010*/</c> written immediately before the character where a
    /// diagnostic must start, are removed and remembered as <see cref="ExpectedDiagnostic"/>s.
    /// </summary>
    internal sealed class MarkedSource
    {
        private static readonly Regex Marker = new(@"/\*!(?<id>[A-Z]+[0-9]+)\*/", RegexOptions.CultureInvariant);

        private MarkedSource(string text, IReadOnlyList<ExpectedDiagnostic> expected)
        {
            Text = text;
            Expected = expected;
        }

        /// <summary>The text without its markers, as it is written to disk.</summary>
        public string Text { get; }

        public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

        public static MarkedSource Parse(string file, string markedText)
        {
            var text = new StringBuilder(markedText.Length);
            var expected = new List<ExpectedDiagnostic>();
            int line = 1;
            int lineStart = 0;
            int copied = 0;
            foreach (Match marker in Marker.Matches(markedText))
            {
                for (int i = copied; i < marker.Index; i++)
                {
                    text.Append(markedText[i]);
                    if (markedText[i] == '\n')
                    {
                        line++;
                        lineStart = text.Length;
                    }
                }

                // The compiler counts columns in UTF-16 characters from 1, a tab being one character.
                expected.Add(new ExpectedDiagnostic(file, line, text.Length - lineStart + 1, marker.Groups["id"].Value));
                copied = marker.Index + marker.Length;
            }

            text.Append(markedText, copied, markedText.Length - copied);
            return new MarkedSource(text.ToString(), expected);
        }
    }
}
