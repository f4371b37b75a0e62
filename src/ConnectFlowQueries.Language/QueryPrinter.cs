using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// Prints a syntax tree as canonical query text: lower-case field names and keywords, single spaces,
    /// quotes escaped as '', parentheses exactly where the tree has them. Parsing the output gives an
    /// equivalent tree (<see cref="AreEquivalent"/>). Trees with <see cref="ErrorNode"/>s cannot be printed.
    /// </summary>
    internal static partial class QueryPrinter
    {
        public static string Print(QueryNode node)
        {
            var sb = new StringBuilder();
            Print(node, sb);
            return sb.ToString();
        }

        private static void Print(QueryNode node, StringBuilder sb)
        {
            switch (node)
            {
                case LogicalNode logical:
                    for (int i = 0; i < logical.Operands.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(logical.Operator == LogicalOperator.And ? " and " : " or ");
                        }

                        Print(logical.Operands[i], sb);
                    }

                    break;
                case ParenthesizedNode paren:
                    sb.Append('(');
                    Print(paren.Inner, sb);
                    sb.Append(')');
                    break;
                case NotNode not:
                    sb.Append("not ");
                    Print(not.Operand, sb);
                    break;
                case ComparisonNode comparison:
                    PrintField(comparison.Field, sb);
                    sb.Append(' ').Append(OperatorText(comparison.Operator.Kind)).Append(' ');
                    PrintValue(comparison.Value, sb);
                    break;
                default:
                    throw new InvalidOperationException("A query with syntax errors cannot be printed.");
            }
        }

        private static void PrintField(FieldSyntax field, StringBuilder sb)
        {
            if (field.Kind == FieldKind.Named)
            {
                // Only ASCII is lower-cased: case mapping elsewhere is not symmetric ('Ω' OHM SIGN lowers to 'ω',
                // which does not upper back to it), and field names compare ordinal-ignore-case.
                sb.Append(field.Name.All(c => c < 128) ? field.Name.ToLowerInvariant() : field.Name);
            }
            else if (IsPlainTagKey(field.Name))
            {
                sb.Append("tag:").Append(field.Name);
            }
            else
            {
                sb.Append("tag[").Append(Quote(field.Name)).Append(']');
            }
        }

        private static void PrintValue(QueryToken value, StringBuilder sb)
        {
            switch (value.Kind)
            {
                case TokenKind.String:
                    sb.Append(Quote(value.Value));
                    break;
                case TokenKind.Placeholder:
                    sb.Append('{').Append(value.Value).Append('}');
                    break;
                default:
                    sb.Append(value.Text);
                    break;
            }
        }

        /// <summary>A single-quoted query string literal; a quote inside is doubled.</summary>
        public static string Quote(string value) => "'" + value.Replace("'", "''") + "'";

        public static string OperatorText(TokenKind kind) => kind switch
        {
            TokenKind.Equals => "=",
            TokenKind.StartsWith => "^=",
            TokenKind.Contains => "*=",
            TokenKind.EndsWith => "$=",
            TokenKind.NotEquals => "!=",
            TokenKind.LessThan => "<",
            TokenKind.LessOrEqual => "<=",
            TokenKind.GreaterThan => ">",
            TokenKind.GreaterOrEqual => ">=",
            TokenKind.Like => "~=",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a comparison operator"),
        };

        /// <summary>True when <c>tag:key</c> lexes back to the same key (else the key is printed as <c>tag['key']</c>).</summary>
        private static bool IsPlainTagKey(string key)
        {
            var diagnostics = new List<QueryDiagnostic>();
            List<QueryToken> tokens = QueryLexer.Tokenize(key, diagnostics);
            return diagnostics.Count == 0 && tokens.Count == 2 && tokens[0].Kind == TokenKind.Identifier && tokens[0].Text == key;
        }

        /// <summary>Structural equality, ignoring positions and the case of field names and keywords.</summary>
        public static bool AreEquivalent(QueryNode? a, QueryNode? b)
        {
            var stack = new Stack<(QueryNode? A, QueryNode? B)>();
            stack.Push((a, b));
            while (stack.Count > 0)
            {
                (QueryNode? x, QueryNode? y) = stack.Pop();
                switch (x)
                {
                    case null when y is null:
                        continue;
                    case LogicalNode lx when y is LogicalNode ly && lx.Operator == ly.Operator && lx.Operands.Count == ly.Operands.Count:
                        for (int i = 0; i < lx.Operands.Count; i++)
                        {
                            stack.Push((lx.Operands[i], ly.Operands[i]));
                        }

                        continue;
                    case ParenthesizedNode px when y is ParenthesizedNode py:
                        stack.Push((px.Inner, py.Inner));
                        continue;
                    case NotNode nx when y is NotNode ny:
                        stack.Push((nx.Operand, ny.Operand));
                        continue;
                    case ComparisonNode cx when y is ComparisonNode cy && SameComparison(cx, cy):
                        continue;
                    default:
                        return false;
                }
            }

            return true;
        }

        private static bool SameComparison(ComparisonNode x, ComparisonNode y) =>
            x.Field.Kind == y.Field.Kind &&
            (x.Field.Kind == FieldKind.Tag
                ? x.Field.Name == y.Field.Name
                : string.Equals(x.Field.Name, y.Field.Name, StringComparison.OrdinalIgnoreCase)) &&
            x.Operator.Kind == y.Operator.Kind &&
            x.Value.Kind == y.Value.Kind &&
            (x.Value.Kind == TokenKind.String || x.Value.Kind == TokenKind.Placeholder ? x.Value.Value == y.Value.Value : x.Value.Text == y.Value.Text);
    }
}
