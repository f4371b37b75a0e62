using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>The request the run-time benchmarks build, four ways.</summary>
    internal static class RunTimeRequests
    {
        public const string Query = "name *= {text} and (type = CONTACT_FLOW or type = CUSTOMER_QUEUE) and status = PUBLISHED and tag:Department = {department}";
    }

    /// <summary>Built by the generator at compile time (this project references it as an analyzer).</summary>
    internal static partial class GeneratedRequests
    {
        [FlowQuery(RunTimeRequests.Query)]
        public static partial SearchContactFlowsRequest ByDepartment(string instanceId, string text, string department);
    }

    /// <summary>What a developer writes by hand for the same request: the instance id held to its limits, then the request.</summary>
    internal static class HandWrittenRequests
    {
        public static SearchContactFlowsRequest ByDepartment(string instanceId, string text, string department)
        {
            if (instanceId is null) throw new System.ArgumentNullException(nameof(instanceId));
            if (instanceId.Length == 0 || instanceId.Length > 100) throw new System.ArgumentException("The Amazon Connect instance id has 1 to 100 characters.", nameof(instanceId));

            return new SearchContactFlowsRequest
            {
                InstanceId = instanceId,
                SearchCriteria = new ContactFlowSearchCriteria
                {
                    AndConditions = new List<ContactFlowSearchCriteria>
                    {
                        new ContactFlowSearchCriteria
                        {
                            StringCondition = new StringCondition { FieldName = "name", Value = text, ComparisonType = StringComparisonType.CONTAINS },
                        },
                        new ContactFlowSearchCriteria
                        {
                            OrConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CONTACT_FLOW },
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CUSTOMER_QUEUE },
                            },
                        },
                        new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.PUBLISHED },
                    },
                },
                SearchFilter = new ContactFlowSearchFilter
                {
                    TagFilter = new ControlPlaneTagFilter { TagCondition = new TagCondition { TagKey = "Department", TagValue = department } },
                },
            };
        }
    }

    /// <summary>
    /// The alternative the generator replaces: parse and bind the query text on every call (with the language's
    /// own parser and binder) and build the request by walking the bound query. The schema and the parameter list
    /// are prepared once, so only the per-call work is timed.
    /// </summary>
    internal static class RunTimeParsedRequests
    {
        private static readonly QuerySchema FlowSchema = QuerySchema.Documented(QueryTarget.Flows);

        private static readonly QueryParameter[] Parameters =
        {
            new QueryParameter("instanceId", "string"),
            new QueryParameter("text", "string"),
            new QueryParameter("department", "string"),
        };

        public static SearchContactFlowsRequest ByDepartment(string instanceId, string text, string department) =>
            Build(RunTimeRequests.Query, instanceId, Parameters, name => name switch
            {
                "text" => text,
                "department" => department,
                _ => throw new ArgumentException($"No argument for {{{name}}}", nameof(name)),
            });

        public static SearchContactFlowsRequest Build(string query, string instanceId, IReadOnlyList<QueryParameter> parameters, Func<string, object?> argument)
        {
            BindResult bound = QueryBinder.Bind(query, FlowSchema, parameters);
            BoundQuery result = bound.Query ?? throw new ArgumentException(string.Join("; ", bound.Diagnostics), nameof(query));
            var request = new SearchContactFlowsRequest { InstanceId = instanceId };
            if (result.Criteria is { } criteria)
            {
                request.SearchCriteria = Criteria(criteria, argument);
            }

            if (result.TagFilter is { } tags)
            {
                request.SearchFilter = new ContactFlowSearchFilter { TagFilter = TagFilter(tags, argument) };
            }

            return request;
        }

        private static ContactFlowSearchCriteria Criteria(BoundCriteria criteria, Func<string, object?> argument)
        {
            switch (criteria)
            {
                case BoundLogical logical:
                    var operands = new List<ContactFlowSearchCriteria>(logical.Operands.Count);
                    foreach (BoundCriteria operand in logical.Operands)
                    {
                        operands.Add(Criteria(operand, argument));
                    }

                    return logical.Operator == LogicalOperator.And
                        ? new ContactFlowSearchCriteria { AndConditions = operands }
                        : new ContactFlowSearchCriteria { OrConditions = operands };
                case BoundStringCondition condition:
                    return new ContactFlowSearchCriteria
                    {
                        StringCondition = new StringCondition
                        {
                            FieldName = condition.FieldName,
                            Value = Text(condition.Value, argument),
                            ComparisonType = StringComparisonType.FindValue(condition.Match.WireName()),
                        },
                    };
                case BoundEnumCondition condition:
                    object? value = condition.Value.IsParameter ? argument(condition.Value.Text) : condition.Value.Text;
                    return condition.CriteriaProperty switch
                    {
                        "TypeCondition" => new ContactFlowSearchCriteria { TypeCondition = value as ContactFlowType ?? ContactFlowType.FindValue((string)value!) },
                        "StateCondition" => new ContactFlowSearchCriteria { StateCondition = value as ContactFlowState ?? ContactFlowState.FindValue((string)value!) },
                        _ => new ContactFlowSearchCriteria { StatusCondition = value as ContactFlowStatus ?? ContactFlowStatus.FindValue((string)value!) },
                    };
                default:
                    throw new ArgumentException($"Unexpected {criteria.GetType().Name}", nameof(criteria));
            }
        }

        private static ControlPlaneTagFilter TagFilter(BoundTagFilter filter, Func<string, object?> argument)
        {
            var anyOf = new List<List<TagCondition>>(filter.AnyOf.Count);
            foreach (EquatableArray<BoundTag> all in filter.AnyOf)
            {
                var conditions = new List<TagCondition>(all.Count);
                foreach (BoundTag tag in all)
                {
                    conditions.Add(new TagCondition { TagKey = tag.Key, TagValue = Text(tag.Value, argument) });
                }

                anyOf.Add(conditions);
            }

            // The shapes the generator emits: one condition, one AND list, or an OR of AND lists.
            return anyOf.Count == 1 && anyOf[0].Count == 1 ? new ControlPlaneTagFilter { TagCondition = anyOf[0][0] }
                : anyOf.Count == 1 ? new ControlPlaneTagFilter { AndConditions = anyOf[0] }
                : new ControlPlaneTagFilter { OrConditions = anyOf };
        }

        private static string? Text(BoundValue value, Func<string, object?> argument) =>
            value.IsParameter ? (string?)argument(value.Text) : value.Text;
    }

    /// <summary>
    /// What a user of this library does with a query known only at run time: the public API. The values go into
    /// the text (a run-time query has no parameters; quoted as the language's printer quotes), <see cref="FlowQuery.TryParse"/> parses and
    /// checks it, and the generated <c>ToSearchContactFlowsRequest</c> extension builds the request.
    /// </summary>
    internal static class PublicRunTimeRequests
    {
        public static SearchContactFlowsRequest ByDepartment(string instanceId, string text, string department)
        {
            string query = RunTimeRequests.Query.Replace("{text}", QueryPrinter.Quote(text)).Replace("{department}", QueryPrinter.Quote(department));
            if (!FlowQuery.TryParse(query, FlowQueryTarget.Flows, out FlowQuery? parsed, out IReadOnlyList<FlowQueryDiagnostic> diagnostics))
            {
                throw new ArgumentException(string.Join("; ", diagnostics), nameof(text));
            }

            return parsed.ToSearchContactFlowsRequest(instanceId);
        }
    }
}
