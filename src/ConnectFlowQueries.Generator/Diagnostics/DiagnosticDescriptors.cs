using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator
{
    /// <summary>The Roslyn descriptor of each rule in <see cref="DiagnosticCatalog"/>, made from its entry; each links to docs/diagnostics/CFQxxx.md.</summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>In catalog order, so a rule's ordinal finds its descriptor.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = DiagnosticCatalog.All.Select(Create).ToImmutableArray();

        public static DiagnosticDescriptor Get(QueryDiagnosticDescriptor rule) => All[rule.Ordinal];

        /// <summary>The rules a part of the package reports: what its analyzer declares as supported.</summary>
        public static ImmutableArray<DiagnosticDescriptor> ReportedBy(DiagnosticReporters reporter) =>
            DiagnosticCatalog.All.Where(rule => (rule.Reporters & reporter) != 0).Select(Get).ToImmutableArray();

        private static DiagnosticDescriptor Create(QueryDiagnosticDescriptor rule) => new DiagnosticDescriptor(
            rule.Id, rule.Title, rule.MessageFormat, rule.Category, Severity(rule.Severity), isEnabledByDefault: true, helpLinkUri: rule.HelpLink);

        private static DiagnosticSeverity Severity(QuerySeverity severity) => severity switch
        {
            QuerySeverity.Error => DiagnosticSeverity.Error,
            QuerySeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
