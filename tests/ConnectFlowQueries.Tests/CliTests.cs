using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using ConnectFlowQueries.Generator.HandWritten;
using ConnectFlowQueries.Tests.Support;
using Xunit;

namespace ConnectFlowQueries.Tests
{
    /// <summary>The flowquery tool end to end: the built flowquery.dll started with dotnet, its exit code and output.</summary>
    public class CliTests
    {
        [Fact]
        public void CheckPrintsCompilerStyleDiagnosticsWithCaretsAndFails()
        {
            Run run = Flowquery("check", "nmae ^= 'billing' and status = PUBLISH");

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
            Run run = Flowquery(new[] { "check", "--modules", "-" }, "name = 'x'\n  and\ttype = CONTACT_FLOW\n");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                "query(2,7): error CFQ002: 'type' is not a field of contact flow modules: flow modules have no type; search contact flows to filter by type\n" +
                "      and\ttype = CONTACT_FLOW\n" +
                "         \t^^^^\n",
                run.Stdout);
        }

        [Fact]
        public void CheckPassesAValidQueryAndWarningsDoNotFail()
        {
            Assert.Equal((0, string.Empty), (Flowquery("check", "name ^= 'billing'").ExitCode, Flowquery("check", "name ^= 'billing'").Stdout));

            Run warning = Flowquery("check", "name *= 'x'");
            Assert.Equal(0, warning.ExitCode);
            Assert.StartsWith("query(1,9): warning CFQ006: ", warning.Stdout);
        }

        [Fact]
        public void JsonPrintsTheCliInputJson()
        {
            const string Query = "name ^= 'billing' and status = PUBLISHED and tag:Team = 'ops'";
            Run run = Flowquery("json", "--instance-id", "instance-1", "--max-results", "50", "--next-token", "abc", Query);

            Assert.Equal((0, string.Empty), (run.ExitCode, run.Stderr));
            Assert.Equal(FlowQuery.Parse(Query, FlowQueryTarget.Flows).Query!.ToSearchRequestJson("instance-1", 50, "abc"), run.Stdout);
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlows", run.Stdout));
        }

        [Fact]
        public void JsonForModulesFromStdin()
        {
            Run run = Flowquery(new[] { "json", "-", "--modules", "--instance-id", "i-9" }, "state = active or name = 'ünïcode ''q'''\n");

            Assert.Equal(0, run.ExitCode);
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlowModules", run.Stdout));
            Assert.Contains("\"Value\": \"ünïcode 'q'\"", run.Stdout);
        }

        [Fact]
        public void JsonReportsQueryErrorsOnStderr()
        {
            Run run = Flowquery("json", "--instance-id", "i", "name = {x}");

            Assert.Equal((1, string.Empty), (run.ExitCode, run.Stdout));
            Assert.StartsWith("query(1,8): error CFQ008: The placeholder {x} takes its value from a method parameter", run.Stderr);
        }

        [Theory]
        [InlineData(new[] { "json", "name = 'x'" }, "flowquery: json needs --instance-id <id>")]
        [InlineData(new[] { "check", "name", "=", "'x'" }, "flowquery: check takes one query argument, found 3; quote the query, or give - to read it from stdin")]
        [InlineData(new[] { "json", "--instance-id", "i", "--max-results", "500", "name = 'x'" }, "flowquery: MaxResults is 500; Amazon Connect accepts 1 to 100 results per page")]
        [InlineData(new[] { "search", "name = 'x'" }, "flowquery: unknown command 'search'; the commands are check and json")]
        public void UsageErrorsExitWithTwo(string[] args, string message)
        {
            Run run = Flowquery(args);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(message, run.Stderr.Split('\n')[0]);
        }

        [Fact]
        public void JsonHoldsTheInstanceIdAndTokenToTheSearchLimitsTheAnalyzersUse()
        {
            string instanceId = new string('i', ConnectLimits.MaxInstanceIdLength);
            string token = new string('t', ConnectLimits.MaxSearchNextTokenLength);

            Run longId = Flowquery("json", "--instance-id", instanceId + "i", "name = 'x'");
            Assert.Equal((2, string.Empty), (longId.ExitCode, longId.Stdout));
            Assert.Equal("flowquery: --instance-id is 101 characters long; Amazon Connect accepts 1 to 100 characters", longId.Stderr.Split('\n')[0]);

            Run longToken = Flowquery("json", "--modules", "--instance-id", "i", "--next-token", token + "t", "name = 'x'");
            Assert.Equal((2, string.Empty), (longToken.ExitCode, longToken.Stdout));
            Assert.Equal("flowquery: --next-token is 2501 characters long; Amazon Connect accepts 1 to 2500 characters", longToken.Stderr.Split('\n')[0]);

            Run atTheLimits = Flowquery("json", "--instance-id", instanceId, "--next-token", token, "name = 'x'");
            Assert.Equal((0, string.Empty), (atTheLimits.ExitCode, atTheLimits.Stderr));
            Assert.Empty(ServiceModel.SearchOperations.Validate("SearchContactFlows", atTheLimits.Stdout));
        }

        private static Run Flowquery(params string[] args) => Flowquery(args, stdin: null);

        private static Run Flowquery(string[] args, string? stdin)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                StandardInputEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "flowquery.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            process.StandardInput.Write(stdin ?? string.Empty);
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new Run(process.ExitCode, stdout.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
        }

        private sealed record Run(int ExitCode, string Stdout, string Stderr);
    }
}
