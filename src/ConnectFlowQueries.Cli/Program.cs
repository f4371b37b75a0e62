using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ConnectFlowQueries.Generator.HandWritten;

namespace ConnectFlowQueries.Cli
{
    /// <summary>
    /// <c>flowquery check</c> reports a query's diagnostics as the compiler would; <c>flowquery json</c> writes the
    /// request body for <c>aws connect search-contact-flows --cli-input-json</c>. Exit codes: 0 ok (warnings allowed),
    /// 1 the query has errors, 2 the command line is wrong.
    /// </summary>
    internal static class Program
    {
        public const int Ok = 0;
        public const int QueryErrors = 1;
        public const int UsageError = 2;

        private const string Usage = """
            Usage:
              flowquery check [--modules] <query>
              flowquery json --instance-id <id> [--max-results <1-100>] [--next-token <token>] [--modules] <query>

            <query> is one argument, such as "name ^= 'billing' and status = PUBLISHED", or - to read it from stdin.
            --modules   the query searches flow modules (search-contact-flow-modules) instead of contact flows.

            check   prints each problem as query(line,column): error CFQ0xx: message, under it the line and a caret;
                    exits 1 when there is an error.
            json    prints the request body; use it with
                    aws connect search-contact-flows --cli-input-json file:///dev/stdin
            """;

        public static int Main(string[] args)
        {
            if (Console.IsOutputRedirected)
            {
                Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false); // the AWS CLI reads UTF-8
            }

            return Run(args, Console.In, Console.Out, Console.Error);
        }

        public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || Array.Exists(args, a => a is "-h" or "--help" or "help"))
            {
                (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
                return args.Length == 0 ? UsageError : Ok;
            }

            if (!CommandLine.TryParse(args, out CommandLine? command, out string? error))
            {
                stderr.WriteLine($"flowquery: {error}");
                stderr.WriteLine("Run 'flowquery --help' for usage.");
                return UsageError;
            }

            string text = command.Query == "-" ? stdin.ReadToEnd().TrimEnd('\r', '\n') : command.Query;
            FlowQueryParseResult result = FlowQuery.Parse(text, command.Target);
            TextWriter diagnosticsOut = command.Name == CommandLine.Check ? stdout : stderr;
            foreach (FlowQueryDiagnostic diagnostic in result.Diagnostics)
            {
                DiagnosticFormatter.Write(diagnosticsOut, text, diagnostic);
            }

            if (result.Query is null)
            {
                return QueryErrors;
            }

            if (command.Name == CommandLine.Json)
            {
                try
                {
                    stdout.Write(result.Query.ToSearchRequestJson(command.InstanceId!, command.MaxResults, command.NextToken));
                }
                catch (ArgumentException e)
                {
                    stderr.WriteLine($"flowquery: {Reason(e)}");
                    return UsageError;
                }
            }

            return Ok;
        }

        /// <summary>The message without what ArgumentException appends: " (Parameter 'x')" and the actual value on a line of its own.</summary>
        private static string Reason(ArgumentException e) =>
            e.Message.Split('\n')[0].TrimEnd('\r').Replace($" (Parameter '{e.ParamName}')", string.Empty);
    }

    /// <summary>The parsed command line: options may come in any order; exactly one query argument.</summary>
    internal sealed class CommandLine
    {
        public const string Check = "check";
        public const string Json = "json";

        private CommandLine(string name, string query, FlowQueryTarget target, string? instanceId, int? maxResults, string? nextToken)
        {
            Name = name;
            Query = query;
            Target = target;
            InstanceId = instanceId;
            MaxResults = maxResults;
            NextToken = nextToken;
        }

        public string Name { get; }
        public string Query { get; }
        public FlowQueryTarget Target { get; }
        public string? InstanceId { get; }
        public int? MaxResults { get; }
        public string? NextToken { get; }

        public static bool TryParse(string[] args, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommandLine? command, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
        {
            command = null;
            string name = args[0];
            if (name is not (Check or Json))
            {
                error = $"unknown command '{name}'; the commands are check and json";
                return false;
            }

            var queries = new List<string>();
            var target = FlowQueryTarget.Flows;
            string? instanceId = null, nextToken = null, maxResultsText = null;
            for (int i = 1; i < args.Length; i++)
            {
                string arg = args[i];
                switch (arg)
                {
                    case "--modules":
                        target = FlowQueryTarget.Modules;
                        continue;
                    case "--instance-id" or "--max-results" or "--next-token" when name == Json:
                        if (i + 1 >= args.Length)
                        {
                            error = $"{arg} needs a value";
                            return false;
                        }

                        string value = args[++i];
                        if (arg == "--instance-id")
                        {
                            instanceId = value;
                        }
                        else if (arg == "--max-results")
                        {
                            maxResultsText = value;
                        }
                        else
                        {
                            nextToken = value;
                        }

                        continue;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal))
                        {
                            error = $"unknown option '{arg}' for {name}";
                            return false;
                        }

                        queries.Add(arg);
                        continue;
                }
            }

            int? maxResults = null;
            if (maxResultsText is not null)
            {
                if (!int.TryParse(maxResultsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed))
                {
                    error = $"--max-results takes a number, not '{maxResultsText}'";
                    return false;
                }

                maxResults = parsed;
            }

            error = queries.Count != 1
                ? $"{name} takes one query argument, found {queries.Count}; quote the query, or give - to read it from stdin"
                : name == Json && string.IsNullOrEmpty(instanceId) ? "json needs --instance-id <id>"
                : instanceId?.Length > ConnectLimits.MaxInstanceIdLength ? TooLong("--instance-id", instanceId.Length, ConnectLimits.MaxInstanceIdLength)
                : nextToken?.Length > ConnectLimits.MaxSearchNextTokenLength ? TooLong("--next-token", nextToken.Length, ConnectLimits.MaxSearchNextTokenLength)
                : null;
            if (error is not null)
            {
                return false;
            }

            command = new CommandLine(name, queries[0], target, instanceId, maxResults, nextToken);
            return true;
        }

        /// <summary>The search operations take an InstanceId of 1 to 100 and a NextToken of 1 to 2500 characters (an empty token is left out).</summary>
        private static string TooLong(string option, int length, int max) =>
            $"{option} is {length.ToString(CultureInfo.InvariantCulture)} characters long; Amazon Connect accepts 1 to {max.ToString(CultureInfo.InvariantCulture)} characters";
    }

    /// <summary>Writes a diagnostic as the C# compiler does (<c>query(1,6): error CFQ002: ...</c>), then the line and a caret under the span.</summary>
    internal static class DiagnosticFormatter
    {
        public const string FileName = "query";

        public static void Write(TextWriter writer, string text, FlowQueryDiagnostic diagnostic)
        {
            int start = Math.Min(diagnostic.Start, text.Length);
            int lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, Math.Max(start - 1, 0)) + 1;
            if (start == 0)
            {
                lineStart = 0;
            }

            int lineEnd = text.IndexOfAny(new[] { '\n', '\r' }, lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            int line = LineNumber(text, lineStart);
            int column = start - lineStart + 1;
            string severity = diagnostic.Severity == FlowQueryDiagnosticSeverity.Error ? "error" : "warning";
            writer.WriteLine($"{FileName}({line},{column}): {severity} {diagnostic.Id}: {diagnostic.Message}");

            string lineText = text.Substring(lineStart, lineEnd - lineStart);
            int carets = Math.Max(1, Math.Min(diagnostic.Length, lineEnd - start));
            var caret = new StringBuilder("    ");
            foreach (char c in lineText.Substring(0, start - lineStart))
            {
                caret.Append(c == '\t' ? '\t' : ' '); // tabs stay tabs, so the caret lines up however they render
            }

            writer.WriteLine("    " + lineText);
            writer.WriteLine(caret.Append('^', carets).ToString());
        }

        /// <summary>1-based; \r\n, \n and \r each end a line, as the compiler counts them.</summary>
        private static int LineNumber(string text, int position)
        {
            int line = 1;
            for (int i = 0; i < position; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                }
            }

            return line;
        }
    }
}
