using System;
using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>How a <see cref="FlowStringCondition"/> compares (the request's <c>StringComparisonType</c>).</summary>
    public enum FlowStringComparison
    {
        /// <summary><c>=</c>: <c>EXACT</c>.</summary>
        Exact,

        /// <summary><c>^=</c>: <c>STARTS_WITH</c>.</summary>
        StartsWith,

        /// <summary><c>*=</c>: <c>CONTAINS</c>.</summary>
        Contains,
    }

    /// <summary>How a <see cref="FlowLogicalCriteria"/> joins its operands.</summary>
    public enum FlowLogicalOperator
    {
        /// <summary>Every operand holds: <c>AndConditions</c>.</summary>
        And,

        /// <summary>At least one operand holds: <c>OrConditions</c>.</summary>
        Or,
    }

    /// <summary>
    /// One node of a query's search criteria, shaped as the request's <c>SearchCriteria</c>: a
    /// <see cref="FlowStringCondition"/>, a <see cref="FlowEnumCondition"/> or a <see cref="FlowLogicalCriteria"/>.
    /// Only <see cref="FlowQuery.Parse(string, FlowQueryTarget)"/> creates them, so every node is one the API accepts.
    /// </summary>
    public abstract class FlowCriteria : IEquatable<FlowCriteria>
    {
        private readonly QueryTarget _target;

        private protected FlowCriteria(BoundCriteria bound, QueryTarget target)
        {
            Bound = bound;
            _target = target;
        }

        internal BoundCriteria Bound { get; }

        /// <inheritdoc />
        public bool Equals(FlowCriteria? other) => other is not null && Bound.Equals(other.Bound);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowCriteria);

        /// <inheritdoc />
        public override int GetHashCode() => Bound.GetHashCode();

        /// <summary>The criteria as canonical query text.</summary>
        public override string ToString() => QueryPrinter.Print(new BoundQuery(_target, Bound, null));

        internal static FlowCriteria From(BoundCriteria bound, QueryTarget target) => bound switch
        {
            BoundLogical logical => new FlowLogicalCriteria(logical, target),
            BoundStringCondition condition => new FlowStringCondition(condition, target),
            BoundEnumCondition condition => new FlowEnumCondition(condition, target),
            _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, "not a criteria node"),
        };
    }

    /// <summary><c>name</c> or <c>description</c> compared with a text: the request's <c>StringCondition</c>.</summary>
    public sealed class FlowStringCondition : FlowCriteria
    {
        internal FlowStringCondition(BoundStringCondition bound, QueryTarget target)
            : base(bound, target)
        {
            Field = bound.FieldName;
            Comparison = bound.Match switch
            {
                StringMatch.StartsWith => FlowStringComparison.StartsWith,
                StringMatch.Contains => FlowStringComparison.Contains,
                _ => FlowStringComparison.Exact,
            };
            Value = bound.Value.Text;
        }

        /// <summary>The field, <c>name</c> or <c>description</c> (the request's <c>FieldName</c>).</summary>
        public string Field { get; }

        /// <summary>How the field is compared with <see cref="Value"/>.</summary>
        public FlowStringComparison Comparison { get; }

        /// <summary>The text, unquoted.</summary>
        public string Value { get; }
    }

    /// <summary><c>type</c>, <c>state</c> or <c>status</c> equal to a value: the request's <c>TypeCondition</c>, <c>StateCondition</c> or <c>StatusCondition</c>.</summary>
    public sealed class FlowEnumCondition : FlowCriteria
    {
        internal FlowEnumCondition(BoundEnumCondition bound, QueryTarget target)
            : base(bound, target)
        {
            Field = QuerySchema.Documented(target).FindByCriteriaProperty(bound.CriteriaProperty)?.Name ?? bound.CriteriaProperty;
            Value = bound.Value.Text;
        }

        /// <summary>The field: <c>type</c>, <c>state</c> or <c>status</c>.</summary>
        public string Field { get; }

        /// <summary>The value as the API spells it, such as <c>PUBLISHED</c> (whatever case the query used).</summary>
        public string Value { get; }
    }

    /// <summary>Operands joined with 'and' or 'or': the request's <c>AndConditions</c> or <c>OrConditions</c>.</summary>
    public sealed class FlowLogicalCriteria : FlowCriteria
    {
        internal FlowLogicalCriteria(BoundLogical bound, QueryTarget target)
            : base(bound, target)
        {
            Operator = bound.Operator == LogicalOperator.And ? FlowLogicalOperator.And : FlowLogicalOperator.Or;
            Operands = Array.AsReadOnly(bound.Operands.Select(o => From(o, target)).ToArray());
        }

        /// <summary>And or or.</summary>
        public FlowLogicalOperator Operator { get; }

        /// <summary>Two or more operands, in query order.</summary>
        public IReadOnlyList<FlowCriteria> Operands { get; }
    }
}
