using System.Collections.Immutable;

namespace ConnectFlowQueries.Generator
{
    /// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> the analyzers fill for the IDE fixes (ConnectFlowQueries.CodeFixes).</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>The text that should replace the diagnostic's span (already written as the span's context needs it).</summary>
        public const string Suggestion = nameof(Suggestion);

        public static ImmutableDictionary<string, string?>? ForSuggestion(string? suggestion) =>
            suggestion is null ? null : ImmutableDictionary<string, string?>.Empty.Add(Suggestion, suggestion);
    }
}
