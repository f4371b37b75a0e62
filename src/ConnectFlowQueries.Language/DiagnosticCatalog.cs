namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// Every diagnostic ConnectFlowQueries reports, with its texts as constants (so the Roslyn descriptors and the
    /// release-tracking analyzer read the same values). Ids are a public contract: never renumber one; a new rule
    /// takes the next free id and is recorded in AnalyzerReleases.Unshipped.md and docs/diagnostics.
    /// </summary>
    internal static class DiagnosticCatalog
    {
        public const string HelpLinkBase = "https://github.com/ConnectFlowQueries/ConnectFlowQueries/blob/main/docs/diagnostics/";
        public const string QueryCategory = "ConnectFlowQueries.Query";
        public const string UsageCategory = "ConnectFlowQueries.Usage";

        public const string SyntaxErrorId = "CFQ001";
        public const string SyntaxErrorTitle = "Invalid FlowQuery syntax";
        public const string SyntaxErrorMessage = "{0}";
        public static readonly QueryDiagnosticDescriptor SyntaxError = new QueryDiagnosticDescriptor(SyntaxErrorId, SyntaxErrorTitle, SyntaxErrorMessage, QuerySeverity.Error, QueryCategory);

        public const string UnknownFieldId = "CFQ002";
        public const string UnknownFieldTitle = "Unknown search field";
        public const string UnknownFieldMessage = "'{0}' is not a field of {1}: {2}";
        public static readonly QueryDiagnosticDescriptor UnknownField = new QueryDiagnosticDescriptor(UnknownFieldId, UnknownFieldTitle, UnknownFieldMessage, QuerySeverity.Error, QueryCategory);

        public const string InvalidEnumValueId = "CFQ003";
        public const string InvalidEnumValueTitle = "Invalid enum value";
        public const string InvalidEnumValueMessage = "'{0}' is not a valid {1} value{2}; valid values: {3}";
        public static readonly QueryDiagnosticDescriptor InvalidEnumValue = new QueryDiagnosticDescriptor(InvalidEnumValueId, InvalidEnumValueTitle, InvalidEnumValueMessage, QuerySeverity.Error, QueryCategory);

        public const string UnsupportedOperatorId = "CFQ004";
        public const string UnsupportedOperatorTitle = "Operator not supported by the field";
        public const string UnsupportedOperatorMessage = "The field '{0}' does not support '{1}'; it supports {2}";
        public static readonly QueryDiagnosticDescriptor UnsupportedOperator = new QueryDiagnosticDescriptor(UnsupportedOperatorId, UnsupportedOperatorTitle, UnsupportedOperatorMessage, QuerySeverity.Error, QueryCategory);

        public const string NotExpressibleId = "CFQ005";
        public const string NotExpressibleTitle = "The Connect search API cannot express this";
        public const string NotExpressibleMessage = "{0} cannot be expressed by the Amazon Connect search API: {1}";
        public static readonly QueryDiagnosticDescriptor NotExpressible = new QueryDiagnosticDescriptor(NotExpressibleId, NotExpressibleTitle, NotExpressibleMessage, QuerySeverity.Error, QueryCategory);

        public const string ContainsLengthId = "CFQ006";
        public const string ContainsLengthTitle = "CONTAINS value outside 2 to 25 characters";
        public const string ContainsLengthMessage = "The CONTAINS value '{0}' has length {1}; Amazon Connect documents CONTAINS searches of 2 to 25 characters and returns invalid results outside that range";
        public static readonly QueryDiagnosticDescriptor ContainsLength = new QueryDiagnosticDescriptor(ContainsLengthId, ContainsLengthTitle, ContainsLengthMessage, QuerySeverity.Warning, QueryCategory);

        public const string TooManyTagConditionsId = "CFQ007";
        public const string TooManyTagConditionsTitle = "Too many tag conditions";
        public const string TooManyTagConditionsMessage = "The tag filter needs {0} tag conditions after normalisation to an OR of AND lists; Amazon Connect accepts at most {1}";
        public static readonly QueryDiagnosticDescriptor TooManyTagConditions = new QueryDiagnosticDescriptor(TooManyTagConditionsId, TooManyTagConditionsTitle, TooManyTagConditionsMessage, QuerySeverity.Error, QueryCategory);

        public const string InvalidPlaceholderId = "CFQ008";
        public const string InvalidPlaceholderTitle = "Placeholder without a matching parameter";
        public const string InvalidPlaceholderMessage = "{0}";
        public static readonly QueryDiagnosticDescriptor InvalidPlaceholder = new QueryDiagnosticDescriptor(InvalidPlaceholderId, InvalidPlaceholderTitle, InvalidPlaceholderMessage, QuerySeverity.Error, QueryCategory);

        public const string UnusedParameterId = "CFQ009";
        public const string UnusedParameterTitle = "Parameter not used by the query";
        public const string UnusedParameterMessage = "The parameter '{0}' is neither used by a {{placeholder}} in the query nor one of {1}";
        public static readonly QueryDiagnosticDescriptor UnusedParameter = new QueryDiagnosticDescriptor(UnusedParameterId, UnusedParameterTitle, UnusedParameterMessage, QuerySeverity.Warning, UsageCategory);

        public const string InvalidMethodId = "CFQ010";
        public const string InvalidMethodTitle = "Invalid FlowQuery method";
        public const string InvalidMethodMessage = "{0}";
        public static readonly QueryDiagnosticDescriptor InvalidMethod = new QueryDiagnosticDescriptor(InvalidMethodId, InvalidMethodTitle, InvalidMethodMessage, QuerySeverity.Error, UsageCategory);

        public const string MaxResultsOutOfRangeId = "CFQ011";
        public const string MaxResultsOutOfRangeTitle = "MaxResults outside 1 to 100";
        public const string MaxResultsOutOfRangeMessage = "MaxResults is {0}; Amazon Connect accepts 1 to 100 results per page";
        public static readonly QueryDiagnosticDescriptor MaxResultsOutOfRange = new QueryDiagnosticDescriptor(MaxResultsOutOfRangeId, MaxResultsOutOfRangeTitle, MaxResultsOutOfRangeMessage, QuerySeverity.Error, UsageCategory);

        public const string NestingTooDeepId = "CFQ012";
        public const string NestingTooDeepTitle = "Query nested too deeply";
        public const string NestingTooDeepMessage = "The query nests parentheses or 'not' deeper than {0} levels; flatten it";
        public static readonly QueryDiagnosticDescriptor NestingTooDeep = new QueryDiagnosticDescriptor(NestingTooDeepId, NestingTooDeepTitle, NestingTooDeepMessage, QuerySeverity.Error, QueryCategory);

        public const string ProjectSettingsId = "CFQ013";
        public const string ProjectSettingsTitle = "Project settings the query methods cannot be generated with";
        public const string ProjectSettingsMessage = "{0}";
        public static readonly QueryDiagnosticDescriptor ProjectSettings = new QueryDiagnosticDescriptor(ProjectSettingsId, ProjectSettingsTitle, ProjectSettingsMessage, QuerySeverity.Error, UsageCategory);

        public const string NeedsNewerSdkId = "CFQ014";
        public const string NeedsNewerSdkTitle = "Query needs a newer AWSSDK.Connect";
        public const string NeedsNewerSdkMessage = "{0} needs {1}, which the referenced AWSSDK.Connect does not have; update the AWSSDK.Connect package";
        public static readonly QueryDiagnosticDescriptor NeedsNewerSdk = new QueryDiagnosticDescriptor(NeedsNewerSdkId, NeedsNewerSdkTitle, NeedsNewerSdkMessage, QuerySeverity.Error, QueryCategory);

        public const string ContentTooLongId = "CFQ020";
        public const string ContentTooLongTitle = "Flow content longer than 256000 characters";
        public const string ContentTooLongMessage = "The {0} content is {1} characters long; Amazon Connect accepts at most {2}";
        public static readonly QueryDiagnosticDescriptor ContentTooLong = new QueryDiagnosticDescriptor(ContentTooLongId, ContentTooLongTitle, ContentTooLongMessage, QuerySeverity.Error, UsageCategory);

        public const string ContentEmptyId = "CFQ021";
        public const string ContentEmptyTitle = "Empty flow content";
        public const string ContentEmptyMessage = "The {0} content is empty; Amazon Connect requires flow language JSON of 1 to {1} characters";
        public static readonly QueryDiagnosticDescriptor ContentEmpty = new QueryDiagnosticDescriptor(ContentEmptyId, ContentEmptyTitle, ContentEmptyMessage, QuerySeverity.Error, UsageCategory);

        public const string ContentNotJsonId = "CFQ022";
        public const string ContentNotJsonTitle = "Flow content is not valid JSON";
        public const string ContentNotJsonMessage = "The {0} content is not valid JSON: {1} at line {2}, column {3}";
        public static readonly QueryDiagnosticDescriptor ContentNotJson = new QueryDiagnosticDescriptor(ContentNotJsonId, ContentNotJsonTitle, ContentNotJsonMessage, QuerySeverity.Warning, UsageCategory);

        public const string InvalidConstantValueId = "CFQ023";
        public const string InvalidConstantValueTitle = "String is not a value of the SDK enum";
        public const string InvalidConstantValueMessage = "'{0}' is not a valid {1} value{2}; valid values: {3}";
        public static readonly QueryDiagnosticDescriptor InvalidConstantValue = new QueryDiagnosticDescriptor(InvalidConstantValueId, InvalidConstantValueTitle, InvalidConstantValueMessage, QuerySeverity.Error, UsageCategory);

        public const string InvalidStringConditionFieldId = "CFQ024";
        public const string InvalidStringConditionFieldTitle = "StringCondition field name the search does not support";
        public const string InvalidStringConditionFieldMessage = "'{0}' is not a field name {1} can be searched by{2}; supported: {3}";
        public static readonly QueryDiagnosticDescriptor InvalidStringConditionField = new QueryDiagnosticDescriptor(InvalidStringConditionFieldId, InvalidStringConditionFieldTitle, InvalidStringConditionFieldMessage, QuerySeverity.Error, UsageCategory);

        public const string UnknownFlowAliasId = "CFQ025";
        public const string UnknownFlowAliasTitle = "Unknown flow or flow module alias";
        public const string UnknownFlowAliasMessage = "'{0}' is not an alias {1} accepts{2}; it documents {3}";
        public static readonly QueryDiagnosticDescriptor UnknownFlowAlias = new QueryDiagnosticDescriptor(UnknownFlowAliasId, UnknownFlowAliasTitle, UnknownFlowAliasMessage, QuerySeverity.Warning, UsageCategory);

        public const string RequestValueOutOfRangeId = "CFQ026";
        public const string RequestValueOutOfRangeTitle = "Request value outside the API's limits";
        public const string RequestValueOutOfRangeMessage = "{0}.{1} {2}; Amazon Connect accepts {3}";
        public static readonly QueryDiagnosticDescriptor RequestValueOutOfRange = new QueryDiagnosticDescriptor(RequestValueOutOfRangeId, RequestValueOutOfRangeTitle, RequestValueOutOfRangeMessage, QuerySeverity.Error, UsageCategory);

        public const string ConvertToFlowQueryId = "CFQ027";
        public const string ConvertToFlowQueryTitle = "Hand-written search request can be a query method";
        public const string ConvertToFlowQueryMessage = "This {0} can be generated from the query {1} by a [{2}] method";
        public static readonly QueryDiagnosticDescriptor ConvertToFlowQuery = new QueryDiagnosticDescriptor(ConvertToFlowQueryId, ConvertToFlowQueryTitle, ConvertToFlowQueryMessage, QuerySeverity.Info, UsageCategory);

        public const string RequestValueNotInFormId = "CFQ028";
        public const string RequestValueNotInFormTitle = "Request value not in the form the API documents";
        public const string RequestValueNotInFormMessage = "{0}.{1} {2}{3}; Amazon Connect accepts {4}";
        public static readonly QueryDiagnosticDescriptor RequestValueNotInForm = new QueryDiagnosticDescriptor(RequestValueNotInFormId, RequestValueNotInFormTitle, RequestValueNotInFormMessage, QuerySeverity.Error, UsageCategory);

        public const string InternalErrorId = "CFQ029";
        public const string InternalErrorTitle = "ConnectFlowQueries failed";
        public const string InternalErrorMessage = "ConnectFlowQueries failed {0}; this is a bug in ConnectFlowQueries: please report it at https://github.com/ConnectFlowQueries/ConnectFlowQueries/issues with this message";
        public static readonly QueryDiagnosticDescriptor InternalError = new QueryDiagnosticDescriptor(InternalErrorId, InternalErrorTitle, InternalErrorMessage, QuerySeverity.Warning, UsageCategory);

        public static readonly QueryDiagnosticDescriptor[] All =
        {
            SyntaxError, UnknownField, InvalidEnumValue, UnsupportedOperator, NotExpressible, ContainsLength, TooManyTagConditions, InvalidPlaceholder, UnusedParameter, InvalidMethod, MaxResultsOutOfRange, NestingTooDeep, ProjectSettings, NeedsNewerSdk,
            ContentTooLong, ContentEmpty, ContentNotJson, InvalidConstantValue, InvalidStringConditionField, UnknownFlowAlias, RequestValueOutOfRange, ConvertToFlowQuery,
            RequestValueNotInForm, InternalError,
        };
    }
}
