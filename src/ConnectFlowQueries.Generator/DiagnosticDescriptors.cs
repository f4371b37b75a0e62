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

        public static readonly DiagnosticDescriptor ProjectSettings = new DiagnosticDescriptor(
            DiagnosticCatalog.ProjectSettingsId, DiagnosticCatalog.ProjectSettingsTitle, DiagnosticCatalog.ProjectSettingsMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ProjectSettingsId + ".md");

        public static readonly DiagnosticDescriptor NeedsNewerSdk = new DiagnosticDescriptor(
            DiagnosticCatalog.NeedsNewerSdkId, DiagnosticCatalog.NeedsNewerSdkTitle, DiagnosticCatalog.NeedsNewerSdkMessage, DiagnosticCatalog.QueryCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.NeedsNewerSdkId + ".md");

        public static readonly DiagnosticDescriptor ContentTooLong = new DiagnosticDescriptor(
            DiagnosticCatalog.ContentTooLongId, DiagnosticCatalog.ContentTooLongTitle, DiagnosticCatalog.ContentTooLongMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ContentTooLongId + ".md");

        public static readonly DiagnosticDescriptor ContentEmpty = new DiagnosticDescriptor(
            DiagnosticCatalog.ContentEmptyId, DiagnosticCatalog.ContentEmptyTitle, DiagnosticCatalog.ContentEmptyMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ContentEmptyId + ".md");

        public static readonly DiagnosticDescriptor ContentNotJson = new DiagnosticDescriptor(
            DiagnosticCatalog.ContentNotJsonId, DiagnosticCatalog.ContentNotJsonTitle, DiagnosticCatalog.ContentNotJsonMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ContentNotJsonId + ".md");

        public static readonly DiagnosticDescriptor InvalidConstantValue = new DiagnosticDescriptor(
            DiagnosticCatalog.InvalidConstantValueId, DiagnosticCatalog.InvalidConstantValueTitle, DiagnosticCatalog.InvalidConstantValueMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InvalidConstantValueId + ".md");

        public static readonly DiagnosticDescriptor InvalidStringConditionField = new DiagnosticDescriptor(
            DiagnosticCatalog.InvalidStringConditionFieldId, DiagnosticCatalog.InvalidStringConditionFieldTitle, DiagnosticCatalog.InvalidStringConditionFieldMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InvalidStringConditionFieldId + ".md");

        public static readonly DiagnosticDescriptor UnknownFlowAlias = new DiagnosticDescriptor(
            DiagnosticCatalog.UnknownFlowAliasId, DiagnosticCatalog.UnknownFlowAliasTitle, DiagnosticCatalog.UnknownFlowAliasMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.UnknownFlowAliasId + ".md");

        public static readonly DiagnosticDescriptor RequestValueOutOfRange = new DiagnosticDescriptor(
            DiagnosticCatalog.RequestValueOutOfRangeId, DiagnosticCatalog.RequestValueOutOfRangeTitle, DiagnosticCatalog.RequestValueOutOfRangeMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.RequestValueOutOfRangeId + ".md");

        public static readonly DiagnosticDescriptor ConvertToFlowQuery = new DiagnosticDescriptor(
            DiagnosticCatalog.ConvertToFlowQueryId, DiagnosticCatalog.ConvertToFlowQueryTitle, DiagnosticCatalog.ConvertToFlowQueryMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.ConvertToFlowQueryId + ".md");

        /// <summary>An exception in the package's own code, reported instead of thrown (the compiler would show AD0001 or CS8785 and drop the rest).</summary>
        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            DiagnosticCatalog.InternalErrorId, DiagnosticCatalog.InternalErrorTitle, DiagnosticCatalog.InternalErrorMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.InternalErrorId + ".md");

        public static readonly DiagnosticDescriptor RequestValueNotInForm = new DiagnosticDescriptor(
            DiagnosticCatalog.RequestValueNotInFormId, DiagnosticCatalog.RequestValueNotInFormTitle, DiagnosticCatalog.RequestValueNotInFormMessage, DiagnosticCatalog.UsageCategory,
            DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: DiagnosticCatalog.HelpLinkBase + DiagnosticCatalog.RequestValueNotInFormId + ".md");

        /// <summary>The rules of the queries of [FlowQuery] / [FlowModuleQuery] methods (FlowQueryAnalyzer).</summary>
        public static ImmutableArray<DiagnosticDescriptor> QueryMethodRules { get; } = ImmutableArray.Create(
            SyntaxError, UnknownField, InvalidEnumValue, UnsupportedOperator, NotExpressible, ContainsLength, TooManyTagConditions, InvalidPlaceholder, UnusedParameter, NestingTooDeep, NeedsNewerSdk, InternalError);

        /// <summary>The rules of the methods' shapes and the project's settings (FlowQueryGenerator).</summary>
        public static ImmutableArray<DiagnosticDescriptor> MethodShapeRules { get; } = ImmutableArray.Create(InvalidMethod, MaxResultsOutOfRange, ProjectSettings);

        /// <summary>The rules of hand-written Amazon Connect code (ConnectRequestAnalyzer).</summary>
        public static ImmutableArray<DiagnosticDescriptor> HandWrittenRules { get; } = ImmutableArray.Create(
            ContentTooLong, ContentEmpty, ContentNotJson, InvalidConstantValue, InvalidStringConditionField, UnknownFlowAlias, RequestValueOutOfRange, ConvertToFlowQuery,
            RequestValueNotInForm, InternalError);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = QueryMethodRules.AddRange(MethodShapeRules).AddRange(HandWrittenRules).Distinct().ToImmutableArray();

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor Get(QueryDiagnosticDescriptor descriptor) => ById[descriptor.Id];
    }
}
