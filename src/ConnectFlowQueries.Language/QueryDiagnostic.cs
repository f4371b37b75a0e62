using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConnectFlowQueries.Language
{
    internal enum QuerySeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>
    /// One diagnostic rule. The Roslyn layer turns each into a DiagnosticDescriptor, and the run-time
    /// library reports the same id and message, so the texts live here once.
    /// </summary>
    internal sealed class QueryDiagnosticDescriptor
    {
        public QueryDiagnosticDescriptor(string id, string title, string messageFormat, QuerySeverity severity, string category, DiagnosticReporters reporters, int ordinal)
        {
            Id = id;
            Title = title;
            MessageFormat = messageFormat;
            Severity = severity;
            Category = category;
            Reporters = reporters;
            Ordinal = ordinal;
        }

        public string Id { get; }
        public string Title { get; }
        public string MessageFormat { get; }
        public QuerySeverity Severity { get; }
        public string Category { get; }
        public DiagnosticReporters Reporters { get; }

        /// <summary>The rule's index in <see cref="DiagnosticCatalog.All"/>, so the Roslyn layer finds its descriptor without a lookup.</summary>
        public int Ordinal { get; }

        public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";
    }

    /// <summary>A problem found in a query: a rule, the arguments of its message and where it is.</summary>
    internal sealed class QueryDiagnostic : IEquatable<QueryDiagnostic>
    {
        public QueryDiagnostic(QueryDiagnosticDescriptor descriptor, QuerySpan span, params string[] arguments)
        {
            Descriptor = descriptor;
            Span = span;
            Arguments = arguments;
        }

        public QueryDiagnosticDescriptor Descriptor { get; }
        public QuerySpan Span { get; }
        public string[] Arguments { get; }

        /// <summary>The likely intended text for the span ("did you mean"), which an IDE fix can put in its place; else null.</summary>
        public string? Suggestion { get; private set; }
        public string Id => Descriptor.Id;
        public bool IsError => Descriptor.Severity == QuerySeverity.Error;

        public QueryDiagnostic WithSuggestion(string? suggestion) =>
            new QueryDiagnostic(Descriptor, Span, Arguments) { Suggestion = suggestion };

        public string GetMessage() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments);

        public bool Equals(QueryDiagnostic? other) =>
            other is not null && other.Descriptor == Descriptor && other.Span.Equals(Span) && other.Arguments.SequenceEqual(Arguments) && other.Suggestion == Suggestion;

        public override bool Equals(object? obj) => Equals(obj as QueryDiagnostic);
        public override int GetHashCode() => (Descriptor.Id.GetHashCode() * 397) ^ Span.GetHashCode();
        public override string ToString() => $"{Id} {Span}: {GetMessage()}";
    }

    internal static class QueryDiagnosticList
    {
        /// <summary>
        /// How many diagnostics one query gets at most: as compilers do, the first ones and then one that says the rest
        /// are left out, so no input (megabytes of bad characters) can make a query cost memory per mistake.
        /// </summary>
        public const int MaxPerQuery = 100;

        /// <summary>Adds <paramref name="diagnostic"/> while under <see cref="MaxPerQuery"/>; at the limit, one "too many" in its place; past it, nothing.</summary>
        public static void AddCapped(this List<QueryDiagnostic> diagnostics, QueryDiagnostic diagnostic)
        {
            if (diagnostics.Count < MaxPerQuery)
            {
                diagnostics.Add(diagnostic);
            }
            else if (diagnostics.Count == MaxPerQuery)
            {
                diagnostics.Add(new QueryDiagnostic(DiagnosticCatalog.SyntaxError, diagnostic.Span,
                    $"More than {MaxPerQuery} problems in this query: the rest are not reported; fix these first"));
            }
        }
    }
}
