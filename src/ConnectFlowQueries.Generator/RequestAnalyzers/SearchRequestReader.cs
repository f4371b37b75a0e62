using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>A hand-written search request that a [FlowQuery] / [FlowModuleQuery] method can build instead.</summary>
    internal sealed class ConvertibleSearchRequest
    {
        public ConvertibleSearchRequest(QueryTarget target, INamedTypeSymbol requestType, string queryText, IOperation instanceId, IOperation? nextToken, IOperation? maxResults, int? constantMaxResults)
        {
            Target = target;
            RequestType = requestType;
            QueryText = queryText;
            InstanceId = instanceId;
            NextToken = nextToken;
            MaxResults = maxResults;
            ConstantMaxResults = constantMaxResults;
        }

        public QueryTarget Target { get; }
        public INamedTypeSymbol RequestType { get; }
        public string RequestTypeName => RequestType.Name;
        public string AttributeName => Target == QueryTarget.Flows ? "FlowQuery" : "FlowModuleQuery";

        /// <summary>The canonical query text, printed from the syntax tree read off the object graph.</summary>
        public string QueryText { get; }

        public IOperation InstanceId { get; }
        public IOperation? NextToken { get; }

        /// <summary>A non-constant MaxResults value, which becomes the method's <c>int? maxResults</c> parameter.</summary>
        public IOperation? MaxResults { get; }

        /// <summary>A constant MaxResults, which becomes the attribute's MaxResults.</summary>
        public int? ConstantMaxResults { get; }
    }

    /// <summary>
    /// Reads <c>new SearchContactFlowsRequest { ... }</c> whose criteria and filter are fully constant back into a
    /// query syntax tree, the inverse of what the binder and emitter do: AndConditions / OrConditions become 'and' /
    /// 'or' (parenthesised where the parser would otherwise flatten or regroup them), the tag filter becomes tag
    /// conjuncts. Anything the generator would build differently (a one-item list, two conditions on one criteria,
    /// a non-constant value, FlowAttributeFilter) makes it not convertible, so a conversion never changes the request.
    /// </summary>
    internal static class SearchRequestReader
    {
        private static readonly QuerySpan NoSpan = new QuerySpan(0, 0);

        /// <summary>The query operator of each StringComparisonType, as the binder maps them.</summary>
        private static readonly (StringMatch Match, TokenKind Operator)[] Matches =
        {
            (StringMatch.Exact, TokenKind.Equals), (StringMatch.StartsWith, TokenKind.StartsWith), (StringMatch.Contains, TokenKind.Contains),
        };

        /// <summary>The type the query method would be added to: the class, struct or record around the request; else null (an interface, top-level statements).</summary>
        public static TypeDeclarationSyntax? HostType(SyntaxNode creation) =>
            creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type && type is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax ? type : null;

        public static ConvertibleSearchRequest? Read(IObjectCreationOperation creation, ConnectSdkSymbols sdk)
        {
            QueryTarget target;
            if (ConnectSdkSymbols.Is(creation.Type, sdk.SearchFlows))
            {
                target = QueryTarget.Flows;
            }
            else if (ConnectSdkSymbols.Is(creation.Type, sdk.SearchModules))
            {
                target = QueryTarget.Modules;
            }
            else
            {
                return null;
            }

            if (creation.Arguments.Length != 0 || Assignments(creation) is not { } members ||
                !members.TryGetValue("InstanceId", out IOperation? instanceId) ||
                members.Keys.Any(k => k is not ("InstanceId" or "NextToken" or "MaxResults" or "SearchCriteria" or "SearchFilter")))
            {
                return null;
            }

            QuerySchema schema = sdk.Model.For(target);
            var reader = new Reader(sdk, schema, target == QueryTarget.Flows ? sdk.FlowCriteria : sdk.ModuleCriteria);
            var conjuncts = new List<QueryNode>();
            if (members.TryGetValue("SearchCriteria", out IOperation? criteria))
            {
                QueryNode? node = reader.Criteria(criteria, depth: 0);
                if (node is null)
                {
                    return null;
                }

                // The top-level 'and' is shared with the tag conjuncts, as the binder splits it.
                conjuncts.AddRange(node is LogicalNode { Operator: LogicalOperator.And } and ? and.Operands : new[] { node });
            }

            if (members.TryGetValue("SearchFilter", out IOperation? filter) && !reader.TagConjuncts(filter, conjuncts))
            {
                return null;
            }

            if (conjuncts.Count == 0)
            {
                return null;
            }

            QueryNode root = conjuncts.Count == 1 ? Unparenthesized(conjuncts[0]) : Logical(LogicalOperator.And, conjuncts);
            string text = QueryPrinter.Print(root);
            if (QueryBinder.Bind(text, schema).HasErrors)
            {
                return null; // e.g. nested deeper than the parser reads
            }

            members.TryGetValue("NextToken", out IOperation? nextToken);
            members.TryGetValue("MaxResults", out IOperation? maxResults);
            int? constantMaxResults = ConstantOperations.Int(maxResults);
            if (constantMaxResults is < 1 or > ConnectLimits.MaxSearchResults)
            {
                return null; // CFQ026 says what is wrong; the attribute would only move the error
            }

            return new ConvertibleSearchRequest(target, (INamedTypeSymbol)creation.Type!, text, instanceId, nextToken,
                constantMaxResults is null ? maxResults : null, constantMaxResults);
        }

        /// <summary>The object initializer's <c>Property = value</c> members; null for anything else or a property set twice.</summary>
        private static Dictionary<string, IOperation>? Assignments(IObjectCreationOperation creation)
        {
            if (creation.Initializer is not { } initializer)
            {
                return null;
            }

            var members = new Dictionary<string, IOperation>();
            foreach (IOperation member in initializer.Initializers)
            {
                if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment ||
                    members.ContainsKey(property.Property.Name))
                {
                    return null;
                }

                members.Add(property.Property.Name, assignment.Value);
            }

            return members;
        }

        private static IObjectCreationOperation? Creation(IOperation value, INamedTypeSymbol? type) =>
            ConstantOperations.WithoutBuiltInConversions(value) is IObjectCreationOperation creation &&
            ConnectSdkSymbols.Is(creation.Type, type) && creation.Arguments.Length == 0
                ? creation
                : null;

        /// <summary><c>new Amazon.Connect.Model.{typeName} { ... }</c> with the parameterless constructor.</summary>
        private static IObjectCreationOperation? ModelCreation(IOperation value, string typeName) =>
            ConstantOperations.WithoutBuiltInConversions(value) is IObjectCreationOperation { Arguments.Length: 0, Type: { } type } creation &&
            type.Name == typeName && type.ContainingNamespace?.ToDisplayString() == SdkModel.ModelNamespace
                ? creation
                : null;

        /// <summary>The items of <c>new List&lt;T&gt; { a, b }</c> (at least <paramref name="minimum"/>); null for any other shape.</summary>
        private static List<IOperation>? ListItems(IOperation value, int minimum)
        {
            if (ConstantOperations.WithoutBuiltInConversions(value) is not IObjectCreationOperation { Arguments.Length: 0, Initializer: IObjectOrCollectionInitializerOperation initializer })
            {
                return null;
            }

            var items = new List<IOperation>();
            foreach (IOperation element in initializer.Initializers)
            {
                if (element is not IInvocationOperation { Arguments.Length: 1 } add)
                {
                    return null;
                }

                items.Add(add.Arguments[0].Value);
            }

            return items.Count >= minimum ? items : null;
        }

        private static QueryToken Token(TokenKind kind, string text, string value) => new QueryToken(kind, NoSpan, text, value);

        private static QueryNode Parenthesized(QueryNode node) =>
            new ParenthesizedNode(Token(TokenKind.OpenParen, "(", "("), node, Token(TokenKind.CloseParen, ")", ")"));

        private static QueryNode Unparenthesized(QueryNode node) => node is ParenthesizedNode paren ? paren.Inner : node;

        /// <summary>
        /// Operands keep their own grouping: the parser flattens <c>a and b and c</c> into one list and binds
        /// <c>and</c> tighter than <c>or</c>, so any logical operand is parenthesised except an 'and' inside an 'or'.
        /// </summary>
        private static QueryNode Logical(LogicalOperator op, IReadOnlyList<QueryNode> operands)
        {
            var grouped = operands
                .Select(o => o is LogicalNode inner && !(op == LogicalOperator.Or && inner.Operator == LogicalOperator.And) ? Parenthesized(o) : o)
                .ToList();
            string keyword = op == LogicalOperator.And ? "and" : "or";
            var tokens = Enumerable.Range(0, grouped.Count - 1).Select(_ => Token(TokenKind.Identifier, keyword, keyword)).ToList();
            return new LogicalNode(op, grouped, tokens);
        }

        private static QueryNode Comparison(FieldKind kind, string field, TokenKind op, QueryToken value) =>
            new ComparisonNode(new FieldSyntax(kind, field, NoSpan, NoSpan), Token(op, QueryPrinter.OperatorText(op), QueryPrinter.OperatorText(op)), value);

        private static QueryToken StringValue(string value) => Token(TokenKind.String, QueryPrinter.Quote(value), value);

        private sealed class Reader
        {
            private readonly ConnectSdkSymbols _sdk;
            private readonly QuerySchema _schema;
            private readonly INamedTypeSymbol? _criteriaType;

            public Reader(ConnectSdkSymbols sdk, QuerySchema schema, INamedTypeSymbol? criteriaType)
            {
                _sdk = sdk;
                _schema = schema;
                _criteriaType = criteriaType;
            }

            /// <summary>One criteria object holding exactly one condition or one list of at least two criteria.</summary>
            public QueryNode? Criteria(IOperation value, int depth)
            {
                if (depth > QueryParser.MaxDepth || Creation(value, _criteriaType) is not { } creation ||
                    Assignments(creation) is not { Count: 1 } members)
                {
                    return null;
                }

                KeyValuePair<string, IOperation> member = members.First();
                switch (member.Key)
                {
                    case "AndConditions":
                    case "OrConditions":
                    {
                        if (ListItems(member.Value, minimum: 2) is not { } items)
                        {
                            return null;
                        }

                        var operands = new List<QueryNode>(items.Count);
                        foreach (IOperation item in items)
                        {
                            if (Criteria(item, depth + 1) is not { } operand)
                            {
                                return null;
                            }

                            operands.Add(operand);
                        }

                        return Logical(member.Key == "AndConditions" ? LogicalOperator.And : LogicalOperator.Or, operands);
                    }

                    case "StringCondition":
                        return StringCondition(member.Value);
                    default:
                        FieldSchema? field = _schema.Fields.FirstOrDefault(f => f.IsAvailable && f.Kind == FieldValueKind.Enum && f.CriteriaProperty == member.Key);
                        return field is not null && EnumValue(member.Value, field.EnumTypeName, field.EnumValues) is { } name
                            ? Comparison(FieldKind.Named, field.Name, TokenKind.Equals, Token(TokenKind.Identifier, name, name))
                            : null;
                }
            }

            private QueryNode? StringCondition(IOperation value)
            {
                if (ModelCreation(value, "StringCondition") is not { } creation || Assignments(creation) is not { Count: 3 } members ||
                    !members.TryGetValue("FieldName", out IOperation? fieldName) || !members.TryGetValue("Value", out IOperation? text) ||
                    !members.TryGetValue("ComparisonType", out IOperation? comparison))
                {
                    return null;
                }

                string? field = ConstantOperations.String(fieldName);
                string? literal = ConstantOperations.String(text);
                string? match = EnumValue(comparison, "StringComparisonType", Matches.Select(m => m.Match.WireName()));
                TokenKind? op = Matches.Where(m => m.Match.WireName() == match).Select(m => (TokenKind?)m.Operator).FirstOrDefault();

                // The generator writes the schema's spelling of the field; anything else would change the request.
                bool known = _schema.Fields.Any(f => f.IsAvailable && f.Kind == FieldValueKind.String && f.Name == field);
                return known && literal is not null && op is { } kind ? Comparison(FieldKind.Named, field!, kind, StringValue(literal)) : null;
            }

            /// <summary>
            /// The canonical name of a constant SDK enum value: <c>T.VALUE</c>, or a constant string through the implicit
            /// operator or <c>T.FindValue</c> (which return that same static instance). Null for anything else.
            /// </summary>
            private string? EnumValue(IOperation value, string enumTypeName, IEnumerable<string> values)
            {
                string? written = value switch
                {
                    IFieldReferenceOperation { Field: { IsStatic: true } field } when field.ContainingType.Name == enumTypeName && _sdk.IsConnectEnum(field.ContainingType) => field.Name,
                    IConversionOperation { OperatorMethod: { } op } conversion when op.ContainingType.Name == enumTypeName && _sdk.IsConnectEnum(op.ContainingType) => ConstantOperations.String(conversion.Operand),
                    IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FindValue" } method, Arguments.Length: 1 } invocation
                        when method.ContainingType.Name == enumTypeName && _sdk.IsConnectEnum(method.ContainingType) => ConstantOperations.String(invocation.Arguments[0].Value),
                    _ => null,
                };

                if (written is null)
                {
                    return null;
                }

                return values.FirstOrDefault(v => string.Equals(v, written, System.StringComparison.OrdinalIgnoreCase));
            }

            /// <summary>Adds the conjuncts of <c>SearchFilter = new ...SearchFilter { TagFilter = ... }</c>; false when not expressible.</summary>
            public bool TagConjuncts(IOperation value, List<QueryNode> conjuncts)
            {
                string filterType = _criteriaType?.Name == SdkNames.Modules.Criteria ? SdkNames.Modules.Filter : SdkNames.Flows.Filter;
                if (ModelCreation(value, filterType) is not { } creation || Assignments(creation) is not { Count: 1 } members ||
                    !members.TryGetValue("TagFilter", out IOperation? tagFilter) ||
                    ModelCreation(tagFilter, "ControlPlaneTagFilter") is not { } tags || Assignments(tags) is not { Count: 1 } tagMembers)
                {
                    return false;
                }

                KeyValuePair<string, IOperation> member = tagMembers.First();
                switch (member.Key)
                {
                    case "TagCondition" when Tag(member.Value) is { } tag:
                        conjuncts.Add(tag);
                        return true;
                    case "AndConditions" when Tags(member.Value, minimum: 2) is { } all:
                        conjuncts.AddRange(all); // each a conjunct: the binder multiplies them back into one AND list
                        return true;
                    case "OrConditions" when ListItems(member.Value, minimum: 2) is { } lists:
                    {
                        var anyOf = new List<QueryNode>(lists.Count);
                        foreach (IOperation list in lists)
                        {
                            if (Tags(list, minimum: 1) is not { } all)
                            {
                                return false;
                            }

                            anyOf.Add(all.Count == 1 ? all[0] : Logical(LogicalOperator.And, all));
                        }

                        conjuncts.Add(Parenthesized(Logical(LogicalOperator.Or, anyOf)));
                        return true;
                    }

                    default:
                        return false;
                }
            }

            private List<QueryNode>? Tags(IOperation value, int minimum)
            {
                if (ListItems(value, minimum) is not { } items)
                {
                    return null;
                }

                var tags = new List<QueryNode>(items.Count);
                foreach (IOperation item in items)
                {
                    if (Tag(item) is not { } tag)
                    {
                        return null;
                    }

                    tags.Add(tag);
                }

                return tags;
            }

            private QueryNode? Tag(IOperation value)
            {
                return ModelCreation(value, "TagCondition") is { } creation && Assignments(creation) is { Count: 2 } members &&
                       ConstantOperations.String(members.TryGetValue("TagKey", out IOperation? key) ? key : null) is { } tagKey &&
                       ConstantOperations.String(members.TryGetValue("TagValue", out IOperation? text) ? text : null) is { } tagValue
                    ? Comparison(FieldKind.Tag, tagKey, TokenKind.Equals, StringValue(tagValue))
                    : null;
            }
        }
    }
}
