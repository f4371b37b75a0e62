using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace ConnectFlowQueries.Cli
{
    /// <summary>
    /// <c>flowquery check</c> reports a query's diagnostics as the compiler would; <c>flowquery json</c> writes the
    /// request body for <c>aws connect search-contact-flows --cli-input-json</c>. Exit codes: 0 ok (warnings allowed),
    /// 1 the query has errors, 2 the command line is wrong, 141 the output was closed before it was all written.
    /// </summary>
    internal static class Program
    {
        public const int Ok = 0;
        public const int QueryErrors = 1;
        public const int UsageError = 2;

        /// <summary>The status a shell reports for a process that SIGPIPE ends, which is what the reader of a pipe expects.</summary>
        public const int OutputClosed = 141;

        public static int Main(string[] args)
        {
            if (Console.IsOutputRedirected)
            {
                Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false); // the AWS CLI reads UTF-8
            }

            TextWriter stdout = StandardStreams.OpenOutput();
            TextWriter stderr = StandardStreams.OpenError();
            try
            {
                return Run(args, Console.OpenStandardInput(), stdout, stderr);
            }
            catch (IOException)
            {
                // A write failed, most often because the reader closed the pipe (flowquery check - < big | head).
                // Whatever is left has nobody to read it, stderr included: end quietly.
                return OutputClosed;
            }
        }

        public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0)
            {
                stderr.WriteLine(HelpText.Overview);
                return UsageError;
            }

            if (!CommandLine.TryParse(args, out CommandLine? command, out string? error))
            {
                return Usage(stderr, error);
            }

            if (command.HelpRequested)
            {
                stdout.WriteLine(HelpText.For(command.Name));
                return Ok;
            }

            if (command.VersionRequested)
            {
                stdout.WriteLine(Version());
                return Ok;
            }

            string text;
            if (!command.ReadsStdin)
            {
                text = command.Query;
            }
            else if (StandardStreams.TryReadText(stdin, out string? input, out string? inputError))
            {
                text = input.TrimEnd('\r', '\n');
            }
            else
            {
                stderr.WriteLine($"flowquery: {inputError}");
                return QueryErrors;
            }

            FlowQueryParseResult result = FlowQuery.Parse(text, command.Target);
            TextWriter diagnosticsOut = command.Name == CommandLine.Check ? stdout : stderr;
            var formatter = new DiagnosticFormatter(text);
            foreach (FlowQueryDiagnostic diagnostic in result.Diagnostics)
            {
                formatter.Write(diagnosticsOut, diagnostic);
            }

            if (result.Query is null)
            {
                return QueryErrors;
            }

            if (command.Name == CommandLine.Check)
            {
                stdout.WriteLine(OkLine(command.Target, result.Diagnostics.Count));
                return Ok;
            }

            try
            {
                stdout.Write(result.Query.ToSearchRequestJson(command.InstanceId!, command.MaxResults, command.NextToken));
            }
            catch (ArgumentException e)
            {
                return Usage(stderr, Reason(e));
            }

            return Ok;
        }

        /// <summary>Reports a wrong command line: the problem and where to find the usage, on stderr.</summary>
        private static int Usage(TextWriter stderr, string error)
        {
            stderr.WriteLine($"flowquery: {error}");
            stderr.WriteLine("Run 'flowquery --help' for usage.");
            return UsageError;
        }

        /// <summary>Such as <c>OK: the query is valid for contact flows, with 1 warning</c>; a valid query has only warnings.</summary>
        private static string OkLine(FlowQueryTarget target, int warnings) =>
            $"OK: the query is valid for {(target == FlowQueryTarget.Modules ? "flow modules" : "contact flows")}" +
            (warnings == 0 ? string.Empty : $", with {warnings} warning{(warnings == 1 ? string.Empty : "s")}");

        /// <summary>The package version, without the build metadata (+commit) the SDK appends.</summary>
        private static string Version() =>
            typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? typeof(Program).Assembly.GetName().Version?.ToString()
            ?? "unknown";

        /// <summary>The message without what ArgumentException appends: " (Parameter 'x')" and the actual value on a line of its own.</summary>
        private static string Reason(ArgumentException e) =>
            e.Message.Split('\n')[0].TrimEnd('\r').Replace($" (Parameter '{e.ParamName}')", string.Empty);
    }
}
