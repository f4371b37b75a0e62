namespace ConnectFlowQueries.Language
{
    /// <summary>Which one of its three members a ControlPlaneTagFilter holds.</summary>
    internal enum TagFilterForm
    {
        /// <summary>One tag condition.</summary>
        TagCondition,

        /// <summary>One AND list.</summary>
        AndConditions,

        /// <summary>An OR of AND lists.</summary>
        OrConditions,
    }

    /// <summary>
    /// The search request's shape as the service model defines it. Member names are the same on the wire (the AWS
    /// CLI's --cli-input-json) and as AWSSDK.Connect property names, so the JSON writer and the C# emitters share them.
    /// </summary>
    internal static class RequestShape
    {
        public const string InstanceId = nameof(InstanceId);
        public const string MaxResults = nameof(MaxResults);
        public const string NextToken = nameof(NextToken);
        public const string SearchCriteria = nameof(SearchCriteria);
        public const string SearchFilter = nameof(SearchFilter);
        public const string TagFilter = nameof(TagFilter);
        public const string AndConditions = nameof(AndConditions);
        public const string OrConditions = nameof(OrConditions);
        public const string TagCondition = nameof(TagCondition);
        public const string TagKey = nameof(TagKey);
        public const string TagValue = nameof(TagValue);
        public const string StringCondition = nameof(StringCondition);
        public const string FieldName = nameof(FieldName);
        public const string Value = nameof(Value);
        public const string ComparisonType = nameof(ComparisonType);
        public const string FlowAttributeFilter = nameof(FlowAttributeFilter);
        public const string TagConditions = nameof(TagConditions);
        public const string ContactFlowTypeCondition = nameof(ContactFlowTypeCondition);
        public const string ContactFlowType = nameof(ContactFlowType);

        /// <summary>The enum type of <see cref="ComparisonType"/>; its values are <see cref="StringMatchExtensions.WireName"/>.</summary>
        public const string ComparisonTypeEnum = "StringComparisonType";

        public static string Member(LogicalOperator op) => op == LogicalOperator.And ? AndConditions : OrConditions;

        /// <summary>The smallest member that holds the filter: a single condition, one AND list, or the OR of AND lists.</summary>
        public static TagFilterForm FormOf(BoundTagFilter filter) =>
            filter.AnyOf.Count != 1 ? TagFilterForm.OrConditions
            : filter.AnyOf[0].Count == 1 ? TagFilterForm.TagCondition
            : TagFilterForm.AndConditions;
    }
}
