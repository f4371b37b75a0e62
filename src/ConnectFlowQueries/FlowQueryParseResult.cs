using System.Collections.Generic;

namespace ConnectFlowQueries
{
    /// <summary>What <see cref="FlowQuery.Parse(string, FlowQueryTarget)"/> found: the query, or the errors that prevent it, and any warnings.</summary>
    public sealed class FlowQueryParseResult
    {
        internal FlowQueryParseResult(FlowQuery? query, IReadOnlyList<FlowQueryDiagnostic> diagnostics)
        {
            Query = query;
            Diagnostics = diagnostics;
        }

        /// <summary>The query; null when <see cref="Diagnostics"/> holds an error.</summary>
        public FlowQuery? Query { get; }

        /// <summary>Errors and warnings, in order of position in the text. Warnings can come with a query.</summary>
        public IReadOnlyList<FlowQueryDiagnostic> Diagnostics { get; }

        /// <summary>True when the text is a valid query (<see cref="Query"/> is not null).</summary>
        public bool Success => Query is not null;
    }
}
