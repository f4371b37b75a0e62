using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>Which Amazon Connect search a query is for.</summary>
    public enum FlowQueryTarget
    {
        /// <summary><c>SearchContactFlows</c>: fields name, description, type, state, status and tags.</summary>
        Flows,

        /// <summary><c>SearchContactFlowModules</c>: fields name, description, state, status and tags.</summary>
        Modules,
    }

    /// <summary>
    /// A FlowQuery parsed at run time, such as <c>name ^= 'billing' and status = PUBLISHED</c>: the same language,
    /// diagnostics and request shape as <see cref="FlowQueryAttribute"/>, for queries that are not known at compile time.
    /// Immutable; two queries are equal when they make the same request.
    /// </summary>
    /// <remarks>
    /// Enum values (<c>type</c>, <c>state</c>, <c>status</c>) are checked against the values the Amazon Connect API
    /// documents (AWSSDK.Connect 4.0.31), as this library does not reference the SDK; at compile time they are checked
    /// against the SDK the project references. <c>{placeholders}</c> need a method parameter, so they are an error here
    /// (CFQ008): put the value in the text. To send the query, write it as JSON with <see cref="ToSearchRequestJson"/>,
    /// or, in a project that references AWSSDK.Connect, call the generated <c>ToSearchContactFlowsRequest</c> /
    /// <c>ToSearchContactFlowModulesRequest</c> extension methods.
    /// </remarks>
    public sealed class FlowQuery : IEquatable<FlowQuery>
    {
        private readonly BoundQuery _bound;
        private string? _text;

        private FlowQuery(BoundQuery bound)
        {
            _bound = bound;
            Target = bound.Target == QueryTarget.Flows ? FlowQueryTarget.Flows : FlowQueryTarget.Modules;
            Criteria = bound.Criteria is null ? null : FlowCriteria.From(bound.Criteria, bound.Target);
            TagFilter = bound.TagFilter is null ? null : new FlowTagFilter(bound.TagFilter);
            AttributeFilter = bound.AttributeFilter is null ? null : new FlowAttributeFilter(bound.AttributeFilter);
        }

        /// <summary>The search the query is for.</summary>
        public FlowQueryTarget Target { get; }

        /// <summary>The request's <c>SearchCriteria</c>; null when the query has tag (and flow attribute filter) conditions only.</summary>
        public FlowCriteria? Criteria { get; }

        /// <summary>The request's <c>SearchFilter.TagFilter</c>; null when the query has no tag condition.</summary>
        public FlowTagFilter? TagFilter { get; }

        /// <summary>
        /// The request's <c>SearchFilter.FlowAttributeFilter</c>: an 'or' of tag and flow type conditions
        /// (<c>type = CAMPAIGN or tag:Team = 'ops'</c>); null when the query has none. Contact flows only.
        /// </summary>
        public FlowAttributeFilter? AttributeFilter { get; }

        /// <summary>Parses and checks a query; never throws for bad text, which is reported in the result's diagnostics.</summary>
        /// <param name="text">The query, for example <c>name ^= 'billing' and status = PUBLISHED</c>.</param>
        /// <param name="target">Whether the query searches contact flows or flow modules.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a <see cref="FlowQueryTarget"/> value.</exception>
        public static FlowQueryParseResult Parse(string text, FlowQueryTarget target) => ParseCore(text, target, values: null);

        /// <summary>
        /// Parses and checks a query whose <c>{placeholders}</c> take their values from <paramref name="values"/>: the safe
        /// way to put a user's input into a fixed query. A value is never read as query syntax, so quotes, <c>' or name = '</c>,
        /// braces or anything else in it stay text and cannot change the query's shape; it is checked as the same value
        /// written into the text would be (an enum value must be one of the field's, a CONTAINS value 2 to 25 characters).
        /// A placeholder without a value, or with a null one, is CFQ008. Never throws for bad text or values.
        /// </summary>
        /// <param name="text">The query, for example <c>name ^= {prefix} and status = {status}</c>.</param>
        /// <param name="target">Whether the query searches contact flows or flow modules.</param>
        /// <param name="values">The placeholders' values by name (case-sensitive), such as <c>["prefix"] = userInput</c>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="values"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a <see cref="FlowQueryTarget"/> value.</exception>
        public static FlowQueryParseResult Parse(string text, FlowQueryTarget target, IReadOnlyDictionary<string, string> values) =>
            ParseCore(text, target, values ?? throw new ArgumentNullException(nameof(values)));

        private static FlowQueryParseResult ParseCore(string text, FlowQueryTarget target, IReadOnlyDictionary<string, string>? values)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (target is not (FlowQueryTarget.Flows or FlowQueryTarget.Modules))
            {
                throw new ArgumentOutOfRangeException(nameof(target), target, "Not a FlowQueryTarget value.");
            }

            QueryTarget queryTarget = target == FlowQueryTarget.Modules ? QueryTarget.Modules : QueryTarget.Flows;
            BindResult result = QueryBinder.BindRunTime(text, QuerySchema.Documented(queryTarget), values);
            FlowQueryDiagnostic[] diagnostics = result.Diagnostics.Select(d => new FlowQueryDiagnostic(d)).ToArray();
            return new FlowQueryParseResult(result.Query is null ? null : new FlowQuery(result.Query), Array.AsReadOnly(diagnostics));
        }

        /// <summary>Parses and checks a query; false when it has an error.</summary>
        /// <param name="text">The query text.</param>
        /// <param name="target">Whether the query searches contact flows or flow modules.</param>
        /// <param name="query">The query, when the text is valid.</param>
        /// <param name="diagnostics">Errors and warnings (warnings can come with a valid query).</param>
        public static bool TryParse(string text, FlowQueryTarget target, [NotNullWhen(true)] out FlowQuery? query, out IReadOnlyList<FlowQueryDiagnostic> diagnostics) =>
            Succeeded(Parse(text, target), out query, out diagnostics);

        /// <summary>Parses and checks a query with values for its placeholders (see <see cref="Parse(string, FlowQueryTarget, IReadOnlyDictionary{string, string})"/>); false when it has an error.</summary>
        /// <param name="text">The query text.</param>
        /// <param name="target">Whether the query searches contact flows or flow modules.</param>
        /// <param name="values">The placeholders' values by name.</param>
        /// <param name="query">The query, when the text and values are valid.</param>
        /// <param name="diagnostics">Errors and warnings (warnings can come with a valid query).</param>
        public static bool TryParse(string text, FlowQueryTarget target, IReadOnlyDictionary<string, string> values, [NotNullWhen(true)] out FlowQuery? query, out IReadOnlyList<FlowQueryDiagnostic> diagnostics) =>
            Succeeded(Parse(text, target, values), out query, out diagnostics);

        private static bool Succeeded(FlowQueryParseResult result, [NotNullWhen(true)] out FlowQuery? query, out IReadOnlyList<FlowQueryDiagnostic> diagnostics)
        {
            query = result.Query;
            diagnostics = result.Diagnostics;
            return query is not null;
        }

        /// <summary>
        /// The <c>SearchContactFlows</c> (or <c>SearchContactFlowModules</c>) request body, as
        /// <c>aws connect search-contact-flows --cli-input-json</c> takes it.
        /// </summary>
        /// <param name="instanceId">The Amazon Connect instance id.</param>
        /// <param name="maxResults">The page size, 1 to 100; null leaves it to the service.</param>
        /// <param name="nextToken">The previous response's <c>NextToken</c>; null or empty for the first page.</param>
        /// <exception cref="ArgumentNullException"><paramref name="instanceId"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="instanceId"/> is empty or longer than 100 characters, or <paramref name="nextToken"/> longer than 2500.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is outside 1 to 100.</exception>
        public string ToSearchRequestJson(string instanceId, int? maxResults = null, string? nextToken = null)
        {
            if (instanceId is null)
            {
                throw new ArgumentNullException(nameof(instanceId));
            }

            if (instanceId.Length is 0 or > ConnectLimits.MaxInstanceIdLength)
            {
                throw new ArgumentException(ConnectLimits.InstanceIdLengthMessage, nameof(instanceId));
            }

            if (maxResults is < ConnectLimits.MinResults or > ConnectLimits.MaxSearchResults)
            {
                throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, ConnectLimits.PageSizeMessage);
            }

            if (nextToken?.Length > ConnectLimits.MaxSearchNextTokenLength)
            {
                throw new ArgumentException(ConnectLimits.NextTokenLengthMessage, nameof(nextToken));
            }

            return SearchRequestJson.Write(_bound, instanceId, maxResults, string.IsNullOrEmpty(nextToken) ? null : nextToken);
        }

        /// <summary>The query as canonical text, which parses back to an equal query.</summary>
        public override string ToString() => _text ??= QueryPrinter.Print(_bound);

        /// <inheritdoc />
        public bool Equals(FlowQuery? other) => other is not null && _bound.Equals(other._bound);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as FlowQuery);

        /// <inheritdoc />
        public override int GetHashCode() => _bound.GetHashCode();

        /// <summary>True when both are null or equal.</summary>
        public static bool operator ==(FlowQuery? left, FlowQuery? right) => left is null ? right is null : left.Equals(right);

        /// <summary>True unless both are null or equal.</summary>
        public static bool operator !=(FlowQuery? left, FlowQuery? right) => !(left == right);
    }
}
