using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator
{
    /// <summary>The Roslyn descriptors, one per CFQ id, from the constants in <see cref="DiagnosticCatalog"/>; each links to docs/diagnostics/CFQxxx.md.</summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor SyntaxError = new DiagnosticDescriptor(
            DiagnosticCatalog.SyntaxErrorId, DiagnosticCatalog.SyntaxErrorTitle, DiagnosticCatalog.SyntaxErrorMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.SyntaxErrorId + ".md");

        public static readonly DiagnosticDescriptor UnknownField = new DiagnosticDescriptor(
            DiagnosticCatalog.UnknownFieldId, DiagnosticCatalog.UnknownFieldTitle, DiagnosticCatalog.UnknownFieldMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.UnknownFieldId + ".md");

        public static readonly DiagnosticDescriptor InvalidEnumValue = new DiagnosticDescriptor(
            DiagnosticCatalog.InvalidEnumValueId, DiagnosticCatalog.InvalidEnumValueTitle, DiagnosticCatalog.InvalidEnumValueMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InvalidEnumValueId + ".md");

        public static readonly DiagnosticDescriptor UnsupportedOperator = new DiagnosticDescriptor(
            DiagnosticCatalog.UnsupportedOperatorId, DiagnosticCatalog.UnsupportedOperatorTitle, DiagnosticCatalog.UnsupportedOperatorMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.UnsupportedOperatorId + ".md");

        public static readonly DiagnosticDescriptor NotExpressible = new DiagnosticDescriptor(
            DiagnosticCatalog.NotExpressibleId, DiagnosticCatalog.NotExpressibleTitle, DiagnosticCatalog.NotExpressibleMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.NotExpressibleId + ".md");

        public static readonly DiagnosticDescriptor ContainsLength = new DiagnosticDescriptor(
            DiagnosticCatalog.ContainsLengthId, DiagnosticCatalog.ContainsLengthTitle, DiagnosticCatalog.ContainsLengthMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ContainsLengthId + ".md");

        public static readonly DiagnosticDescriptor TooManyTagConditions = new DiagnosticDescriptor(
            DiagnosticCatalog.TooManyTagConditionsId, DiagnosticCatalog.TooManyTagConditionsTitle, DiagnosticCatalog.TooManyTagConditionsMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.TooManyTagConditionsId + ".md");

        public static readonly DiagnosticDescriptor InvalidPlaceholder = new DiagnosticDescriptor(
            DiagnosticCatalog.InvalidPlaceholderId, DiagnosticCatalog.InvalidPlaceholderTitle, DiagnosticCatalog.InvalidPlaceholderMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InvalidPlaceholderId + ".md");

        public static readonly DiagnosticDescriptor UnusedParameter = new DiagnosticDescriptor(
            DiagnosticCatalog.UnusedParameterId, DiagnosticCatalog.UnusedParameterTitle, DiagnosticCatalog.UnusedParameterMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.UnusedParameterId + ".md");

        public static readonly DiagnosticDescriptor InvalidMethod = new DiagnosticDescriptor(
            DiagnosticCatalog.InvalidMethodId, DiagnosticCatalog.InvalidMethodTitle, DiagnosticCatalog.InvalidMethodMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InvalidMethodId + ".md");

        public static readonly DiagnosticDescriptor MaxResultsOutOfRange = new DiagnosticDescriptor(
            DiagnosticCatalog.MaxResultsOutOfRangeId, DiagnosticCatalog.MaxResultsOutOfRangeTitle, DiagnosticCatalog.MaxResultsOutOfRangeMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.MaxResultsOutOfRangeId + ".md");

        public static readonly DiagnosticDescriptor NestingTooDeep = new DiagnosticDescriptor(
            DiagnosticCatalog.NestingTooDeepId, DiagnosticCatalog.NestingTooDeepTitle, DiagnosticCatalog.NestingTooDeepMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.NestingTooDeepId + ".md");

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            SyntaxError, UnknownField, InvalidEnumValue, UnsupportedOperator, NotExpressible, ContainsLength, TooManyTagConditions, InvalidPlaceholder, UnusedParameter, InvalidMethod, MaxResultsOutOfRange, NestingTooDeep);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor Get(QueryDiagnosticDescriptor descriptor) => ById[descriptor.Id];
    }
}
