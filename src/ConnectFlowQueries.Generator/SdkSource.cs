using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// How generated C# spells AWSSDK.Connect types, enum values and lists: one place for both emitters (the
    /// [FlowQuery] method bodies and the run-time request extensions), so they build the same object graph.
    /// </summary>
    internal static class SdkSource
    {
        public const string ConnectPrefix = "global::Amazon.Connect.";
        public const string ModelPrefix = "global::Amazon.Connect.Model.";
        public const string ListPrefix = "global::System.Collections.Generic.List<";

        public const string StringConditionType = ModelPrefix + "StringCondition";
        public const string TagFilterType = ModelPrefix + "ControlPlaneTagFilter";
        public const string TagConditionType = ModelPrefix + "TagCondition";

        public static string ModelType(string name) => ModelPrefix + name;

        /// <summary>v4 collections are null by default, so every list is created: this is its type.</summary>
        public static string ListOf(string elementType) => ListPrefix + elementType + ">";

        public static string RequestType(QueryTarget target) => ModelType(FlowQueryMethodReader.SdkNames(target).Request);

        public static string CriteriaType(QueryTarget target) =>
            ModelType(target == QueryTarget.Flows ? "ContactFlowSearchCriteria" : "ContactFlowModuleSearchCriteria");

        public static string FilterType(QueryTarget target) =>
            ModelType(target == QueryTarget.Flows ? "ContactFlowSearchFilter" : "ContactFlowModuleSearchFilter");

        /// <summary>A ConstantClass value the query names: its static field, such as <c>ContactFlowStatus.PUBLISHED</c>.</summary>
        public static string EnumConstant(string enumTypeName, string value) => ConnectPrefix + enumTypeName + "." + value;

        /// <summary>A ConstantClass value known only at run time, from a string expression.</summary>
        public static string EnumFromString(string enumTypeName, string expression) => ConnectPrefix + enumTypeName + ".FindValue(" + expression + ")";

        public static string ComparisonType(StringMatch match) => EnumConstant(RequestShape.ComparisonTypeEnum, match.WireName());
    }
}
