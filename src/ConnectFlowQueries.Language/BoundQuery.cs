namespace ConnectFlowQueries.Language
{
    internal enum StringMatch
    {
        Exact,
        StartsWith,
        Contains,
    }

    /// <summary>A literal value, or a method parameter named by a {placeholder}.</summary>
    internal sealed record BoundValue(string Text, bool IsParameter, string ParameterTypeName)
    {
        public static BoundValue Literal(string text) => new BoundValue(text, false, string.Empty);
    }

    /// <summary>One node of the request's SearchCriteria, as the API shapes it.</summary>
    internal abstract record BoundCriteria;

    internal sealed record BoundStringCondition(string FieldName, BoundValue Value, StringMatch Match) : BoundCriteria;

    /// <summary>A Type/State/Status condition: the criteria property, the ConstantClass type and the value's field name.</summary>
    internal sealed record BoundEnumCondition(string CriteriaProperty, string EnumTypeName, BoundValue Value) : BoundCriteria;

    internal sealed record BoundLogical(LogicalOperator Operator, EquatableArray<BoundCriteria> Operands) : BoundCriteria;

    internal sealed record BoundTag(string Key, BoundValue Value);

    /// <summary>A tag filter as an OR of AND lists, the shape ControlPlaneTagFilter takes.</summary>
    internal sealed record BoundTagFilter(EquatableArray<EquatableArray<BoundTag>> AnyOf);

    /// <summary>
    /// One term of a flow attribute filter: tag conditions and at most one flow type, all of which must hold (the
    /// request's <c>ContactFlowAttributeAndCondition</c>).
    /// </summary>
    internal sealed record BoundAttributeTerm(EquatableArray<BoundTag> Tags, BoundEnumCondition? Type);

    /// <summary>
    /// An OR of terms that mixes tag and flow type conditions, which only <c>ContactFlowSearchFilter.FlowAttributeFilter</c>
    /// can hold (the criteria have no tags, the tag filter no types).
    /// </summary>
    internal sealed record BoundAttributeFilter(EquatableArray<BoundAttributeTerm> AnyOf);

    /// <summary>A query bound to a schema: what the request's SearchCriteria and SearchFilter hold; every part is AND-ed.</summary>
    internal sealed record BoundQuery(QueryTarget Target, BoundCriteria? Criteria, BoundTagFilter? TagFilter, BoundAttributeFilter? AttributeFilter = null);

    internal static class StringMatchExtensions
    {
        /// <summary>The StringComparisonType value on the wire and the name of its SDK static field.</summary>
        public static string WireName(this StringMatch match) => match switch
        {
            StringMatch.StartsWith => "STARTS_WITH",
            StringMatch.Contains => "CONTAINS",
            _ => "EXACT",
        };
    }
}
