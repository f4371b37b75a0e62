using ConnectFlowQueries.Generator.RequestAnalyzers;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>The strict JSON check behind CFQ022: RFC 8259 only, and the offset of the first character that breaks it.</summary>
    public class JsonValidatorTests
    {
        [Theory]
        [InlineData("{}")]
        [InlineData(" [ ] ")]
        [InlineData("\"text\"")]
        [InlineData("0")]
        [InlineData("-0.5e+10")]
        [InlineData("true")]
        [InlineData("null")]
        [InlineData("{\"a\": [1, 2.0, -3E2, \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\"], \"b\": {\"c\": null, \"d\": false}}")]
        [InlineData("\r\n\t{\"Version\":\"2019-10-30\",\"Actions\":[]}\n")]
        public void AcceptsJson(string text) => Assert.Null(JsonValidator.FindFirstError(text));

        [Theory]
        [InlineData("", 0, "expected a value")]
        [InlineData("   ", 3, "expected a value")]
        [InlineData("{", 1, "expected a property name in double quotes")]
        [InlineData("[1,]", 3, "expected a value")]
        [InlineData("{\"a\": 1,}", 8, "expected a property name in double quotes")]
        [InlineData("{'a': 1}", 1, "expected a property name in double quotes")]
        [InlineData("{\"a\" 1}", 5, "expected ':'")]
        [InlineData("[1 2]", 3, "expected ',' or ']'")]
        [InlineData("{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}'")]
        [InlineData("[01]", 2, "expected ',' or ']'")]
        [InlineData("[1.]", 3, "expected a digit after '.'")]
        [InlineData("[1e]", 3, "expected a digit in the exponent")]
        [InlineData("-", 1, "expected a digit")]
        [InlineData("[+1]", 1, "expected a value")]
        [InlineData("nul", 3, "expected 'null'")]
        [InlineData("\"abc", 4, "unterminated string")]
        [InlineData("\"a\\x\"", 3, "invalid escape sequence")]
        [InlineData("\"\\u12G4\"", 5, "expected four hex digits after \\u")]
        [InlineData("\"tab\there\"", 4, "control character in a string (write it as an escape such as \\n)")]
        [InlineData("{} {}", 3, "unexpected text after the JSON value")]
        [InlineData("// comment\n{}", 0, "expected a value")]
        [InlineData("\uFEFF{}", 0, "expected a value")]
        public void FindsTheFirstError(string text, int offset, string message)
        {
            JsonError? error = JsonValidator.FindFirstError(text);
            Assert.NotNull(error);
            Assert.Equal(offset, error.Value.Offset);
            Assert.Equal(message, error.Value.Message);
        }

        [Fact]
        public void DeepNestingNeitherOverflowsNorPasses()
        {
            const int Depth = 1_000_000;
            Assert.Null(JsonValidator.FindFirstError(new string('[', Depth) + new string(']', Depth)));
            Assert.Equal(2 * Depth - 1, JsonValidator.FindFirstError(new string('[', Depth) + new string(']', Depth - 1) + "}")?.Offset);
        }
    }
}
