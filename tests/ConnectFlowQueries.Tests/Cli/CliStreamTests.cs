using System;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace ConnectFlowQueries.Tests.Cli
{
    /// <summary>
    /// flowquery's input and output as bytes: stdin's byte-order mark and invalid UTF-8, output bounded however long
    /// a line is, and an end to writing once the reader has closed the pipe.
    /// </summary>
    public class CliStreamTests
    {
        private const int WindowWidth = 100;

        /// <summary>The indent, an ellipsis, the window and an ellipsis.</summary>
        private const int MaxShownLineLength = 4 + 1 + WindowWidth + 1;

        /// <summary>One 64,000-character line with 4,001 diagnostics: a CFQ005 for each '!=' and a CFQ001 at the end.</summary>
        private static readonly string LongLine = string.Concat(Enumerable.Repeat("name != 'x' and ", 4000));

        private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        private readonly ITestOutputHelper _output;

        public CliStreamTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void ALeadingByteOrderMarkOnStdinIsSkipped()
        {
            const string Query = "name = 'ünïcode'";
            byte[] stdin = ByteOrderMark.Concat(Encoding.UTF8.GetBytes(Query)).ToArray();

            CliRun check = CliProcess.Run(new[] { "check", "-" }, stdin);
            Assert.Equal((0, "OK: the query is valid for contact flows\n", string.Empty), (check.ExitCode, check.Stdout, check.Stderr));

            CliRun json = CliProcess.Run(new[] { "json", "--instance-id", "i", "-" }, stdin);
            Assert.Equal((0, string.Empty), (json.ExitCode, json.Stderr));
            Assert.Equal(FlowQuery.Parse(Query, FlowQueryTarget.Flows).Query!.ToSearchRequestJson("i"), json.Stdout);
        }

        [Fact]
        public void AByteOrderMarkAnywhereElseIsPartOfTheQuery()
        {
            CliRun run = CliProcess.Run(new[] { "check", "-" }, "name = 'a'\uFEFF");

            Assert.Equal(1, run.ExitCode);
            Assert.StartsWith("query(1,11): error CFQ001: ", run.Stdout);
        }

        [Theory]
        [InlineData("name = '", new byte[] { 0xFF }, "'", 8)] // a byte UTF-8 never uses
        [InlineData("name = 'caf", new byte[] { 0xC3 }, "", 11)] // a sequence cut short at the end
        [InlineData("name = 'caf", new byte[] { 0xE2, 0x82 }, "x'", 11)] // a sequence cut short by an ASCII character
        [InlineData("name = '", new byte[] { 0xC0, 0x80 }, "'", 8)] // an overlong encoding of U+0000
        [InlineData("name = '", new byte[] { 0xED, 0xA0, 0x80 }, "'", 8)] // a UTF-16 surrogate encoded as UTF-8
        [InlineData("", new byte[] { 0x80 }, "name = 'x'", 0)] // a continuation byte first
        public void InvalidUtf8OnStdinIsAnErrorNamingTheOffsetOfTheFirstBadByte(string before, byte[] invalid, string after, int offset)
        {
            byte[] stdin = Encoding.UTF8.GetBytes(before).Concat(invalid).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

            foreach (string[] args in new[] { new[] { "check", "-" }, new[] { "json", "--instance-id", "i", "-" } })
            {
                CliRun run = CliProcess.Run(args, stdin);

                Assert.Equal((1, string.Empty), (run.ExitCode, run.Stdout));
                Assert.Equal(InvalidUtf8Message(invalid[0], offset), run.Stderr);
            }
        }

        [Fact]
        public void TheOffsetOfInvalidUtf8CountsTheByteOrderMarkAndHoldsFarIntoALargeInput()
        {
            // Multi-byte characters before the bad byte, so a character count would differ from the byte offset.
            byte[] prefix = Encoding.UTF8.GetBytes("name = '" + new string('é', 60_000));
            byte[] stdin = ByteOrderMark.Concat(prefix).Concat(new byte[] { 0xFE, (byte)'\'' }).ToArray();

            CliRun run = CliProcess.Run(new[] { "check", "-" }, stdin);

            Assert.Equal((1, string.Empty), (run.ExitCode, run.Stdout));
            Assert.Equal(InvalidUtf8Message(0xFE, ByteOrderMark.Length + prefix.Length), run.Stderr);
        }

        [Fact]
        public void ALongLineIsShownAsAWindowAroundTheSpan()
        {
            string query = "description = '" + new string('a', 150) + "' and nmae = 'b' and description = '" + new string('z', 150) + "'";
            int start = query.IndexOf("nmae", StringComparison.Ordinal);

            CliRun run = CliProcess.Run("check", query);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                $"query(1,{start + 1}): error CFQ002: 'nmae' is not a field of contact flows: did you mean 'name'?\n" +
                "    …" + query.Substring(start - 40, WindowWidth) + "…\n" +
                "     " + new string(' ', 40) + "^^^^\n",
                run.Stdout);
        }

        [Fact]
        public void AWindowAtEitherEndOfALongLineIsCutOnlyOnTheOtherSide()
        {
            string padding = new string('a', 200);
            CliRun atStart = CliProcess.Run("check", $"nmae = '{padding}'");
            string[] startLines = atStart.Stdout.Split('\n');
            Assert.Equal("    " + $"nmae = '{padding}'".Substring(0, WindowWidth) + "…", startLines[1]);
            Assert.Equal("    ^^^^", startLines[2]);

            string atEndQuery = $"name = '{padding}' and nmae = 'b'";
            CliRun atEnd = CliProcess.Run("check", atEndQuery);
            string[] endLines = atEnd.Stdout.Split('\n');
            int windowStart = atEndQuery.Length - WindowWidth;
            Assert.Equal("    …" + atEndQuery.Substring(windowStart), endLines[1]);
            Assert.Equal("     " + new string(' ', atEndQuery.IndexOf("nmae", StringComparison.Ordinal) - windowStart) + "^^^^", endLines[2]);
        }

        [Fact]
        public void ASpanLongerThanTheWindowIsUnderlinedToTheWindowsEnd()
        {
            string field = new string('x', 300);

            CliRun run = CliProcess.Run("check", $"{field} = 'a'");

            string[] lines = run.Stdout.Split('\n');
            Assert.Equal("    " + field.Substring(0, WindowWidth) + "…", lines[1]);
            Assert.Equal("    " + new string('^', WindowWidth), lines[2]);
        }

        [Fact]
        public void DiagnosticsOnA64KbLineWriteBoundedOutputQuickly()
        {
            CliRun run = CliProcess.Run(new[] { "check", "-" }, LongLine);

            string[] lines = run.Stdout.TrimEnd('\n').Split('\n');
            int diagnostics = lines.Count(l => l.StartsWith("query(", StringComparison.Ordinal));
            int bytes = Encoding.UTF8.GetByteCount(run.Stdout);
            _output.WriteLine($"{diagnostics} diagnostics, {bytes:N0} bytes of stdout in {run.Elapsed.TotalMilliseconds:N0} ms");

            Assert.Equal((1, string.Empty), (run.ExitCode, run.Stderr));
            Assert.Equal(3 * diagnostics, lines.Length);
            Assert.All(lines.Where(l => !l.StartsWith("query(", StringComparison.Ordinal)), l => Assert.InRange(l.Length, 1, MaxShownLineLength));
            Assert.InRange(bytes, 1, 2_000_000); // 384,791,416 bytes when each diagnostic printed the whole line
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(30), $"took {run.Elapsed}");
        }

        [Fact]
        public void TheToolStopsWritingQuietlyWhenItsReaderClosesThePipe()
        {
            // A query's diagnostics are capped (at most 101, each a bounded window), so what outgrows a pipe's buffer is
            // the request of a long valid query: 20,000 conditions make megabytes of JSON.
            string query = string.Join(" or ", Enumerable.Range(0, 20_000).Select(i => $"name = 'flow {i}'"));

            (int exitCode, TimeSpan elapsed, string other) = CliProcess.RunClosingEarly(new[] { "json", "--instance-id", "i", "-" }, Encoding.UTF8.GetBytes(query), closeStdout: true, bytesRead: 10);
            _output.WriteLine($"exited {exitCode} after {elapsed.TotalMilliseconds:N0} ms");

            Assert.Equal(141, exitCode);
            Assert.Equal(string.Empty, other);
        }

        private static string InvalidUtf8Message(byte value, int offset) =>
            $"flowquery: stdin is not valid UTF-8: byte 0x{value:X2} at offset {offset} does not start a valid character; save the query as UTF-8\n";
    }
}
