using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace ConnectFlowQueries.Language
{
    /// <summary>A method parameter a {placeholder} may name: its name and its type's metadata name ("string", "Amazon.Connect.ContactFlowStatus", ...).</summary>
    internal sealed record QueryParameter(string Name, string TypeName);

    internal sealed class BindResult
    {
        public BindResult(BoundQuery? query, IReadOnlyList<QueryDiagnostic> diagnostics, IReadOnlyCollection<string> usedParameters)
        {
            Query = query;
            Diagnostics = diagnostics;
            UsedParameters = usedParameters;
        }

        /// <summary>Null when the query has errors.</summary>
        public BoundQuery? Query { get; }

        /// <summary>Syntax and binding diagnostics, in order of position.</summary>
        public IReadOnlyList<QueryDiagnostic> Diagnostics { get; }

        public IReadOnlyCollection<string> UsedParameters { get; }

        public bool HasErrors => QueryBinder.AnyError(Diagnostics);
    }

    /// <summary>
    /// Checks a parsed query against a schema and shapes it as the API takes it: top-level tag conjuncts
    /// become the SearchFilter's tag filter (an OR of AND lists), everything else the SearchCriteria.
    /// </summary>
    internal sealed class QueryBinder
    {
        public const int MaxTagConditions = 25;
        public const int ContainsMinLength = 2;
        public const int ContainsMaxLength = 25;

        private readonly QuerySchema _schema;

        /// <summary>Null for a query parsed at run time, which has no method and so no parameters to bind.</summary>
        private readonly IReadOnlyList<QueryParameter>? _parameters;

        /// <summary>The values of a query parsed at run time with values for its placeholders; null without.</summary>
        private readonly IReadOnlyDictionary<string, string>? _values;
        private readonly List<QueryDiagnostic> _diagnostics = new List<QueryDiagnostic>();
        private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);
        private readonly CancellationToken _cancellationToken;
        private int _work;

        private QueryBinder(QuerySchema schema, IReadOnlyList<QueryParameter>? parameters, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? values = null)
        {
            _schema = schema;
            _parameters = parameters;
            _cancellationToken = cancellationToken;
            _values = values;
        }

        public static BindResult Bind(string? text, QuerySchema schema, IReadOnlyList<QueryParameter>? parameters = null, CancellationToken cancellationToken = default) =>
            Bind(QueryParser.Parse(text, cancellationToken), schema, parameters, cancellationToken);

        public static BindResult Bind(QuerySyntaxTree tree, QuerySchema schema, IReadOnlyList<QueryParameter>? parameters = null, CancellationToken cancellationToken = default) =>
            Bind(tree, new QueryBinder(schema, parameters ?? Array.Empty<QueryParameter>(), cancellationToken));

        /// <summary>
        /// Binds a query given at run time. A {placeholder} takes its value from <paramref name="values"/>, as a literal
        /// checked like one written in the text (never read as query syntax, so no value changes the query's shape);
        /// without values, or without that name, it is an error (CFQ008).
        /// </summary>
        public static BindResult BindRunTime(string? text, QuerySchema schema, IReadOnlyDictionary<string, string>? values = null) =>
            Bind(QueryParser.Parse(text), new QueryBinder(schema, parameters: null, CancellationToken.None, values));

        private static BindResult Bind(QuerySyntaxTree tree, QueryBinder binder)
        {
            if (tree.Diagnostics.FirstOrDefault(d => d.Descriptor == DiagnosticCatalog.NestingTooDeep) is { } tooDeep)
            {
                // Past the depth cap the query was not read to its end: anything else said would be about half of it.
                return new BindResult(null, new[] { tooDeep }, binder._used);
            }

            binder._diagnostics.AddRange(tree.Diagnostics);
            BoundQuery? query = tree.Root is null ? null : binder.BindRoot(tree.Root);
            // Most queries have no diagnostic; a stable sort only when there are two or more.
            List<QueryDiagnostic> diagnostics = binder._diagnostics.Count < 2 ? binder._diagnostics : binder._diagnostics.OrderBy(d => d.Span.Start).ToList();
            if (AnyError(diagnostics))
            {
                query = null;
            }

            return new BindResult(query, diagnostics, binder._used);
        }

        internal static bool AnyError(IReadOnlyList<QueryDiagnostic> diagnostics)
        {
            for (int i = 0; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].IsError)
                {
                    return true;
                }
            }

            return false;
        }

        private BoundQuery? BindRoot(QueryNode root)
        {
            var conjuncts = new List<QueryNode>();
            CollectConjuncts(root, conjuncts);

            var criteria = new List<BoundCriteria>();
            var tagConjuncts = new List<QueryNode>();
            BoundAttributeFilter? attributeFilter = null;
            LogicalNode? attributeConjunct = null;
            bool failed = false;
            foreach (QueryNode conjunct in conjuncts)
            {
                bool hasTags = Contains(conjunct, isTag: true), hasOthers = Contains(conjunct, isTag: false); // one comparison, the usual conjunct, needs no walk
                if (hasTags && !hasOthers)
                {
                    tagConjuncts.Add(conjunct);
                    continue;
                }

                if (hasTags && AttributeTerms(conjunct) is { } terms)
                {
                    var or = (LogicalNode)Unwrap(conjunct);
                    if (attributeConjunct is not null)
                    {
                        Report(DiagnosticCatalog.NotExpressible, or.OperatorTokens[0].Span, "A second 'or' of tag and type conditions",
                            $"the request holds one flow attribute filter, already taken by the 'or' at character {attributeConjunct.OperatorTokens[0].Span.Start + 1}; combine them into one 'or' or run two searches");
                        failed = true;
                        continue;
                    }

                    attributeConjunct = or;
                    attributeFilter = BindAttributeFilter(or, terms);
                    failed |= attributeFilter is null;
                    continue;
                }

                if (hasTags)
                {
                    ReportMixedOr(conjunct);
                }

                BoundCriteria? bound = BindCriteria(conjunct);
                failed |= bound is null;
                if (bound is not null)
                {
                    AddFlattened(criteria, bound, LogicalOperator.And);
                }
            }

            BoundTagFilter? tagFilter = BindTagFilter(tagConjuncts, ref failed);
            if (failed)
            {
                return null;
            }

            BoundCriteria? root2 = criteria.Count switch
            {
                0 => null,
                1 => criteria[0],
                _ => new BoundLogical(LogicalOperator.And, criteria.ToEquatableArray()),
            };
            return new BoundQuery(_schema.Target, root2, tagFilter, attributeFilter);
        }

        /// <summary>
        /// The terms of an 'or' that a flow attribute filter can hold, each its comparisons: two or more terms, each tag
        /// conditions and at most one 'type', AND-ed. Null for anything else (which keeps its usual mapping or error).
        /// </summary>
        private List<List<ComparisonNode>>? AttributeTerms(QueryNode conjunct)
        {
            if (_schema.Target != QueryTarget.Flows || Unwrap(conjunct) is not LogicalNode { Operator: LogicalOperator.Or } or)
            {
                return null;
            }

            var terms = new List<List<ComparisonNode>>(or.Operands.Count);
            foreach (QueryNode operand in or.Operands)
            {
                var comparisons = new List<ComparisonNode>();
                if (!CollectAndedComparisons(operand, comparisons) || comparisons.Count(IsType) > 1 || comparisons.Any(c => c.Field.Kind != FieldKind.Tag && !IsType(c)))
                {
                    return null;
                }

                terms.Add(comparisons);
            }

            return terms;

            static bool IsType(ComparisonNode comparison) =>
                comparison.Field.Kind == FieldKind.Named && string.Equals(comparison.Field.Name, QuerySchema.TypeField, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The comparisons of a comparison or an AND of them (parentheses and nested ANDs opened); false for anything else.</summary>
        private static bool CollectAndedComparisons(QueryNode node, List<ComparisonNode> comparisons)
        {
            switch (Unwrap(node))
            {
                case ComparisonNode comparison:
                    comparisons.Add(comparison);
                    return true;
                case LogicalNode { Operator: LogicalOperator.And } and:
                    foreach (QueryNode operand in and.Operands)
                    {
                        if (!CollectAndedComparisons(operand, comparisons))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>One term per operand of the 'or', in query order: its tags in order, and its flow type if it has one.</summary>
        private BoundAttributeFilter? BindAttributeFilter(LogicalNode or, List<List<ComparisonNode>> terms)
        {
            bool failed = false;
            var bound = new BoundAttributeTerm[terms.Count];
            for (int i = 0; i < terms.Count; i++)
            {
                var tags = new List<BoundTag>();
                BoundEnumCondition? type = null;
                foreach (ComparisonNode comparison in terms[i])
                {
                    if (comparison.Field.Kind == FieldKind.Tag)
                    {
                        BoundTag? tag = BindTag(comparison);
                        failed |= tag is null;
                        if (tag is not null)
                        {
                            tags.Add(tag);
                        }
                    }
                    else
                    {
                        type = BindComparison(comparison) as BoundEnumCondition;
                        failed |= type is null;
                    }
                }

                bound[i] = new BoundAttributeTerm(tags.ToEquatableArray(), type);
            }

            if (!_schema.HasFlowAttributeFilter)
            {
                Report(DiagnosticCatalog.NeedsNewerSdk, or.OperatorTokens[0].Span, "An 'or' between tag and type conditions", "ContactFlowSearchFilter.FlowAttributeFilter");
                return null;
            }

            return failed ? null : new BoundAttributeFilter(new EquatableArray<BoundAttributeTerm>(bound));
        }

        /// <summary>
        /// Adds an operand of an <paramref name="op"/> list; a group of the same operator adds its operands instead, so
        /// <c>a and (b and c)</c> is the one list of <c>a and b and c</c>: the same request, equal queries, the same text.
        /// </summary>
        private static void AddFlattened(List<BoundCriteria> operands, BoundCriteria bound, LogicalOperator op)
        {
            if (bound is BoundLogical inner && inner.Operator == op)
            {
                operands.AddRange(inner.Operands);
            }
            else
            {
                operands.Add(bound);
            }
        }

        /// <summary>The top-level AND operands; a parenthesised AND that holds tags is opened so its tags can join the filter.</summary>
        private static void CollectConjuncts(QueryNode node, List<QueryNode> conjuncts)
        {
            QueryNode inner = Unwrap(node);
            if (inner is LogicalNode { Operator: LogicalOperator.And } and)
            {
                foreach (QueryNode operand in and.Operands)
                {
                    if (Unwrap(operand) is LogicalNode { Operator: LogicalOperator.And } && Contains(operand, isTag: true))
                    {
                        CollectConjuncts(operand, conjuncts);
                    }
                    else
                    {
                        conjuncts.Add(operand);
                    }
                }
            }
            else
            {
                conjuncts.Add(inner);
            }
        }

        private static QueryNode Unwrap(QueryNode node)
        {
            while (node is ParenthesizedNode paren)
            {
                node = paren.Inner;
            }

            return node;
        }

        private static bool Contains(QueryNode node, bool isTag)
        {
            if (Unwrap(node) is ComparisonNode comparison)
            {
                return (comparison.Field.Kind == FieldKind.Tag) == isTag;
            }

            // Iterative, so the check itself never adds recursion depth.
            var stack = new Stack<QueryNode>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case ComparisonNode c when (c.Field.Kind == FieldKind.Tag) == isTag:
                        return true;
                    case ParenthesizedNode p:
                        stack.Push(p.Inner);
                        break;
                    case NotNode n:
                        stack.Push(n.Operand);
                        break;
                    case LogicalNode l:
                        foreach (QueryNode operand in l.Operands)
                        {
                            stack.Push(operand);
                        }

                        break;
                }
            }

            return false;
        }

        private void ReportMixedOr(QueryNode conjunct)
        {
            var stack = new Stack<QueryNode>();
            stack.Push(conjunct);
            while (stack.Count > 0)
            {
                QueryNode node = Unwrap(stack.Pop());
                if (node is LogicalNode { Operator: LogicalOperator.Or } or && Contains(or, true) && Contains(or, false))
                {
                    Report(DiagnosticCatalog.NotExpressible, or.OperatorTokens[0].Span,
                        "'or' between a tag condition and a field condition",
                        _schema.Target == QueryTarget.Flows
                            ? "the API ANDs the tag filter with the search criteria, so a tag condition can be OR-ed only with 'type = X', at the top level, with tag conditions and at most one type on each side of the 'or' (a flow attribute filter); never with name, description, state or status. Run two searches or move the tag condition out of the 'or'"
                            : "the API ANDs the tag filter with the search criteria, so a tag condition cannot be OR-ed with name, description, state or status; run two searches or move the tag condition out of the 'or'");
                    return;
                }

                if (node is LogicalNode l)
                {
                    for (int i = l.Operands.Count - 1; i >= 0; i--)
                    {
                        stack.Push(l.Operands[i]);
                    }
                }
                else if (node is NotNode n)
                {
                    stack.Push(n.Operand);
                }
            }
        }

        private BoundCriteria? BindCriteria(QueryNode node)
        {
            switch (node)
            {
                case ParenthesizedNode paren:
                    return BindCriteria(paren.Inner);
                case LogicalNode logical:
                {
                    var operands = new List<BoundCriteria>(logical.Operands.Count);
                    bool failed = false;
                    foreach (QueryNode operand in logical.Operands)
                    {
                        BoundCriteria? bound = BindCriteria(operand);
                        failed |= bound is null;
                        if (bound is not null)
                        {
                            AddFlattened(operands, bound, logical.Operator);
                        }
                    }

                    return failed ? null : new BoundLogical(logical.Operator, operands.ToEquatableArray());
                }

                case NotNode not:
                    ReportNot(not);
                    BindCriteria(InnermostOperand(not));
                    return null;
                case ComparisonNode comparison when comparison.Field.Kind == FieldKind.Tag:
                    BindTag(comparison); // checked for its own mistakes; the mixed 'or' is reported already
                    return null;
                case ComparisonNode comparison:
                    return BindComparison(comparison);
                default:
                    return null; // ErrorNode: reported by the parser
            }
        }

        private BoundCriteria? BindComparison(ComparisonNode comparison)
        {
            if ((++_work & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            FieldSyntax fieldSyntax = comparison.Field;
            FieldSchema? field = _schema.Find(fieldSyntax.Name);
            if (field is null || !field.IsAvailable)
            {
                ReportUnknownField(fieldSyntax, field);
                BindValueForDiagnostics(comparison);
                return null;
            }

            StringMatch? match = BindOperator(comparison.Operator, field.Kind == FieldValueKind.Enum ? field.Name : null);
            if (field.Kind == FieldValueKind.String)
            {
                BoundValue? value = BindStringValue(comparison.Value);
                if (match is null || value is null)
                {
                    return null;
                }

                if (match == StringMatch.Contains && !value.IsParameter &&
                    (value.Text.Length < ContainsMinLength || value.Text.Length > ContainsMaxLength))
                {
                    Report(DiagnosticCatalog.ContainsLength, comparison.Value.Span, QueryLexer.Printable(value.Text),
                        value.Text.Length.ToString(CultureInfo.InvariantCulture));
                }

                return new BoundStringCondition(field.Name, value, match.Value);
            }

            if (match is null)
            {
                BindValueForDiagnostics(comparison); // one mistake, one message: the value is checked once the operator is right
                return null;
            }

            BoundValue? enumValue = BindEnumValue(comparison.Value, field);
            return match is null || enumValue is null ? null : new BoundEnumCondition(field.CriteriaProperty, field.EnumTypeName, enumValue);
        }

        /// <summary>Null when the operator cannot be used; <paramref name="equalsOnlyField"/> names a field that takes '=' only.</summary>
        private StringMatch? BindOperator(QueryToken op, string? equalsOnlyField)
        {
            StringMatch? match = op.Kind switch
            {
                TokenKind.Equals => StringMatch.Exact,
                TokenKind.StartsWith => StringMatch.StartsWith,
                TokenKind.Contains => StringMatch.Contains,
                _ => null,
            };

            if (match is null)
            {
                string why = op.Kind switch
                {
                    TokenKind.NotEquals => "the API has no negation; list the values you want, joined with 'or'",
                    TokenKind.EndsWith => "the API matches EXACT, STARTS_WITH (^=) or CONTAINS (*=) only",
                    TokenKind.Like => "the API has no pattern matching; use ^= (starts with) or *= (contains)",
                    _ => "the API has no ordering comparisons; fields match as text or enum values",
                };
                Report(DiagnosticCatalog.NotExpressible, op.Span, $"'{op.Text}'", why);
                return null;
            }

            if (equalsOnlyField is not null && match != StringMatch.Exact)
            {
                Report(DiagnosticCatalog.UnsupportedOperator, op.Span, equalsOnlyField, op.Text, "only '='");
                return null;
            }

            return match;
        }

        private BoundValue? BindStringValue(QueryToken token)
        {
            switch (token.Kind)
            {
                case TokenKind.String:
                    return BoundValue.Literal(token.Value);
                case TokenKind.Placeholder:
                    return BindParameter(token, enumField: null);
                default:
                    Report(DiagnosticCatalog.SyntaxError, token.Span, $"Text values are quoted: write '{token.Text}'");
                    return null;
            }
        }

        private BoundValue? BindEnumValue(QueryToken token, FieldSchema field)
        {
            if (token.Kind == TokenKind.Placeholder)
            {
                return BindParameter(token, field);
            }

            return BindEnumLiteral(token.Kind == TokenKind.String ? token.Value : token.Text, token.Span, field, quoted: token.Kind == TokenKind.String);
        }

        /// <summary>The field's value <paramref name="text"/> names, ignoring case; else CFQ003 at <paramref name="span"/>, with the closest value.</summary>
        private BoundValue? BindEnumLiteral(string text, QuerySpan span, FieldSchema field, bool? quoted)
        {
            foreach (string value in field.EnumValues)
            {
                if (string.Equals(value, text, StringComparison.OrdinalIgnoreCase))
                {
                    return BoundValue.Literal(value);
                }
            }

            string? closest = Closest(text, field.EnumValues);
            string? suggestion = closest is null || quoted is null ? null : quoted.Value ? QueryPrinter.Quote(closest) : closest;
            ReportWithSuggestion(DiagnosticCatalog.InvalidEnumValue, span, suggestion,
                QueryLexer.Printable(text), field.EnumTypeName, DidYouMeanHint(closest), string.Join(", ", field.EnumValues));
            return null;
        }

        /// <summary>
        /// Whether a parameter of type <paramref name="parameterTypeName"/> can fill a placeholder compared with
        /// <paramref name="enumField"/> (null for a text field): a string always, or the enum field's SDK type.
        /// </summary>
        internal static bool PlaceholderFits(string parameterTypeName, FieldSchema? enumField) =>
            parameterTypeName == "string" || (enumField is not null && parameterTypeName == enumField.EnumFullTypeName);

        /// <summary>
        /// Binds a {placeholder} to the method parameter of that name, of a type that <see cref="PlaceholderFits"/>.
        /// <paramref name="enumField"/> is the enum field it is compared with, null for a text field; messages name the
        /// type it expects.
        /// </summary>
        private BoundValue? BindParameter(QueryToken placeholder, FieldSchema? enumField)
        {
            string name = placeholder.Value;
            string Expected() => enumField is null ? "'string'" : $"'{enumField.EnumFullTypeName}' or 'string'";
            if (_parameters is null)
            {
                return BindRunTimeValue(placeholder, enumField);
            }

            QueryParameter? parameter = null;
            for (int i = 0; i < _parameters.Count && parameter is null; i++)
            {
                parameter = _parameters[i].Name == name ? _parameters[i] : null;
            }

            if (parameter is null)
            {
                string? closest = Closest(name, _parameters.Select(p => p.Name));
                ReportWithSuggestion(DiagnosticCatalog.InvalidPlaceholder, placeholder.Span, closest is null ? null : "{" + closest + "}", closest is null
                    ? $"The placeholder {{{name}}} names no parameter of the method; add a parameter '{name}' of type {Expected()}"
                    : $"The placeholder {{{name}}} names no parameter of the method: did you mean {{{closest}}}?");
                return null;
            }

            _used.Add(name);
            if (!PlaceholderFits(parameter.TypeName, enumField))
            {
                Report(DiagnosticCatalog.InvalidPlaceholder, placeholder.Span,
                    $"The parameter '{name}' is of type '{parameter.TypeName}', but this placeholder needs {Expected()}");
                return null;
            }

            return new BoundValue(name, true, parameter.TypeName);
        }

        private BoundValue? BindRunTimeValue(QueryToken placeholder, FieldSchema? enumField)
        {
            string name = placeholder.Value;
            if (_values is null)
            {
                Report(DiagnosticCatalog.InvalidPlaceholder, placeholder.Span,
                    $"The placeholder {{{name}}} takes its value from a method parameter, and a query parsed at run time has none; write the value into the query text, or pass it in the values");
                return null;
            }

            if (!_values.TryGetValue(name, out string? value))
            {
                string? closest = Closest(name, _values.Keys);
                Report(DiagnosticCatalog.InvalidPlaceholder, placeholder.Span, closest is null
                    ? $"The placeholder {{{name}}} has no value: the values have no '{name}'"
                    : $"The placeholder {{{name}}} has no value: the values have no '{name}'; did you mean '{closest}'?");
                return null;
            }

            _used.Add(name);
            if (value is null) // a caller without nullable annotations can still pass one
            {
                Report(DiagnosticCatalog.InvalidPlaceholder, placeholder.Span, $"The value of the placeholder {{{name}}} is null");
                return null;
            }

            return enumField is null ? BoundValue.Literal(value) : BindEnumLiteral(value, placeholder.Span, enumField, quoted: null);
        }

        private void BindValueForDiagnostics(ComparisonNode comparison)
        {
            if (comparison.Value.Kind == TokenKind.Placeholder)
            {
                _used.Add(comparison.Value.Value); // the field is wrong, not the parameter: no second warning
            }
        }

        private BoundTagFilter? BindTagFilter(List<QueryNode> tagConjuncts, ref bool failed)
        {
            if (tagConjuncts.Count == 0)
            {
                return null;
            }

            // Count first, without building anything: an AND of ORs multiplies out, and that must not blow up.
            TagCount count = CountTags(And(tagConjuncts));
            bool build = count.Conditions <= MaxTagConditions;
            List<List<BoundTag>>? anyOf = null;
            foreach (QueryNode conjunct in tagConjuncts)
            {
                List<List<BoundTag>>? dnf = BindTagDnf(conjunct, build);
                if (dnf is null)
                {
                    anyOf = null;
                    failed = true;
                    continue;
                }

                // Over the limit nothing is built: multiplying out thousands of conjuncts, each copying the lists so
                // far, would cost the square of their number only to be reported as CFQ007.
                if (!failed && build)
                {
                    anyOf = anyOf is null ? dnf : CrossProduct(anyOf, dnf);
                }
            }

            if (count.Conditions > MaxTagConditions)
            {
                QuerySpan span = tagConjuncts.Select(c => c.Span).Aggregate((a, b) => a.Union(b));
                Report(DiagnosticCatalog.TooManyTagConditions, span,
                    count.Conditions == long.MaxValue ? "more than 2^63" : count.Conditions.ToString(CultureInfo.InvariantCulture),
                    MaxTagConditions.ToString(CultureInfo.InvariantCulture));
                failed = true;
                return null;
            }

            if (failed || anyOf is null)
            {
                return null;
            }

            var lists = new EquatableArray<BoundTag>[anyOf.Count];
            for (int i = 0; i < lists.Length; i++)
            {
                lists[i] = anyOf[i].ToEquatableArray();
            }

            return new BoundTagFilter(new EquatableArray<EquatableArray<BoundTag>>(lists));
        }

        private static QueryNode And(List<QueryNode> nodes) =>
            nodes.Count == 1 ? nodes[0] : new LogicalNode(LogicalOperator.And, nodes, Array.Empty<QueryToken>());

        private readonly struct TagCount
        {
            public TagCount(long lists, long conditions)
            {
                Lists = lists;
                Conditions = conditions;
            }

            public long Lists { get; }
            public long Conditions { get; }
        }

        /// <summary>How many AND lists and conditions the OR-of-AND form has, saturating instead of overflowing.</summary>
        private static TagCount CountTags(QueryNode node)
        {
            switch (Unwrap(node))
            {
                case ComparisonNode:
                    return new TagCount(1, 1);
                case NotNode not:
                    return CountTags(not.Operand);
                case LogicalNode { Operator: LogicalOperator.Or } or:
                {
                    long lists = 0, conditions = 0;
                    foreach (QueryNode operand in or.Operands)
                    {
                        TagCount c = CountTags(operand);
                        lists = SaturatingAdd(lists, c.Lists);
                        conditions = SaturatingAdd(conditions, c.Conditions);
                    }

                    return new TagCount(lists, conditions);
                }

                case LogicalNode and:
                {
                    long lists = 1, conditions = 0;
                    foreach (QueryNode operand in and.Operands)
                    {
                        TagCount c = CountTags(operand);

                        // (A and B): every list of A meets every list of B.
                        conditions = SaturatingAdd(SaturatingMultiply(conditions, c.Lists), SaturatingMultiply(c.Conditions, lists));
                        lists = SaturatingMultiply(lists, c.Lists);
                    }

                    return new TagCount(lists, conditions);
                }

                default:
                    return new TagCount(0, 0);
            }
        }

        private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        private static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

        /// <summary>The node as an OR of AND lists; only built when <paramref name="build"/> (the size is within limits).</summary>
        private List<List<BoundTag>>? BindTagDnf(QueryNode node, bool build)
        {
            switch (node)
            {
                case ParenthesizedNode paren:
                    return BindTagDnf(paren.Inner, build);
                case ComparisonNode comparison:
                {
                    BoundTag? tag = BindTag(comparison);
                    return tag is null ? null : new List<List<BoundTag>> { new List<BoundTag> { tag } };
                }

                case NotNode not:
                    ReportNot(not);
                    BindTagDnf(InnermostOperand(not), build: false);
                    return null;
                case LogicalNode logical:
                {
                    List<List<BoundTag>>? result = null;
                    bool failed = false;
                    foreach (QueryNode operand in logical.Operands)
                    {
                        List<List<BoundTag>>? dnf = BindTagDnf(operand, build && !failed);
                        if (dnf is null)
                        {
                            failed = true;
                        }
                        else if (build && !failed)
                        {
                            result = result is null ? dnf
                                : logical.Operator == LogicalOperator.Or ? Union(result, dnf)
                                : CrossProduct(result, dnf);
                        }
                    }

                    return failed ? null : result ?? new List<List<BoundTag>>();
                }

                default:
                    return null;
            }
        }

        private static List<List<BoundTag>> Union(List<List<BoundTag>> left, List<List<BoundTag>> right)
        {
            left.AddRange(right); // both are this binder's own lists, built for this node only
            return left;
        }

        private static List<List<BoundTag>> CrossProduct(List<List<BoundTag>> left, List<List<BoundTag>> right)
        {
            var product = new List<List<BoundTag>>(left.Count * right.Count);
            foreach (List<BoundTag> l in left)
            {
                foreach (List<BoundTag> r in right)
                {
                    var all = new List<BoundTag>(l.Count + r.Count);
                    all.AddRange(l);
                    all.AddRange(r);
                    product.Add(all);
                }
            }

            return product;
        }

        private BoundTag? BindTag(ComparisonNode comparison)
        {
            if ((++_work & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            // The field's name is spelled for the message only: '=' is the usual operator and needs none.
            StringMatch? match = BindOperator(comparison.Operator, comparison.Operator.Kind == TokenKind.Equals ? null : "tag:" + comparison.Field.Name);
            BoundValue? value = BindStringValue(comparison.Value);
            return match is null || value is null ? null : new BoundTag(comparison.Field.Name, value);
        }

        /// <summary>What 'not not (not x)' negates: one negation is reported, not each of the chain.</summary>
        private static QueryNode InnermostOperand(NotNode not)
        {
            QueryNode operand = not.Operand;
            while (Unwrap(operand) is NotNode inner)
            {
                operand = inner.Operand;
            }

            return operand;
        }

        private void ReportNot(NotNode not) =>
            Report(DiagnosticCatalog.NotExpressible, not.NotToken.Span, $"'{not.NotToken.Text}'",
                "the API has no negation; list the values you want, joined with 'or'");

        private void ReportUnknownField(FieldSyntax fieldSyntax, FieldSchema? field)
        {
            string help;
            string? closest = null;
            if (field is not null)
            {
                help = field.UnavailableReason!;
            }
            else if (string.Equals(fieldSyntax.Name, "tag", StringComparison.OrdinalIgnoreCase) || string.Equals(fieldSyntax.Name, "tags", StringComparison.OrdinalIgnoreCase))
            {
                help = "to filter by tag write tag:Key = 'value' or tag['key with spaces'] = 'value'";
            }
            else
            {
                string[] available = _schema.Fields.Where(f => f.IsAvailable).Select(f => f.Name).ToArray();
                closest = Closest(fieldSyntax.Name, available);
                help = closest is not null
                    ? $"did you mean '{closest}'?"
                    : $"the fields are {string.Join(", ", available)} and tag:Key";
            }

            ReportWithSuggestion(DiagnosticCatalog.UnknownField, fieldSyntax.NameSpan, closest, QueryLexer.Printable(fieldSyntax.Name), _schema.TargetDisplayName, help);
        }

        private void Report(QueryDiagnosticDescriptor descriptor, QuerySpan span, params string[] arguments) =>
            _diagnostics.AddCapped(new QueryDiagnostic(descriptor, span, arguments));

        /// <summary>Reports with the text that should replace <paramref name="span"/> (as written in the query), for a "did you mean" fix.</summary>
        private void ReportWithSuggestion(QueryDiagnosticDescriptor descriptor, QuerySpan span, string? suggestion, params string[] arguments) =>
            _diagnostics.AddCapped(new QueryDiagnostic(descriptor, span, arguments).WithSuggestion(suggestion));

        /// <summary>" (did you mean 'X'?)", or empty without a likely candidate: the hint in value messages (CFQ003, CFQ023, CFQ024).</summary>
        internal static string DidYouMeanHint(string? closest) => closest is null ? string.Empty : $" (did you mean '{closest}'?)";

        /// <summary>The closest candidate by edit distance (case-insensitive), if close enough to be a likely typo.</summary>
        internal static string? Closest(string text, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                // A prefix is the likeliest intent ('PUBLISH' -> 'PUBLISHED', 'statu' -> 'status'), so it wins ties.
                int distance = candidate.StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length >= 3
                    ? 0
                    : EditDistance(text.ToUpperInvariant(), candidate.ToUpperInvariant());

                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            int allowed = Math.Max(1, Math.Min(3, text.Length / 3));
            return bestDistance <= allowed ? best : null;
        }

        internal static int EditDistance(string a, string b)
        {
            if (a.Length > 64 || b.Length > 64)
            {
                return int.MaxValue; // nothing that long is a typo of a field or enum name
            }

            // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours ('nmae') cost 1.
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (int j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
