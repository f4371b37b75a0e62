namespace ConnectFlowQueries.Tests.EndToEnd.LanguageServer
{
    /// <summary>The consumer project the language server opens: one file with wrong queries (markers where the diagnostics start), one being typed.</summary>
    internal static class LanguageServerScenario
    {
        public const string DiagnosticsFile = "Broken.cs";
        public const string CompletionFile = "Typing.cs";

        /// <summary>In <see cref="CompletionFile"/>: the query being typed, and a string that is no query.</summary>
        public const string TypedQuery = "name ^= 'billing' and st";
        public const string NotAQuery = "name ^= 'billing' and st (not a query)";

        public static ConsumerProject Project { get; } = new("LspConsumer")
        {
            TreatWarningsAsErrors = false,
            Files =
            {
                [DiagnosticsFile] = """
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    namespace Lsp
                    {
                        public static partial class Broken
                        {
                            [FlowQuery("/*!CFQ002*/nmae ^= 'billing' and status = /*!CFQ003*/PUBLISH")]
                            public static partial SearchContactFlowsRequest Search(string instanceId);
                        }
                    }
                    """,
                [CompletionFile] = $$"""
                    using Amazon.Connect.Model;
                    using ConnectFlowQueries;

                    namespace Lsp
                    {
                        public static partial class Typing
                        {
                            [FlowQuery("{{TypedQuery}}")]
                            public static partial SearchContactFlowsRequest Search(string instanceId);

                            public const string Text = "{{NotAQuery}}";
                        }
                    }
                    """,
            },
        };
    }
}
