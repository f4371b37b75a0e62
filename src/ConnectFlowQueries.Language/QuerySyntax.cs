using System.Collections.Generic;

namespace ConnectFlowQueries.Language
{
    /// <summary>The result of parsing: a tree (null only for empty input) and the syntax diagnostics.</summary>
    internal sealed class QuerySyntaxTree
    {
        public QuerySyntaxTree(string text, QueryNode? root, IReadOnlyList<QueryDiagnostic> diagnostics)
        {
            Text = text;
            Root = root;
            Diagnostics = diagnostics;
        }

        public string Text { get; }
        public QueryNode? Root { get; }
        public IReadOnlyList<QueryDiagnostic> Diagnostics { get; }
    }

    internal abstract class QueryNode
    {
        protected QueryNode(QuerySpan span) => Span = span;

        public QuerySpan Span { get; }
    }

    internal enum LogicalOperator
    {
        And,
        Or,
    }

    /// <summary><c>a and b and c</c>: one node with all operands, so long chains never make deep trees.</summary>
    internal sealed class LogicalNode : QueryNode
    {
        public LogicalNode(LogicalOperator op, IReadOnlyList<QueryNode> operands, IReadOnlyList<QueryToken> operatorTokens)
            : base(operands[0].Span.Union(operands[operands.Count - 1].Span))
        {
            Operator = op;
            Operands = operands;
            OperatorTokens = operatorTokens;
        }

        public LogicalOperator Operator { get; }
        public IReadOnlyList<QueryNode> Operands { get; }
        public IReadOnlyList<QueryToken> OperatorTokens { get; }
    }

    internal sealed class NotNode : QueryNode
    {
        public NotNode(QueryToken notToken, QueryNode operand)
            : base(notToken.Span.Union(operand.Span))
        {
            NotToken = notToken;
            Operand = operand;
        }

        public QueryToken NotToken { get; }
        public QueryNode Operand { get; }
    }

    internal sealed class ParenthesizedNode : QueryNode
    {
        public ParenthesizedNode(QueryToken open, QueryNode inner, QueryToken? close)
            : base(open.Span.Union(close?.Span ?? inner.Span))
        {
            Inner = inner;
        }

        public QueryNode Inner { get; }
    }

    internal enum FieldKind
    {
        /// <summary>A plain field such as <c>name</c>.</summary>
        Named,

        /// <summary><c>tag:Key</c> or <c>tag['key']</c>.</summary>
        Tag,
    }

    internal sealed class FieldSyntax
    {
        public FieldSyntax(FieldKind kind, string name, QuerySpan span, QuerySpan nameSpan)
        {
            Kind = kind;
            Name = name;
            Span = span;
            NameSpan = nameSpan;
        }

        public FieldKind Kind { get; }

        /// <summary>The field name, or for a tag the tag key.</summary>
        public string Name { get; }

        public QuerySpan Span { get; }
        public QuerySpan NameSpan { get; }
    }

    internal sealed class ComparisonNode : QueryNode
    {
        public ComparisonNode(FieldSyntax field, QueryToken op, QueryToken value)
            : base(field.Span.Union(value.Span))
        {
            Field = field;
            Operator = op;
            Value = value;
        }

        public FieldSyntax Field { get; }
        public QueryToken Operator { get; }

        /// <summary>A String, Identifier, Placeholder or Number token.</summary>
        public QueryToken Value { get; }
    }

    /// <summary>Stands where the parser could not read a condition; its diagnostic is already reported.</summary>
    internal sealed class ErrorNode : QueryNode
    {
        public ErrorNode(QuerySpan span)
            : base(span)
        {
        }
    }
}
