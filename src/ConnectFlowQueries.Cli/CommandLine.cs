using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Cli
{
    /// <summary>
    /// The parsed command line. A command's options and its one query argument come in any order; an option's value is
    /// the next argument whatever it looks like (<c>--next-token -h</c> is a token); <c>-h</c>/<c>--help</c> ask for help
    /// only where an option can stand, and <c>--</c> ends the options.
    /// </summary>
    internal sealed class CommandLine
    {
        public const string Check = "check";
        public const string Json = "json";

        private const string EndOfOptions = "--";
        private const string Stdin = "-";

        private CommandLine(string? name, bool helpRequested, bool versionRequested, string query, FlowQueryTarget target, string? instanceId, int? maxResults, string? nextToken)
        {
            Name = name;
            HelpRequested = helpRequested;
            VersionRequested = versionRequested;
            Query = query;
            Target = target;
            InstanceId = instanceId;
            MaxResults = maxResults;
            NextToken = nextToken;
        }

        /// <summary><see cref="Check"/> or <see cref="Json"/>; null for flowquery itself (its help or version).</summary>
        public string? Name { get; }

        /// <summary>Print the help of <see cref="Name"/> (of flowquery when null) instead of running it.</summary>
        public bool HelpRequested { get; }

        /// <summary>Print flowquery's version.</summary>
        public bool VersionRequested { get; }

        public string Query { get; }

        /// <summary>Whether <see cref="Query"/> is <c>-</c>: the query is read from stdin.</summary>
        public bool ReadsStdin => Query == Stdin;

        public FlowQueryTarget Target { get; }

        public string? InstanceId { get; }

        public int? MaxResults { get; }

        public string? NextToken { get; }

        public static bool TryParse(string[] args, [NotNullWhen(true)] out CommandLine? command, [NotNullWhen(false)] out string? error)
        {
            command = null;
            switch (args[0])
            {
                case "-h" or "--help" or "help":
                    return TryParseHelp(args, out command, out error);
                case "--version":
                    command = new CommandLine(null, helpRequested: false, versionRequested: true, string.Empty, FlowQueryTarget.Flows, null, null, null);
                    error = null;
                    return true;
                case Check or Json:
                    return TryParseCommand(args, out command, out error);
                default:
                    error = UnknownCommand(args[0]);
                    return false;
            }
        }

        /// <summary><c>flowquery help [command]</c>, also spelt <c>-h</c> or <c>--help</c>.</summary>
        private static bool TryParseHelp(string[] args, [NotNullWhen(true)] out CommandLine? command, [NotNullWhen(false)] out string? error)
        {
            command = null;
            string? topic = args.Length > 1 ? args[1] : null;
            error = args.Length > 2 ? $"{args[0]} takes at most one command, found {args.Length - 1}"
                : topic is null or Check or Json ? null
                : UnknownCommand(topic);
            if (error is not null)
            {
                return false;
            }

            command = HelpFor(topic);
            return true;
        }

        private static bool TryParseCommand(string[] args, [NotNullWhen(true)] out CommandLine? command, [NotNullWhen(false)] out string? error)
        {
            command = null;
            string name = args[0];
            var queries = new List<string>();
            var target = FlowQueryTarget.Flows;
            string? instanceId = null, nextToken = null, maxResultsText = null;
            bool optionsEnded = false;
            for (int i = 1; i < args.Length; i++)
            {
                string arg = args[i];
                if (optionsEnded || arg == Stdin)
                {
                    queries.Add(arg);
                    continue;
                }

                switch (arg)
                {
                    case EndOfOptions:
                        optionsEnded = true;
                        continue;
                    case "-h" or "--help":
                        command = HelpFor(name);
                        error = null;
                        return true;
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
                        if (arg.StartsWith("-", StringComparison.Ordinal))
                        {
                            error = $"unknown option '{arg}' for {name}; put -- before a query that starts with -";
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
                : maxResults is < ConnectLimits.MinResults or > ConnectLimits.MaxSearchResults
                    ? $"--max-results is {maxResults.Value.ToString(CultureInfo.InvariantCulture)}; Amazon Connect accepts {ConnectLimits.MinResults} to {ConnectLimits.MaxSearchResults} results per page"
                : instanceId?.Length > ConnectLimits.MaxInstanceIdLength ? TooLong("--instance-id", instanceId.Length, ConnectLimits.MaxInstanceIdLength)
                : nextToken?.Length > ConnectLimits.MaxSearchNextTokenLength ? TooLong("--next-token", nextToken.Length, ConnectLimits.MaxSearchNextTokenLength)
                : null;
            if (error is not null)
            {
                return false;
            }

            command = new CommandLine(name, helpRequested: false, versionRequested: false, queries[0], target, instanceId, maxResults, nextToken);
            return true;
        }

        /// <summary>The search operations take an InstanceId of 1 to 100 and a NextToken of 1 to 2500 characters (an empty token is left out).</summary>
        private static string TooLong(string option, int length, int max) =>
            $"{option} is {length.ToString(CultureInfo.InvariantCulture)} characters long; Amazon Connect accepts 1 to {max.ToString(CultureInfo.InvariantCulture)} characters";

        private static CommandLine HelpFor(string? name) =>
            new(name, helpRequested: true, versionRequested: false, string.Empty, FlowQueryTarget.Flows, null, null, null);

        private static string UnknownCommand(string name) => $"unknown command '{name}'; the commands are check and json";
    }
}
