using System;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>How serious a <see cref="FlowQueryDiagnostic"/> is.</summary>
    public enum FlowQueryDiagnosticSeverity
    {
        /// <summary>The query is usable but probably not what was meant (CFQ006).</summary>
        Warning,

        /// <summary>The query cannot be sent; <see cref="FlowQueryParseResult.Query"/> is null.</summary>
        Error,
    }

    /// <summary>
    /// A problem found in a query: the same id (CFQ001 and following) and message the compile-time analyzer reports
    /// for the same text, and where in the text it is.
    /// </summary>
    public sealed class FlowQueryDiagnostic : IEquatable<FlowQueryDiagnostic>
    {
        internal FlowQueryDiagnostic(QueryDiagnostic diagnostic)
        {
            Id = diagnostic.Id;
            Message = diagnostic.GetMessage();
            Severity = diagnostic.IsError ? FlowQueryDiagnosticSeverity.Error : FlowQueryDiagnosticSeverity.Warning;
            Start = diagnostic.Span.Start;
            Length = diagnostic.Span.Length;
            HelpLink = diagnostic.Descriptor.HelpLink;
        }

        /// <summary>The rule, such as <c>CFQ002</c>; documented at <see cref="HelpLink"/>.</summary>
        public string Id { get; }

        /// <summary>What is wrong and, where it can tell, how to fix it.</summary>
        public string Message { get; }

        /// <summary>Error or warning.</summary>
        public FlowQueryDiagnosticSeverity Severity { get; }

        /// <summary>The index in the query text of the first character the diagnostic is about.</summary>
        public int Start { get; }

        /// <summary>How many characters the diagnostic is about; 0 for a place between characters (such as a missing ')').</summary>
        public int Length { get; }

        /// <summary>The page that explains the rule.</summary>
        public string HelpLink { get; }

        /// <inheritdoc />
        public bool Equals(FlowQueryDiagnostic? other) =>
            other is not null && Id == other.Id && Message == other.Message && Severity == other.Severity && Start == other.Start && Length == other.Length;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowQueryDiagnostic);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((((Id.GetHashCode() * 397) ^ Start) * 397) ^ Length);

        /// <summary>Such as <c>error CFQ002 at 0..4: 'nmae' is not a field of contact flows: did you mean 'name'?</c></summary>
        public override string ToString() =>
            $"{(Severity == FlowQueryDiagnosticSeverity.Error ? "error" : "warning")} {Id} at {Start}..{Start + Length}: {Message}";
    }
}
