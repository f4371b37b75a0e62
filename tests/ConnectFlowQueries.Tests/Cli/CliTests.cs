using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Xunit;

namespace ConnectFlowQueries.Tests.Cli
{
    /// <summary>The flowquery tool end to end: the built flowquery.dll started with dotnet, its exit code and output.</summary>
    public class CliTests
    {
        [Fact]
        public void CheckPrintsCompilerStyleDiagnosticsWithCaretsAndFails()
        {
            CliRun run = CliProcess.Run("check", "nmae ^= 'billing' and status = PUBLISH");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                """
                query(1,1): error CFQ002: 'nmae' is not a field of contact flows: did you mean 'name'?
                    nmae ^= 'billing' and status = PUBLISH
                    ^^^^
                query(1,32): error CFQ003: 'PUBLISH' is not a valid ContactFlowStatus value (did you mean 'PUBLISHED'?); valid values: PUBLISHED, SAVED
                    nmae ^= 'billing' and status = PUBLISH
                                                   ^^^^^^^

                """.Replace("\r\n", "\n"),
                run.Stdout);
            Assert.Equal(string.Empty, run.Stderr);
        }

        [Fact]
        public void CheckReadsStdinAndCountsLines()
        {
            CliRun run = CliProcess.Run(new[] { "check", "--modules", "-" }, "name = 'x'\n  and\ttype = CONTACT_FLOW\n");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                "query(2,7): error CFQ002: 'type' is not a field of contact flow modules: flow modules have no type; search contact flows to filter by type\n" +
                "      and\ttype = CONTACT_FLOW\n" +
                "         \t^^^^\n",
                run.Stdout);
        }

        [Theory]
        [InlineData(new[] { "check", "name ^= 'billing'" }, "OK: the query is valid for contact flows\n")]
        [InlineData(new[] { "check", "--modules", "state = ACTIVE" }, "OK: the query is valid for flow modules\n")]
        public void CheckPrintsOneOkLineForAValidQuery(string[] args, string stdout)
        {
            CliRun run = CliProcess.Run(args);

            Assert.Equal((0, stdout, string.Empty), (run.ExitCode, run.Stdout, run.Stderr));
        }

        [Fact]
        public void CheckPassesWithWarningsAndCountsThemOnTheOkLine()
        {
            CliRun warning = CliProcess.Run("check", "name *= 'x'");

            Assert.Equal(0, warning.ExitCode);
            Assert.StartsWith("query(1,9): warning CFQ006: ", warning.Stdout);
            Assert.EndsWith("\nOK: the query is valid for contact flows, with 1 warning\n", warning.Stdout);
        }

        [Fact]
        public void JsonPrintsTheCliInputJson()
        {
            const string Query = "name ^= 'billing' and status = PUBLISHED and tag:Team = 'ops'";
            CliRun run = CliProcess.Run("json", "--instance-id", "instance-1", "--max-results", "50", "--next-token", "abc", Query);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
            Assert.Equal(FlowQuery.Parse(Query, FlowQueryTarget.Flows).Query!.ToSearchRequestJson("instance-1", 50, "abc"), run.Stdout);
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlows", run.Stdout));
        }

        [Fact]
        public void JsonForModulesFromStdin()
        {
            CliRun run = CliProcess.Run(new[] { "json", "-", "--modules", "--instance-id", "i-9" }, "state = active or name = 'ünïcode ''q'''\n");

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlowModules", run.Stdout));
            Assert.Contains("\"Value\": \"ünïcode 'q'\"", run.Stdout);
        }

        [Fact]
        public void JsonReportsQueryErrorsOnStderr()
        {
            CliRun run = CliProcess.Run("json", "--instance-id", "i", "name = {x}");

            Assert.Equal((1, string.Empty), (run.ExitCode, run.Stdout));
            Assert.StartsWith("query(1,8): error CFQ008: The placeholder {x} takes its value from a method parameter", run.Stderr);
        }

        [Fact]
        public void JsonWritesWarningsToStderrAndOnlyTheJsonToStdout()
        {
            const string Query = "name *= 'x'";
            CliRun run = CliProcess.Run("json", "--instance-id", "i", Query);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(FlowQuery.Parse(Query, FlowQueryTarget.Flows).Query!.ToSearchRequestJson("i"), run.Stdout);
            Assert.StartsWith("query(1,9): warning CFQ006: ", run.Stderr);
        }

        [Theory]
        [InlineData(new[] { "json", "--instance-id", "i", "name = 'x' and" }, 1)]
        [InlineData(new[] { "json", "--instance-id", "i", "--max-results", "0", "name = 'x'" }, 2)]
        [InlineData(new[] { "json", "--instance-id", "i", "--max-results", "many", "name = 'x'" }, 2)]
        [InlineData(new[] { "json", "--instance-id", "i", "--bogus", "name = 'x'" }, 2)]
        [InlineData(new[] { "json", "--instance-id" }, 2)]
        [InlineData(new[] { "json", "name = 'x'" }, 2)]
        [InlineData(new[] { "json" }, 2)]
        public void JsonWritesNothingToStdoutWhenItFails(string[] args, int exitCode)
        {
            CliRun run = CliProcess.Run(args);

            Assert.Equal((exitCode, string.Empty), (run.ExitCode, run.Stdout));
            Assert.NotEqual(string.Empty, run.Stderr);
        }

        [Theory]
        [InlineData(new[] { "json", "name = 'x'" }, "flowquery: json needs --instance-id <id>")]
        [InlineData(new[] { "check", "name", "=", "'x'" }, "flowquery: check takes one query argument, found 3; quote the query, or give - to read it from stdin")]
        [InlineData(new[] { "json", "--instance-id", "i", "--max-results", "500", "name = 'x'" }, "flowquery: --max-results is 500; Amazon Connect accepts 1 to 100 results per page")]
        [InlineData(new[] { "search", "name = 'x'" }, "flowquery: unknown command 'search'; the commands are check and json")]
        [InlineData(new[] { "check", "-x", "name = 'x'" }, "flowquery: unknown option '-x' for check; put -- before a query that starts with -")]
        [InlineData(new[] { "check", "--instance-id", "i", "name = 'x'" }, "flowquery: unknown option '--instance-id' for check; put -- before a query that starts with -")]
        [InlineData(new[] { "json", "--instance-id", "i", "--next-token" }, "flowquery: --next-token needs a value")]
        [InlineData(new[] { "help", "search" }, "flowquery: unknown command 'search'; the commands are check and json")]
        public void UsageErrorsExitWithTwo(string[] args, string message)
        {
            CliRun run = CliProcess.Run(args);

            Assert.Equal((2, string.Empty), (run.ExitCode, run.Stdout));
            Assert.Equal(new[] { message, "Run 'flowquery --help' for usage.", string.Empty }, run.Stderr.Split('\n'));
        }

        [Fact]
        public void JsonHoldsTheInstanceIdAndTokenToTheSearchLimitsTheAnalyzersUse()
        {
            string instanceId = new string('i', ConnectLimits.MaxInstanceIdLength);
            string token = new string('t', ConnectLimits.MaxSearchNextTokenLength);

            CliRun longId = CliProcess.Run("json", "--instance-id", instanceId + "i", "name = 'x'");
            Assert.Equal((2, string.Empty), (longId.ExitCode, longId.Stdout));
            Assert.Equal("flowquery: --instance-id is 101 characters long; Amazon Connect accepts 1 to 100 characters", longId.Stderr.Split('\n')[0]);

            CliRun longToken = CliProcess.Run("json", "--modules", "--instance-id", "i", "--next-token", token + "t", "name = 'x'");
            Assert.Equal((2, string.Empty), (longToken.ExitCode, longToken.Stdout));
            Assert.Equal("flowquery: --next-token is 2501 characters long; Amazon Connect accepts 1 to 2500 characters", longToken.Stderr.Split('\n')[0]);

            CliRun atTheLimits = CliProcess.Run("json", "--instance-id", instanceId, "--next-token", token, "name = 'x'");
            Assert.Equal((0, string.Empty), (atTheLimits.ExitCode, atTheLimits.Stderr));
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlows", atTheLimits.Stdout));
        }
    }
}
