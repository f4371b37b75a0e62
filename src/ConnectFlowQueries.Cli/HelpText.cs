namespace ConnectFlowQueries.Cli
{
    /// <summary>What <c>flowquery --help</c>, <c>flowquery check --help</c> and <c>flowquery json --help</c> print.</summary>
    internal static class HelpText
    {
        private const string CheckUsage = "flowquery check [--modules] [--] <query>";
        private const string JsonUsage = "flowquery json --instance-id <id> [--max-results <1-100>] [--next-token <token>] [--modules] [--] <query>";

        private const string QueryArgument = """
            <query> is one argument, such as "name ^= 'billing' and status = PUBLISHED", or - to read it from stdin
            (UTF-8; a leading byte-order mark is skipped).
            """;

        private const string CommonOptions = """
              --modules              the query searches flow modules instead of contact flows
              --                     ends the options: what follows is the query, even if it starts with -
              -h, --help             show this help
            """;

        private const string ExitCodes = """
            Exit codes:
              0    the query has no errors (warnings are allowed)
              1    the query has errors, or stdin is not valid UTF-8
              2    the command line is wrong
              141  the output was closed before it was all written (such as by head); nothing more is written
            """;

        public const string Overview = $"""
            flowquery checks Amazon Connect flow search queries and writes them as the request JSON the AWS CLI takes.

            Usage:
              {CheckUsage}
              {JsonUsage}
              flowquery <command> --help
              flowquery --version

            Commands:
              check   print the query's errors and warnings as the compiler does, or one OK line
              json    print the request body for aws connect search-contact-flows --cli-input-json, and nothing else

            {QueryArgument}
            Options and <query> come in any order; an option's value is the argument after it, whatever it looks like.

            {ExitCodes}
            """;

        private const string CheckHelp = $"""
            Usage: {CheckUsage}

            Prints each problem as query(line,column): error CFQ0xx: message, then the part of its line around it with
            a caret under it; prints "OK: ..." when the query has no errors.

            {QueryArgument}

            Options:
            {CommonOptions}

            {ExitCodes}
            """;

        private const string JsonHelp = $"""
            Usage: {JsonUsage}

            Prints the request body for --cli-input-json on stdout, and nothing else: problems go to stderr, and stdout
            stays empty when the query has errors.
              flowquery json --instance-id "$INSTANCE_ID" "name ^= 'billing'" \
                | aws connect search-contact-flows --cli-input-json file:///dev/stdin
            With --modules, pass it to aws connect search-contact-flow-modules.

            {QueryArgument}

            Options:
              --instance-id <id>     the Amazon Connect instance (required)
              --max-results <n>      MaxResults: 1 to 100 results per page
              --next-token <token>   NextToken: the page after the one that returned it
            {CommonOptions}
            An option's value is the argument after it, even when it starts with - or is the word help.

            {ExitCodes}
            """;

        /// <summary>The help of <paramref name="command"/>; of flowquery itself when null.</summary>
        public static string For(string? command) => command switch
        {
            CommandLine.Check => CheckHelp,
            CommandLine.Json => JsonHelp,
            _ => Overview,
        };
    }
}
