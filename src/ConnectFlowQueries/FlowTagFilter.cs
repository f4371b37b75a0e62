using System;
using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>
    /// The query's tag conditions as the request's <c>SearchFilter.TagFilter</c> takes them: an OR of AND lists
    /// (<c>tag:a = '1' and (tag:b = '2' or tag:c = '3')</c> is <c>[[a, b], [a, c]]</c>). The filter is AND-ed with the
    /// search criteria.
    /// </summary>
    public sealed class FlowTagFilter : IEquatable<FlowTagFilter>
    {
        private readonly BoundTagFilter _bound;

        internal FlowTagFilter(BoundTagFilter bound)
        {
            _bound = bound;
            AnyOf = Array.AsReadOnly(bound.AnyOf
                .Select(all => (IReadOnlyList<FlowTagCondition>)Array.AsReadOnly(all.Select(t => new FlowTagCondition(t.Key, t.Value.Text)).ToArray()))
                .ToArray());
        }

        /// <summary>A resource matches when every condition of at least one list holds. At least one list, none empty.</summary>
        public IReadOnlyList<IReadOnlyList<FlowTagCondition>> AnyOf { get; }

        /// <inheritdoc />
        public bool Equals(FlowTagFilter? other) => other is not null && _bound.Equals(other._bound);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowTagFilter);

        /// <inheritdoc />
        public override int GetHashCode() => _bound.GetHashCode();

        /// <summary>The tag conditions as canonical query text.</summary>
        public override string ToString() => QueryPrinter.Print(new BoundQuery(QueryTarget.Flows, null, _bound)); // tags print the same for either target
    }

    /// <summary>A tag that must have a value: the request's <c>TagCondition</c>.</summary>
    public sealed class FlowTagCondition : IEquatable<FlowTagCondition>
    {
        internal FlowTagCondition(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The tag key (case-sensitive).</summary>
        public string Key { get; }

        /// <summary>The value the tag must have.</summary>
        public string Value { get; }

        /// <inheritdoc />
        public bool Equals(FlowTagCondition? other) => other is not null && Key == other.Key && Value == other.Value;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowTagCondition);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Key.GetHashCode() * 397) ^ Value.GetHashCode());

        /// <inheritdoc />
        public override string ToString() => $"{Key}={Value}";
    }
}
