using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// How generated C# spells AWSSDK.Connect types, enum values and lists: one place for both emitters (the
    /// [FlowQuery] method bodies and the run-time request extensions), so they build the same object graph.
    /// The spellings a method body uses are built once here, not per method (the emitter runs per method).
    /// </summary>
    internal static class SdkSource
    {
        public const string ConnectPrefix = "global::Amazon.Connect.";
        public const string ModelPrefix = "global::Amazon.Connect.Model.";
        public const string ListPrefix = "global::System.Collections.Generic.List<";

        public const string StringConditionType = ModelPrefix + "StringCondition";
        public const string TagFilterType = ModelPrefix + "ControlPlaneTagFilter";
        public const string TagConditionType = ModelPrefix + "TagCondition";
        public const string TagConditionListType = ListPrefix + TagConditionType + ">";
        public const string TagConditionListListType = ListPrefix + TagConditionListType + ">";
        public const string AttributeFilterType = ModelPrefix + "ContactFlowAttributeFilter";
        public const string AttributeAndConditionType = ModelPrefix + "ContactFlowAttributeAndCondition";
        public const string AttributeAndConditionListType = ListPrefix + AttributeAndConditionType + ">";
        public const string TypeConditionType = ModelPrefix + "ContactFlowTypeCondition";

        private static readonly TargetTypes Flows = new TargetTypes(SdkNames.Flows);
        private static readonly TargetTypes Modules = new TargetTypes(SdkNames.Modules);

        private static readonly string[] ComparisonTypes =
        {
            EnumConstant(RequestShape.ComparisonTypeEnum, StringMatch.Exact.WireName()),
            EnumConstant(RequestShape.ComparisonTypeEnum, StringMatch.StartsWith.WireName()),
            EnumConstant(RequestShape.ComparisonTypeEnum, StringMatch.Contains.WireName()),
        };

        public static string ModelType(string name) => ModelPrefix + name;

        /// <summary>v4 collections are null by default, so every list is created: this is its type.</summary>
        public static string ListOf(string elementType) => ListPrefix + elementType + ">";

        public static string RequestType(QueryTarget target) => For(target).Request;

        /// <summary>"global::System.Threading.Tasks.Task&lt;global::Amazon.Connect.Model.SearchContactFlowsResponse&gt;".</summary>
        public static string TaskOfResponseType(QueryTarget target) => For(target).TaskOfResponse;

        /// <summary>"global::System.Collections.Generic.IAsyncEnumerable&lt;global::Amazon.Connect.Model.ContactFlow&gt;".</summary>
        public static string AsyncEnumerableOfItemType(QueryTarget target) => For(target).AsyncEnumerableOfItem;

        public static string CriteriaType(QueryTarget target) => For(target).Criteria;

        public static string CriteriaListType(QueryTarget target) => For(target).CriteriaList;

        public static string FilterType(QueryTarget target) => For(target).Filter;

        /// <summary>A ConstantClass value the query names: its static field, such as <c>ContactFlowStatus.PUBLISHED</c>.</summary>
        public static string EnumConstant(string enumTypeName, string value) =>
            AppendEnumConstant(CodeWriter.Acquire(), enumTypeName, value).ToStringAndRelease();

        /// <summary><see cref="EnumConstant"/> written by <paramref name="writer"/>: the per-method emitter builds no string for it.</summary>
        public static CodeWriter AppendEnumConstant(CodeWriter writer, string enumTypeName, string value) =>
            writer.Append(ConnectPrefix).Append(enumTypeName).Append('.').Append(value);

        /// <summary>A ConstantClass value known only at run time, from a string expression.</summary>
        public static CodeWriter AppendEnumFromString(CodeWriter writer, string enumTypeName, string expression) =>
            writer.Append(ConnectPrefix).Append(enumTypeName).Append(".FindValue(").Append(expression).Append(')');

        public static string ComparisonType(StringMatch match) => ComparisonTypes[(int)match];

        private static TargetTypes For(QueryTarget target) => target == QueryTarget.Flows ? Flows : Modules;

        private sealed class TargetTypes
        {
            public TargetTypes(SdkNames names)
            {
                Request = ModelType(names.Request);
                TaskOfResponse = "global::System.Threading.Tasks.Task<" + ModelType(names.Response) + ">";
                AsyncEnumerableOfItem = "global::System.Collections.Generic.IAsyncEnumerable<" + ModelType(names.Item) + ">";
                Criteria = ModelType(names.Criteria);
                CriteriaList = ListOf(Criteria);
                Filter = ModelType(names.Filter);
            }

            public string Request { get; }

            public string TaskOfResponse { get; }

            public string AsyncEnumerableOfItem { get; }

            public string Criteria { get; }

            public string CriteriaList { get; }

            public string Filter { get; }
        }
    }
}
