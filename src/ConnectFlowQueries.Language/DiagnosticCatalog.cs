using System;
using System.Collections.Generic;

namespace ConnectFlowQueries.Language
{
    /// <summary>Which part of the package reports a rule: the analyzers declare exactly these as supported.</summary>
    [Flags]
    internal enum DiagnosticReporters
    {
        None = 0,

        /// <summary>FlowQueryAnalyzer: the queries of [FlowQuery] / [FlowModuleQuery] methods.</summary>
        QueryAnalyzer = 1,

        /// <summary>FlowQueryGenerator: the methods' shapes and the project's settings (so a build shows them after declaration errors).</summary>
        Generator = 2,

        // The analyzers of hand-written AWSSDK.Connect request code, one per concern (namespace RequestAnalyzers).

        /// <summary>FlowContentAnalyzer: flow content in requests and in AdditionalFiles.</summary>
        FlowContentAnalyzer = 4,

        /// <summary>SdkEnumValueAnalyzer: strings that become SDK enum values.</summary>
        SdkEnumValueAnalyzer = 8,

        /// <summary>SearchFieldNameAnalyzer: StringCondition field names in search criteria.</summary>
        SearchFieldNameAnalyzer = 16,

        /// <summary>RequestMemberAnalyzer: each request member's documented limits, aliases and forms.</summary>
        RequestMemberAnalyzer = 32,

        /// <summary>ConvertToFlowQueryAnalyzer: search requests a query method can build.</summary>
        ConvertToFlowQueryAnalyzer = 64,

        All = QueryAnalyzer | Generator | FlowContentAnalyzer | SdkEnumValueAnalyzer | SearchFieldNameAnalyzer | RequestMemberAnalyzer | ConvertToFlowQueryAnalyzer,
    }

    /// <summary>
    /// Every diagnostic ConnectFlowQueries reports, one entry per rule: id, severity, category, who reports it, title
    /// and message format. The Roslyn descriptors, the analyzers' supported rules and the run-time library's
    /// diagnostics all come from here; DiagnosticCatalogTests holds AnalyzerReleases and the docs to it. Ids are a
    /// public contract: never renumber one; a new rule takes the next free id and is recorded in
    /// AnalyzerReleases.Unshipped.md and docs/diagnostics.
    /// </summary>
    internal static class DiagnosticCatalog
    {
        public const string HelpLinkBase = "https://github.com/ConnectFlowQueries/ConnectFlowQueries/blob/main/docs/diagnostics/";
        public const string QueryCategory = "ConnectFlowQueries.Query";
        public const string UsageCategory = "ConnectFlowQueries.Usage";

        // Declared before the rules: static fields initialise in textual order, and each rule adds itself here.
        private static readonly List<QueryDiagnosticDescriptor> s_rules = new List<QueryDiagnosticDescriptor>();

        public static readonly QueryDiagnosticDescriptor SyntaxError = Rule("CFQ001", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Invalid FlowQuery syntax",
            "{0}");

        public static readonly QueryDiagnosticDescriptor UnknownField = Rule("CFQ002", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Unknown search field",
            "'{0}' is not a field of {1}: {2}");

        public static readonly QueryDiagnosticDescriptor InvalidEnumValue = Rule("CFQ003", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Invalid enum value",
            "'{0}' is not a valid {1} value{2}; valid values: {3}");

        public static readonly QueryDiagnosticDescriptor UnsupportedOperator = Rule("CFQ004", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Operator not supported by the field",
            "The field '{0}' does not support '{1}'; it supports {2}");

        public static readonly QueryDiagnosticDescriptor NotExpressible = Rule("CFQ005", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "The Connect search API cannot express this",
            "{0} cannot be expressed by the Amazon Connect search API: {1}");

        public static readonly QueryDiagnosticDescriptor ContainsLength = Rule("CFQ006", QuerySeverity.Warning, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "CONTAINS value outside 2 to 25 characters",
            "The CONTAINS value '{0}' has length {1}; Amazon Connect documents CONTAINS searches of 2 to 25 characters and returns invalid results outside that range");

        public static readonly QueryDiagnosticDescriptor TooManyTagConditions = Rule("CFQ007", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Too many tag conditions",
            "The tag filter needs {0} tag conditions after normalisation to an OR of AND lists; Amazon Connect accepts at most {1}");

        public static readonly QueryDiagnosticDescriptor InvalidPlaceholder = Rule("CFQ008", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Placeholder without a matching parameter",
            "{0}");

        public static readonly QueryDiagnosticDescriptor UnusedParameter = Rule("CFQ009", QuerySeverity.Warning, UsageCategory, DiagnosticReporters.QueryAnalyzer,
            "Parameter not used by the query",
            "The parameter '{0}' is neither used by a {{placeholder}} in the query nor one of {1}");

        public static readonly QueryDiagnosticDescriptor InvalidMethod = Rule("CFQ010", QuerySeverity.Error, UsageCategory, DiagnosticReporters.Generator,
            "Invalid FlowQuery method",
            "{0}");

        public static readonly QueryDiagnosticDescriptor MaxResultsOutOfRange = Rule("CFQ011", QuerySeverity.Error, UsageCategory, DiagnosticReporters.Generator,
            "MaxResults outside 1 to 100",
            "MaxResults is {0}; Amazon Connect accepts 1 to 100 results per page");

        public static readonly QueryDiagnosticDescriptor NestingTooDeep = Rule("CFQ012", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Query nested too deeply",
            "The query nests parentheses or 'not' deeper than {0} levels; flatten it");

        public static readonly QueryDiagnosticDescriptor ProjectSettings = Rule("CFQ013", QuerySeverity.Error, UsageCategory, DiagnosticReporters.Generator,
            "Project settings the query methods cannot be generated with",
            "{0}");

        public static readonly QueryDiagnosticDescriptor NeedsNewerSdk = Rule("CFQ014", QuerySeverity.Error, QueryCategory, DiagnosticReporters.QueryAnalyzer,
            "Query needs a newer AWSSDK.Connect",
            "{0} needs {1}, which the referenced AWSSDK.Connect does not have; update the AWSSDK.Connect package");

        public static readonly QueryDiagnosticDescriptor ContentTooLong = Rule("CFQ020", QuerySeverity.Error, UsageCategory, DiagnosticReporters.FlowContentAnalyzer,
            "Flow content longer than 256000 characters",
            "The {0} content is {1} characters long; Amazon Connect accepts at most {2}");

        public static readonly QueryDiagnosticDescriptor ContentEmpty = Rule("CFQ021", QuerySeverity.Error, UsageCategory, DiagnosticReporters.FlowContentAnalyzer,
            "Empty flow content",
            "The {0} content is empty; Amazon Connect requires flow language JSON of 1 to {1} characters");

        public static readonly QueryDiagnosticDescriptor ContentNotJson = Rule("CFQ022", QuerySeverity.Warning, UsageCategory, DiagnosticReporters.FlowContentAnalyzer,
            "Flow content is not valid JSON",
            "The {0} content is not valid JSON: {1} at line {2}, column {3}");

        public static readonly QueryDiagnosticDescriptor InvalidConstantValue = Rule("CFQ023", QuerySeverity.Error, UsageCategory, DiagnosticReporters.SdkEnumValueAnalyzer,
            "String is not a value of the SDK enum",
            "'{0}' is not a valid {1} value{2}; valid values: {3}");

        public static readonly QueryDiagnosticDescriptor InvalidStringConditionField = Rule("CFQ024", QuerySeverity.Error, UsageCategory, DiagnosticReporters.SearchFieldNameAnalyzer,
            "StringCondition field name the search does not support",
            "'{0}' is not a field name {1} can be searched by{2}; supported: {3}");

        public static readonly QueryDiagnosticDescriptor UnknownFlowAlias = Rule("CFQ025", QuerySeverity.Warning, UsageCategory, DiagnosticReporters.RequestMemberAnalyzer,
            "Unknown flow or flow module alias",
            "'{0}' is not an alias {1} accepts{2}; it documents {3}");

        public static readonly QueryDiagnosticDescriptor RequestValueOutOfRange = Rule("CFQ026", QuerySeverity.Error, UsageCategory, DiagnosticReporters.RequestMemberAnalyzer,
            "Request value outside the API's limits",
            "{0}.{1} {2}; Amazon Connect accepts {3}");

        public static readonly QueryDiagnosticDescriptor ConvertToFlowQuery = Rule("CFQ027", QuerySeverity.Info, UsageCategory, DiagnosticReporters.ConvertToFlowQueryAnalyzer,
            "Hand-written search request can be a query method",
            "This {0} can be generated from the query {1} by a [{2}] method");

        public static readonly QueryDiagnosticDescriptor RequestValueNotInForm = Rule("CFQ028", QuerySeverity.Error, UsageCategory, DiagnosticReporters.RequestMemberAnalyzer,
            "Request value not in the form the API documents",
            "{0}.{1} {2}{3}; Amazon Connect accepts {4}");

        public static readonly QueryDiagnosticDescriptor InternalError = Rule("CFQ029", QuerySeverity.Warning, UsageCategory, DiagnosticReporters.All,
            "ConnectFlowQueries failed",
            "ConnectFlowQueries failed {0}; this is a bug in ConnectFlowQueries: please report it at https://github.com/ConnectFlowQueries/ConnectFlowQueries/issues with this message");

        /// <summary>Every rule in id order; a rule's <see cref="QueryDiagnosticDescriptor.Ordinal"/> is its index here.</summary>
        public static readonly QueryDiagnosticDescriptor[] All = s_rules.ToArray();

        private static QueryDiagnosticDescriptor Rule(string id, QuerySeverity severity, string category, DiagnosticReporters reporters, string title, string messageFormat)
        {
            var rule = new QueryDiagnosticDescriptor(id, title, messageFormat, severity, category, reporters, s_rules.Count);
            s_rules.Add(rule);
            return rule;
        }
    }
}
