using System.Collections.Generic;

namespace ConnectFlowQueries.Language
{
    internal enum QueryCompletionKind
    {
        Field,
        Tag,
        OpenParenthesis,
        Operator,
        EnumValue,
        Keyword,
        CloseParenthesis,
        Parameter,
    }

    /// <summary>
    /// One thing the query may continue with at the caret: the text it inserts (also what is shown) and a short
    /// description. Items that depend on nothing but the language (fields, operators, keywords) are shared instances.
    /// </summary>
    internal sealed class QueryCompletionItem
    {
        public QueryCompletionItem(QueryCompletionKind kind, string text, string description)
        {
            Kind = kind;
            Text = text;
            Description = description;
        }

        public QueryCompletionKind Kind { get; }

        /// <summary>What accepting the item puts in place of <see cref="QueryCompletionResult.ReplacedSpan"/>.</summary>
        public string Text { get; }

        public string Description { get; }

        public override string ToString() => Text;
    }

    /// <summary>The items for one caret position, in the order to show them, and the characters accepting one replaces.</summary>
    internal sealed class QueryCompletionResult
    {
        private static readonly QueryCompletionItem[] NoItems = new QueryCompletionItem[0];

        public QueryCompletionResult(IReadOnlyList<QueryCompletionItem> items, QuerySpan replacedSpan)
        {
            Items = items;
            ReplacedSpan = replacedSpan;
        }

        public IReadOnlyList<QueryCompletionItem> Items { get; }

        /// <summary>No item, at <paramref name="caret"/>.</summary>
        public static QueryCompletionResult None(int caret) => new QueryCompletionResult(NoItems, new QuerySpan(caret, 0));

        /// <summary>The word at the caret (a partial field, keyword or value, or a placeholder's name), or an empty span at the caret.</summary>
        public QuerySpan ReplacedSpan { get; }
    }
}
