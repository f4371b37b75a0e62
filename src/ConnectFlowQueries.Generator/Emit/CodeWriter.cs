using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Writes C# source into a builder from <see cref="StringBuilderCache"/>: a line starts with the current indentation
    /// (four spaces a level) when its first piece is appended, <see cref="Open"/> and <see cref="Close"/> write a brace
    /// and indent or outdent, and lines end with '\n' on every platform. Both emitters write through it, so every
    /// generated file is laid out one way.
    /// </summary>
    /// <remarks>
    /// Pieces go straight into the builder (literals and numbers too, where the text allows), so a file's text is
    /// the only string the writer makes. Take the text with <see cref="ToString"/>, then <see cref="Release"/> once.
    /// </remarks>
    internal sealed class CodeWriter
    {
        private const int IndentSize = 4;

        private readonly StringBuilder _sb;
        private int _depth;
        private bool _lineStarted;

        private CodeWriter(StringBuilder sb)
        {
            _sb = sb;
        }

        public static CodeWriter Acquire(int capacity = 128) => new CodeWriter(StringBuilderCache.Acquire(capacity));

        /// <summary>A name as C# source: keywords (and <c>await</c>, which async bodies reserve) need '@'.</summary>
        public static string Identifier(string name) => NeedsAt(name) ? "@" + name : name;

        public CodeWriter Append(string text)
        {
            StartLine().Append(text);
            return this;
        }

        public CodeWriter Append(string text, int start, int count)
        {
            StartLine().Append(text, start, count);
            return this;
        }

        public CodeWriter Append(char c)
        {
            StartLine().Append(c);
            return this;
        }

        public CodeWriter Append(int value)
        {
            // The builder formats a non-negative number without a string of its own, and as the invariant culture does.
            if (value >= 0)
            {
                StartLine().Append(value);
            }
            else
            {
                StartLine().Append(value.ToString(CultureInfo.InvariantCulture));
            }

            return this;
        }

        /// <summary><see cref="Identifier"/> of <paramref name="name"/>, appended.</summary>
        public CodeWriter AppendIdentifier(string name)
        {
            if (NeedsAt(name))
            {
                Append('@');
            }

            return Append(name);
        }

        /// <summary>
        /// <paramref name="value"/> as a quoted, escaped C# string literal, exactly as Roslyn's
        /// <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> spells it.
        /// </summary>
        public CodeWriter AppendLiteral(string value)
        {
            foreach (char c in value)
            {
                // Beyond printable ASCII, and for '"' and '\', Roslyn decides the escape.
                if (c < ' ' || c > '~' || c == '"' || c == '\\')
                {
                    return Append(SymbolDisplay.FormatLiteral(value, quote: true));
                }
            }

            return Append('"').Append(value).Append('"');
        }

        public CodeWriter NewLine()
        {
            _sb.Append('\n');
            _lineStarted = false;
            return this;
        }

        public CodeWriter Line(string text) => Append(text).NewLine();

        /// <summary>A line with "{", then one level deeper.</summary>
        public CodeWriter Open()
        {
            Line("{");
            return Indent();
        }

        /// <summary>One level out, then a line with <paramref name="text"/> ("}", "},").</summary>
        public CodeWriter Close(string text = "}") => Outdent().Line(text);

        /// <summary>Closes every open level.</summary>
        public void CloseAll()
        {
            while (_depth > 0)
            {
                Close();
            }
        }

        public CodeWriter Indent()
        {
            _depth++;
            return this;
        }

        public CodeWriter Outdent()
        {
            _depth--;
            return this;
        }

        /// <summary>Where the text stands now, to <see cref="Rewind"/> to.</summary>
        public Bookmark Mark() => new Bookmark(_sb.Length, _depth, _lineStarted);

        /// <summary>Drops what was written since <paramref name="mark"/>, indentation included.</summary>
        public void Rewind(Bookmark mark)
        {
            _sb.Length = mark.Length;
            _depth = mark.Depth;
            _lineStarted = mark.LineStarted;
        }

        public override string ToString() => _sb.ToString();

        /// <summary>Hands the builder back for the next writer; this writer is not used after.</summary>
        public void Release() => StringBuilderCache.Release(_sb);

        public string ToStringAndRelease()
        {
            string text = ToString();
            Release();
            return text;
        }

        private static bool NeedsAt(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.AwaitKeyword;

        private StringBuilder StartLine()
        {
            if (!_lineStarted)
            {
                _sb.Append(' ', _depth * IndentSize);
                _lineStarted = true;
            }

            return _sb;
        }

        /// <summary>The text's length, the indentation and whether the line has begun, at a <see cref="Mark"/>.</summary>
        internal readonly record struct Bookmark(int Length, int Depth, bool LineStarted);
    }
}
