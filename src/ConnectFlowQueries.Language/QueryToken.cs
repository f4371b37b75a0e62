namespace ConnectFlowQueries.Language
{
    internal enum TokenKind
    {
        EndOfInput,
        Identifier,
        String,
        Placeholder,
        Number,
        OpenParen,
        CloseParen,
        OpenBracket,
        CloseBracket,
        Colon,
        Comma,

        // Comparison operators: the three the API has, then the ones we recognise only to explain why not.
        Equals,
        StartsWith,
        Contains,
        EndsWith,
        NotEquals,
        LessThan,
        LessOrEqual,
        GreaterThan,
        GreaterOrEqual,
        Like,

        // '&&', '||', '!': recognised so the message can name the keyword to use.
        AmpersandAmpersand,
        BarBar,
        Bang,

        Bad,
    }

    internal sealed class QueryToken
    {
        public QueryToken(TokenKind kind, QuerySpan span, string text, string value)
        {
            Kind = kind;
            Span = span;
            Text = text;
            Value = value;
        }

        public TokenKind Kind { get; }
        public QuerySpan Span { get; }

        /// <summary>The characters as written.</summary>
        public string Text { get; }

        /// <summary>The decoded value: a string without quotes and escapes, a placeholder's name, else the text.</summary>
        public string Value { get; }

        public bool IsKeyword(string keyword) =>
            Kind == TokenKind.Identifier && string.Equals(Text, keyword, System.StringComparison.OrdinalIgnoreCase);

        public bool IsComparisonOperator => Kind >= TokenKind.Equals && Kind <= TokenKind.Like;

        public override string ToString() => $"{Kind} '{Text}' {Span}";
    }
}
