using System;

namespace ConnectFlowQueries.Language
{
    internal enum QueryTarget
    {
        Flows,
        Modules,
    }

    internal enum FieldValueKind
    {
        String,
        Enum,
    }

    /// <summary>
    /// A searchable field. For enum fields the values come from the SDK the user references (the Roslyn
    /// layer reads them from symbols) or, at run time, from the values the API documents.
    /// </summary>
    internal sealed record FieldSchema(
        string Name,
        FieldValueKind Kind,
        string CriteriaProperty,
        string EnumTypeName,
        EquatableArray<string> EnumValues,
        string? UnavailableReason)
    {
        public bool IsAvailable => UnavailableReason is null;

        /// <summary>"Amazon.Connect.ContactFlowType": the type a {placeholder} of this enum field takes, spelled once.</summary>
        public string EnumFullTypeName { get; } = EnumTypeName.Length == 0 ? string.Empty : "Amazon.Connect." + EnumTypeName;

        public static FieldSchema String(string name) =>
            new FieldSchema(name, FieldValueKind.String, "StringCondition", string.Empty, EquatableArray<string>.Empty, null);

        public static FieldSchema Enum(string name, string criteriaProperty, string enumTypeName, EquatableArray<string> values) =>
            new FieldSchema(name, FieldValueKind.Enum, criteriaProperty, enumTypeName, values, null);

        public static FieldSchema Unavailable(string name, string reason) =>
            new FieldSchema(name, FieldValueKind.String, string.Empty, string.Empty, EquatableArray<string>.Empty, reason);
    }

    /// <summary>
    /// What a query may search: the fields of flows or of flow modules, for one SDK version, and whether that SDK has
    /// <c>ContactFlowSearchFilter.FlowAttributeFilter</c> (an OR of tag and flow type conditions; flows only).
    /// </summary>
    internal sealed record QuerySchema(QueryTarget Target, EquatableArray<FieldSchema> Fields, bool HasFlowAttributeFilter = false)
    {
        public string TargetDisplayName => Target == QueryTarget.Flows ? "contact flows" : "contact flow modules";

        public FieldSchema? Find(string name)
        {
            foreach (FieldSchema field in Fields)
            {
                if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>The field a bound enum condition came from (its criteria property, such as StatusCondition, is unique).</summary>
        public FieldSchema? FindByCriteriaProperty(string criteriaProperty)
        {
            foreach (FieldSchema field in Fields)
            {
                if (field.Kind == FieldValueKind.Enum && field.CriteriaProperty == criteriaProperty)
                {
                    return field;
                }
            }

            return null;
        }

        /// <summary>
        /// The values the API reference documents (AWSSDK.Connect 4.0.31) and the flow attribute filter the service model
        /// has had since 2025-12-01, for use without an SDK at hand.
        /// </summary>
        public static QuerySchema Documented(QueryTarget target) => target == QueryTarget.Flows
            ? ForFlows(
                Values("AGENT_HOLD", "AGENT_TRANSFER", "AGENT_WHISPER", "CAMPAIGN", "CONTACT_FLOW", "CUSTOMER_HOLD", "CUSTOMER_QUEUE", "CUSTOMER_WHISPER", "OUTBOUND_WHISPER", "QUEUE_TRANSFER"),
                Values("ACTIVE", "ARCHIVED"),
                Values("PUBLISHED", "SAVED"),
                hasFlowAttributeFilter: true)
            : ForModules(Values("ACTIVE", "ARCHIVED"), Values("PUBLISHED", "SAVED"));

        public static QuerySchema ForFlows(EquatableArray<string> types, EquatableArray<string> states, EquatableArray<string> statuses, bool hasFlowAttributeFilter) =>
            new QuerySchema(QueryTarget.Flows, FieldList(
                FieldSchema.String("name"),
                FieldSchema.String("description"),
                FieldSchema.Enum(TypeField, "TypeCondition", "ContactFlowType", types),
                FieldSchema.Enum("state", "StateCondition", "ContactFlowState", states),
                FieldSchema.Enum("status", "StatusCondition", "ContactFlowStatus", statuses)), hasFlowAttributeFilter);

        /// <summary>The flow type field, the one field a flow attribute filter takes beside tags.</summary>
        public const string TypeField = "type";

        /// <summary>Null value lists mean the referenced SDK's module criteria lack that condition.</summary>
        public static QuerySchema ForModules(EquatableArray<string>? states, EquatableArray<string>? statuses) =>
            new QuerySchema(QueryTarget.Modules, FieldList(
                FieldSchema.String("name"),
                FieldSchema.String("description"),
                FieldSchema.Unavailable("type", "flow modules have no type; search contact flows to filter by type"),
                states is { } s
                    ? FieldSchema.Enum("state", "StateCondition", "ContactFlowModuleState", s)
                    : FieldSchema.Unavailable("state", "the referenced AWSSDK.Connect has no ContactFlowModuleSearchCriteria.StateCondition; update AWSSDK.Connect to filter modules by state"),
                statuses is { } t
                    ? FieldSchema.Enum("status", "StatusCondition", "ContactFlowModuleStatus", t)
                    : FieldSchema.Unavailable("status", "the referenced AWSSDK.Connect has no ContactFlowModuleSearchCriteria.StatusCondition; update AWSSDK.Connect to filter modules by status")));

        private static EquatableArray<string> Values(params string[] values) => values.ToEquatableArray();

        private static EquatableArray<FieldSchema> FieldList(params FieldSchema[] fields) => fields.ToEquatableArray();
    }
}
