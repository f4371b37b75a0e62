using System.Linq;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>The writer both emitters write through: indentation, literals, and going back to a mark.</summary>
    public class CodeWriterTests
    {
        [Fact]
        public void LinesStartWithTheIndentationOfTheirBlockAndBlankLinesStayEmpty()
        {
            CodeWriter writer = CodeWriter.Acquire();
            writer.Append("class C").NewLine().Open().Line("int a;").NewLine().Append("void M()").NewLine().Open().Append("return").Line(";").Close().Close();

            Assert.Equal("class C\n{\n    int a;\n\n    void M()\n    {\n        return;\n    }\n}\n", writer.ToStringAndRelease());
        }

        [Fact]
        public void RewindDropsTheTextAndTheIndentationWrittenSinceTheMark()
        {
            CodeWriter writer = CodeWriter.Acquire();
            writer.Line("namespace N").Open();
            CodeWriter.Bookmark mark = writer.Mark();
            writer.Line("class Half").Open().Append("int ");
            writer.Rewind(mark);
            writer.Line("class Whole").CloseAll();

            Assert.Equal("namespace N\n{\n    class Whole\n}\n", writer.ToStringAndRelease());
        }

        [Theory]
        [InlineData("plain text, 'quoted' {braces} ~")]
        [InlineData("quote \" backslash \\ tab\t newline\n nul\0 bell\u0007 del\u007f")]
        [InlineData("line\u2028 nbsp\u00a0 é emoji \U0001F600 lone \ud800 end")]
        [InlineData("")]
        public void LiteralsAreSpelledAsRoslynSpellsThem(string value)
        {
            Assert.Equal(SymbolDisplay.FormatLiteral(value, quote: true), CodeWriter.Acquire().AppendLiteral(value).ToStringAndRelease());
        }

        [Fact]
        public void EveryAsciiCharacterIsEscapedAsRoslynEscapesIt()
        {
            string all = new string(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());
            foreach (char c in all)
            {
                Assert.Equal(SymbolDisplay.FormatLiteral("a" + c, quote: true), CodeWriter.Acquire().AppendLiteral("a" + c).ToStringAndRelease());
            }
        }

        [Fact]
        public void KeywordsAreEscaped()
        {
            foreach ((string name, string expected) in new[] { ("value", "value"), ("class", "@class"), ("await", "@await"), ("async", "async") })
            {
                Assert.Equal(expected, CodeWriter.Identifier(name));
                Assert.Equal(expected, CodeWriter.Acquire().AppendIdentifier(name).ToStringAndRelease());
            }
        }

        [Fact]
        public void NumbersAreWrittenInvariantly()
        {
            Assert.Equal("0 100 -7", CodeWriter.Acquire().Append(0).Append(' ').Append(100).Append(' ').Append(-7).ToStringAndRelease());
        }
    }
}
