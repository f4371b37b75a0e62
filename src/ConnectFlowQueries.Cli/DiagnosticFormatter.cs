using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ConnectFlowQueries.Cli
{
    /// <summary>
    /// Writes diagnostics as the C# compiler does (<c>query(1,6): error CFQ002: ...</c>), each followed by the part of
    /// its line around the span and a caret line under it. The part is at most <see cref="WindowWidth"/> characters,
    /// with … where the line is cut, so a diagnostic's output is bounded however long its line is.
    /// </summary>
    internal sealed class DiagnosticFormatter
    {
        public const string FileName = "query";

        /// <summary>The most characters of a line shown under a diagnostic.</summary>
        public const int WindowWidth = 100;

        /// <summary>How many characters before the span a cut line keeps, so the span is seen in its context.</summary>
        private const int ContextBefore = 40;

        private const string Indent = "    ";
        private const char Ellipsis = '…';

        private readonly string _text;
        private readonly List<int> _lineStarts = new() { 0 };

        /// <summary>Finds the lines once, so each diagnostic costs the same however many there are.</summary>
        public DiagnosticFormatter(string text)
        {
            _text = text;
            for (int i = 0; i < text.Length; i++)
            {
                // \r\n, \n and \r each end a line, as the compiler counts them.
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public void Write(TextWriter writer, FlowQueryDiagnostic diagnostic)
        {
            int start = Math.Min(diagnostic.Start, _text.Length);
            int line = LineIndex(start);
            int lineStart = _lineStarts[line];
            int lineEnd = LineEnd(line);
            string severity = diagnostic.Severity == FlowQueryDiagnosticSeverity.Error ? "error" : "warning";
            writer.WriteLine($"{FileName}({line + 1},{start - lineStart + 1}): {severity} {diagnostic.Id}: {diagnostic.Message}");

            (int first, int last) = Window(lineStart, lineEnd, start);
            int spanEnd = Math.Min(start + Math.Max(diagnostic.Length, 0), last);
            var source = new StringBuilder(Indent);
            var caret = new StringBuilder(Indent);
            if (first > lineStart)
            {
                source.Append(Ellipsis);
                caret.Append(' ');
            }

            source.Append(_text, first, last - first);
            if (last < lineEnd)
            {
                source.Append(Ellipsis);
            }

            for (int i = first; i < start; i++)
            {
                caret.Append(_text[i] == '\t' ? '\t' : ' '); // tabs stay tabs, so the caret lines up however they render
            }

            caret.Append('^', Math.Max(1, spanEnd - start));
            writer.WriteLine(source.ToString());
            writer.WriteLine(caret.ToString());
        }

        /// <summary>
        /// The part of the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) to show: the whole line when
        /// it fits, else <see cref="WindowWidth"/> characters from <see cref="ContextBefore"/> before the span (fewer
        /// at the line's ends), never splitting a surrogate pair.
        /// </summary>
        private (int First, int Last) Window(int lineStart, int lineEnd, int spanStart)
        {
            int first = Math.Max(lineStart, spanStart - ContextBefore);
            int last = Math.Min(lineEnd, first + WindowWidth);
            first = Math.Max(lineStart, Math.Min(first, last - WindowWidth));
            if (first > lineStart && char.IsLowSurrogate(_text[first]))
            {
                first++;
            }

            if (last < lineEnd && last > spanStart && char.IsHighSurrogate(_text[last - 1]))
            {
                last--;
            }

            return (first, last);
        }

        /// <summary>The 0-based line that holds <paramref name="position"/>.</summary>
        private int LineIndex(int position)
        {
            int index = _lineStarts.BinarySearch(position);
            return index >= 0 ? index : ~index - 1;
        }

        /// <summary>Where the line's text ends: at its line break, or at the end of the text for the last line.</summary>
        private int LineEnd(int line)
        {
            if (line + 1 >= _lineStarts.Count)
            {
                return _text.Length;
            }

            int end = _lineStarts[line + 1] - 1;
            return end > 0 && _text[end] == '\n' && _text[end - 1] == '\r' ? end - 1 : end;
        }
    }
}
