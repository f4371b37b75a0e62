using System.Text;

namespace ConnectFlowQueries.Language
{
    internal static partial class QueryPrinter
    {
        /// <summary>
        /// Prints a bound query as canonical text: the search criteria, the tag filter, then the flow attribute filter, joined with 'and';
        /// parentheses only where the shape needs them. Binding the output against the same schema gives an equal
        /// <see cref="BoundQuery"/>, so queries that are equal print the same text.
        /// </summary>
        public static string Print(BoundQuery query)
        {
            var sb = new StringBuilder();
            QuerySchema schema = QuerySchema.Documented(query.Target);
            int parts = (query.Criteria is null ? 0 : 1) + (query.TagFilter is null ? 0 : 1) + (query.AttributeFilter is null ? 0 : 1);
            if (query.Criteria is { } criteria)
            {
                // 'a or b and tag:k = 'v'' would put the tag inside the 'or'.
                PrintOperand(criteria, schema, sb, parenthesize: parts > 1 && criteria is BoundLogical { Operator: LogicalOperator.Or });
            }

            if (query.TagFilter is { } tags)
            {
                Separate(sb);
                bool parenthesize = parts > 1 && tags.AnyOf.Count > 1;
                sb.Append(parenthesize ? "(" : string.Empty);
                for (int i = 0; i < tags.AnyOf.Count; i++)
                {
                    sb.Append(i > 0 ? " or " : string.Empty);
                    PrintTags(tags.AnyOf[i], sb);
                }

                sb.Append(parenthesize ? ")" : string.Empty);
            }

            if (query.AttributeFilter is { } attributes)
            {
                Separate(sb);
                sb.Append(parts > 1 ? "(" : string.Empty);
                for (int i = 0; i < attributes.AnyOf.Count; i++)
                {
                    sb.Append(i > 0 ? " or " : string.Empty);
                    BoundAttributeTerm term = attributes.AnyOf[i];
                    if (term.Type is { } type)
                    {
                        PrintCriteria(type, schema, sb);
                        sb.Append(term.Tags.Count > 0 ? " and " : string.Empty);
                    }

                    PrintTags(term.Tags, sb);
                }

                sb.Append(parts > 1 ? ")" : string.Empty);
            }

            return sb.ToString();

            static void Separate(StringBuilder sb) => sb.Append(sb.Length > 0 ? " and " : string.Empty);
        }

        /// <summary>Tag conditions joined with 'and'.</summary>
        private static void PrintTags(EquatableArray<BoundTag> tags, StringBuilder sb)
        {
            for (int j = 0; j < tags.Count; j++)
            {
                sb.Append(j > 0 ? " and " : string.Empty);
                PrintField(new FieldSyntax(FieldKind.Tag, tags[j].Key, default, default), sb);
                sb.Append(" = ");
                PrintValue(tags[j].Value, quoted: true, sb);
            }
        }

        private static void PrintCriteria(BoundCriteria criteria, QuerySchema schema, StringBuilder sb)
        {
            switch (criteria)
            {
                case BoundLogical logical:
                    for (int i = 0; i < logical.Operands.Count; i++)
                    {
                        sb.Append(i == 0 ? string.Empty : logical.Operator == LogicalOperator.And ? " and " : " or ");

                        // 'and' binds tighter than 'or', so only an 'and' inside an 'or' goes without parentheses
                        // (the binder flattens a group of the same operator into its parent).
                        BoundCriteria operand = logical.Operands[i];
                        bool parenthesize = operand is BoundLogical inner && !(logical.Operator == LogicalOperator.Or && inner.Operator == LogicalOperator.And);
                        PrintOperand(operand, schema, sb, parenthesize);
                    }

                    break;
                case BoundStringCondition condition:
                    sb.Append(condition.FieldName).Append(' ').Append(OperatorText(OperatorOf(condition.Match))).Append(' ');
                    PrintValue(condition.Value, quoted: true, sb);
                    break;
                case BoundEnumCondition condition:
                    // Bare: a bound enum value is one of the schema's, all identifiers (SDK field names or documented values).
                    sb.Append(schema.FindByCriteriaProperty(condition.CriteriaProperty)?.Name ?? condition.CriteriaProperty).Append(" = ");
                    PrintValue(condition.Value, quoted: false, sb);
                    break;
            }
        }

        private static void PrintOperand(BoundCriteria criteria, QuerySchema schema, StringBuilder sb, bool parenthesize)
        {
            sb.Append(parenthesize ? "(" : string.Empty);
            PrintCriteria(criteria, schema, sb);
            sb.Append(parenthesize ? ")" : string.Empty);
        }

        private static void PrintValue(BoundValue value, bool quoted, StringBuilder sb)
        {
            if (value.IsParameter)
            {
                sb.Append('{').Append(value.Text).Append('}');
            }
            else
            {
                sb.Append(quoted ? Quote(value.Text) : value.Text);
            }
        }

        private static TokenKind OperatorOf(StringMatch match) => match switch
        {
            StringMatch.StartsWith => TokenKind.StartsWith,
            StringMatch.Contains => TokenKind.Contains,
            _ => TokenKind.Equals,
        };
    }
}
