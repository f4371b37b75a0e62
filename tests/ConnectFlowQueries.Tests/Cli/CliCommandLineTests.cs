using System.Reflection;
using Xunit;

namespace ConnectFlowQueries.Tests.Cli
{
    /// <summary>flowquery's command line: --version, help where an option can stand, values taken as values, and --.</summary>
    public class CliCommandLineTests
    {
        [Fact]
        public void VersionPrintsThePackageVersion()
        {
            // The tool and the library are versioned together (Directory.Build.props); the SDK appends +commit to the
            // informational version, which --version leaves out.
            string version = typeof(FlowQuery).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

            CliRun run = CliProcess.Run("--version");

            Assert.Equal((0, version + "\n", string.Empty), (run.ExitCode, run.Stdout, run.Stderr));
        }

        [Theory]
        [InlineData("--help")]
        [InlineData("-h")]
        [InlineData("help")]
        public void HelpListsTheCommandsAndTheExitCodes(string help)
        {
            CliRun run = CliProcess.Run(help);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
            Assert.Contains("\n  flowquery check [--modules] [--] <query>\n", run.Stdout);
            Assert.Contains("\n  flowquery json --instance-id <id> [--max-results <1-100>] [--next-token <token>] [--modules] [--] <query>\n", run.Stdout);
            Assert.Contains("\n  flowquery --version\n", run.Stdout);
            Assert.Contains(
                """
                Exit codes:
                  0    the query has no errors (warnings are allowed)
                  1    the query has errors, or stdin is not valid UTF-8
                  2    the command line is wrong
                  141  the output was closed before it was all written (such as by head); nothing more is written

                """.Replace("\r\n", "\n"),
                run.Stdout);
        }

        [Fact]
        public void NoArgumentsPrintUsageToStderrAndExitWithTwo()
        {
            CliRun run = CliProcess.Run();

            Assert.Equal((2, string.Empty), (run.ExitCode, run.Stdout));
            Assert.Contains("Usage:", run.Stderr);
        }

        [Theory]
        [InlineData(new[] { "check", "--help" }, "check")]
        [InlineData(new[] { "check", "--modules", "-h" }, "check")]
        [InlineData(new[] { "help", "check" }, "check")]
        [InlineData(new[] { "json", "--help" }, "json")]
        [InlineData(new[] { "json", "--instance-id", "i", "name = 'x'", "-h" }, "json")]
        [InlineData(new[] { "--help", "json" }, "json")]
        public void EachCommandHasItsOwnHelp(string[] args, string command)
        {
            CliRun run = CliProcess.Run(args);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
            Assert.StartsWith($"Usage: flowquery {command} ", run.Stdout);
            Assert.Contains("Exit codes:", run.Stdout);
            Assert.Equal(command == "json", run.Stdout.Contains("--instance-id <id>"));
        }

        [Fact]
        public void TheWordHelpWhereTheQueryStandsIsTheQuery()
        {
            CliRun run = CliProcess.Run("check", "help");

            Assert.Equal((1, string.Empty), (run.ExitCode, run.Stderr));
            string[] lines = run.Stdout.Split('\n');
            Assert.StartsWith("query(1,", lines[0]);
            Assert.Contains(": error CFQ", lines[0]);
            Assert.Equal("    help", lines[1]);
            Assert.DoesNotContain("Usage", run.Stdout);
        }

        [Theory]
        [InlineData(new[] { "json", "--instance-id", "i", "--next-token", "-h", "state = ACTIVE" }, "i", "-h")]
        [InlineData(new[] { "json", "--next-token", "--help", "--instance-id", "help", "state = ACTIVE" }, "help", "--help")]
        [InlineData(new[] { "json", "--instance-id", "--modules", "--next-token", "--", "state = ACTIVE" }, "--modules", "--")]
        [InlineData(new[] { "json", "--instance-id", "-", "state = ACTIVE" }, "-", null)]
        public void OptionValuesAreTakenAsValuesWhateverTheyLookLike(string[] args, string instanceId, string? nextToken)
        {
            CliRun run = CliProcess.Run(args);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
            Assert.Equal(FlowQuery.Parse("state = ACTIVE", FlowQueryTarget.Flows).Query!.ToSearchRequestJson(instanceId, null, nextToken), run.Stdout);
        }

        [Fact]
        public void DoubleDashEndsTheOptions()
        {
            CliRun dashed = CliProcess.Run("check", "--", "--help");
            Assert.Equal((1, string.Empty), (dashed.ExitCode, dashed.Stderr));
            Assert.StartsWith("query(1,1): error CFQ001: ", dashed.Stdout);
            Assert.Contains("\n    --help\n", dashed.Stdout);

            CliRun before = CliProcess.Run("check", "--modules", "--", "state = ACTIVE");
            Assert.Equal((0, "OK: the query is valid for flow modules\n"), (before.ExitCode, before.Stdout));

            CliRun after = CliProcess.Run("check", "--", "state = ACTIVE", "--modules");
            Assert.Equal(2, after.ExitCode);
            Assert.StartsWith("flowquery: check takes one query argument, found 2;", after.Stderr);

            CliRun stdin = CliProcess.Run(new[] { "json", "--instance-id", "i", "--", "-" }, "name = 'from stdin'");
            Assert.Equal(0, stdin.ExitCode);
            Assert.Contains("\"Value\": \"from stdin\"", stdin.Stdout);
        }
    }
}
