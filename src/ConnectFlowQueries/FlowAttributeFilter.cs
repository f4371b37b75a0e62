using System;
using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>
    /// An 'or' of tag and flow type conditions, as the request's <c>SearchFilter.FlowAttributeFilter.OrConditions</c>
    /// takes it (<c>type = CAMPAIGN or tag:Team = 'ops'</c> is two conditions). AND-ed with the search criteria and the
    /// tag filter. Contact flows only.
    /// </summary>
    public sealed class FlowAttributeFilter : IEquatable<FlowAttributeFilter>
    {
        private readonly BoundAttributeFilter _bound;

        internal FlowAttributeFilter(BoundAttributeFilter bound)
        {
            _bound = bound;
            AnyOf = Array.AsReadOnly(bound.AnyOf.Select(term => new FlowAttributeCondition(term)).ToArray());
        }

        /// <summary>A flow matches when at least one condition holds. Two or more, in query order.</summary>
        public IReadOnlyList<FlowAttributeCondition> AnyOf { get; }

        /// <inheritdoc />
        public bool Equals(FlowAttributeFilter? other) => other is not null && _bound.Equals(other._bound);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowAttributeFilter);

        /// <inheritdoc />
        public override int GetHashCode() => _bound.GetHashCode();

        /// <summary>The filter as canonical query text.</summary>
        public override string ToString() => QueryPrinter.Print(new BoundQuery(QueryTarget.Flows, null, null, _bound));
    }

    /// <summary>
    /// One condition of a <see cref="FlowAttributeFilter"/>, the request's <c>ContactFlowAttributeAndCondition</c>:
    /// tag conditions and at most one flow type, all of which must hold.
    /// </summary>
    public sealed class FlowAttributeCondition : IEquatable<FlowAttributeCondition>
    {
        private readonly BoundAttributeTerm _bound;

        internal FlowAttributeCondition(BoundAttributeTerm bound)
        {
            _bound = bound;
            Tags = Array.AsReadOnly(bound.Tags.Select(t => new FlowTagCondition(t.Key, t.Value.Text)).ToArray());
            Type = bound.Type?.Value.Text;
        }

        /// <summary>The tags the flow must have (<c>TagConditions</c>); empty when the condition has none.</summary>
        public IReadOnlyList<FlowTagCondition> Tags { get; }

        /// <summary>The flow type the flow must have (<c>ContactFlowTypeCondition.ContactFlowType</c>), such as <c>CAMPAIGN</c>; null when the condition has none.</summary>
        public string? Type { get; }

        /// <inheritdoc />
        public bool Equals(FlowAttributeCondition? other) => other is not null && _bound.Equals(other._bound);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowAttributeCondition);

        /// <inheritdoc />
        public override int GetHashCode() => _bound.GetHashCode();

        /// <inheritdoc />
        public override string ToString() =>
            string.Join(" and ", (Type is null ? Enumerable.Empty<string>() : new[] { "type = " + Type }).Concat(Tags.Select(t => t.ToString())));
    }
}
