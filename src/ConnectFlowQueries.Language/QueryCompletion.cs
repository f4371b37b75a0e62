using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// What may follow at a caret in query text: the fields and <c>tag:</c> and <c>(</c> where a condition starts, the
    /// operators a field takes after it, the enum values of the schema after <c>=</c> on an enum field, <c>and</c>,
    /// <c>or</c> and <c>)</c> after a condition, and the parameters that fit a <c>{placeholder}</c>. Reads the lexer's
    /// tokens before the caret the way <see cref="QueryParser"/> reads them, from the text and the caret alone; the
    /// editor layer maps positions to and from the source. Never throws for any text or caret.
    /// </summary>
    internal static class QueryCompletion
    {
        public static QueryCompletionResult Complete(string text, int caret, QuerySchema schema, IReadOnlyList<QueryParameter>? parameters, CancellationToken cancellationToken = default)
        {
            if (caret < 0 || caret > text.Length)
            {
                return QueryCompletionResult.None(caret);
            }

            var lexerDiagnostics = new List<QueryDiagnostic>();
            List<QueryToken> tokens = QueryLexer.Tokenize(text, lexerDiagnostics, cancellationToken);
            if (!TryFindCaret(tokens, caret, lexerDiagnostics, out int before, out QueryToken? word))
            {
                return QueryCompletionResult.None(caret);
            }

            Context context = Walk(tokens, before, schema);
            if (word is { Kind: not TokenKind.Identifier })
            {
                // In a placeholder the name between the braces is the word: '{te|}' becomes '{text}', '{te|' becomes '{text'.
                int nameStart = word.Span.Start + 1;
                int nameEnd = word.Kind == TokenKind.Placeholder ? word.Span.End - 1 : word.Span.End;
                string typed = text.Substring(nameStart, caret - nameStart);
                return new QueryCompletionResult(ParameterItems(context, parameters, typed), QuerySpan.FromBounds(nameStart, nameEnd));
            }

            QuerySpan replaced = word?.Span ?? new QuerySpan(caret, 0);
            var items = new List<QueryCompletionItem>();
            AddItems(items, context, schema, text, replaced.Start, caret - replaced.Start);
            return new QueryCompletionResult(items, replaced);
        }

        /// <summary>
        /// Finds how many tokens lie wholly before the caret (<paramref name="before"/>) and the word it is in: an
        /// identifier it touches, or a placeholder it is inside of. False inside a quoted string or an operator.
        /// </summary>
        private static bool TryFindCaret(List<QueryToken> tokens, int caret, List<QueryDiagnostic> lexerDiagnostics, out int before, out QueryToken? word)
        {
            word = null;
            for (before = 0; before < tokens.Count; before++)
            {
                QueryToken token = tokens[before];
                QuerySpan span = token.Span;
                if (token.Kind == TokenKind.EndOfInput || span.Start >= caret)
                {
                    word = token.Kind == TokenKind.Identifier && span.Start == caret ? token : null;
                    return true;
                }

                if (token.Kind == TokenKind.Identifier || IsPlaceholder(token) && (caret < span.End || token.Kind == TokenKind.Bad))
                {
                    if (span.End >= caret)
                    {
                        word = token;
                        return true;
                    }
                }
                else if (caret < span.End || token.Kind == TokenKind.String && span.End == caret && IsUnterminated(token, lexerDiagnostics))
                {
                    return false; // inside a quoted string (an unterminated one runs to the end) or an operator
                }
            }

            return true;
        }

        /// <summary>A placeholder, whole or still being typed (a bad token from its '{').</summary>
        private static bool IsPlaceholder(QueryToken token) =>
            token.Kind is TokenKind.Placeholder or TokenKind.Bad && token.Text.Length > 0 && token.Text[0] == '{';

        private static bool IsUnterminated(QueryToken stringToken, List<QueryDiagnostic> lexerDiagnostics)
        {
            foreach (QueryDiagnostic diagnostic in lexerDiagnostics)
            {
                if (diagnostic.Span.Equals(stringToken.Span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the grammar expects next.</summary>
        private enum Expect
        {
            Condition,
            TagSeparator,
            TagKey,
            QuotedTagKey,
            TagKeyClose,
            Operator,
            Value,
            Connective,

            /// <summary>After a mistake, up to the next 'and', 'or' or ')' (where the parser resumes too).</summary>
            Nothing,
        }

        private readonly struct Context
        {
            public Context(Expect expect, FieldSchema? field, bool isTag, TokenKind op, int depth)
            {
                Expect = expect;
                Field = field;
                IsTag = isTag;
                Operator = op;
                Depth = depth;
            }

            public Expect Expect { get; }

            /// <summary>The condition's field, null for a tag or a name the schema does not have.</summary>
            public FieldSchema? Field { get; }

            public bool IsTag { get; }

            public TokenKind Operator { get; }

            /// <summary>Parentheses open before the caret.</summary>
            public int Depth { get; }
        }

        /// <summary>Reads the first <paramref name="count"/> tokens as <see cref="QueryParser"/> would, keeping only where it is.</summary>
        private static Context Walk(List<QueryToken> tokens, int count, QuerySchema schema)
        {
            Expect expect = Expect.Condition;
            FieldSchema? field = null;
            bool isTag = false;
            TokenKind op = TokenKind.EndOfInput;
            int depth = 0;
            for (int i = 0; i < count; i++)
            {
                QueryToken token = tokens[i];
                switch (expect)
                {
                    case Expect.TagKey:
                        expect = token.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number ? Expect.Operator : Expect.Nothing;
                        continue; // any word is a key here, 'and' and 'or' too
                    case Expect.QuotedTagKey:
                        expect = token.Kind == TokenKind.String ? Expect.TagKeyClose : Expect.Nothing;
                        continue;
                    case Expect.TagKeyClose:
                        expect = token.Kind == TokenKind.CloseBracket ? Expect.Operator : Expect.Nothing;
                        continue;
                }

                if (IsConnective(token))
                {
                    expect = Expect.Condition; // also where a value is missing: the parser resumes there
                    continue;
                }

                switch (expect)
                {
                    case Expect.Condition when token.Kind == TokenKind.OpenParen:
                        depth++;
                        break;
                    case Expect.Condition when token.IsKeyword("not") || token.Kind == TokenKind.Bang:
                        break;
                    case Expect.Condition when token.IsKeyword("tag") && i + 1 < count && tokens[i + 1].Kind is TokenKind.Colon or TokenKind.OpenBracket:
                        expect = Expect.TagSeparator;
                        break;
                    case Expect.Condition when token.Kind == TokenKind.Identifier:
                        (expect, field, isTag) = (Expect.Operator, schema.Find(token.Text), false);
                        break;
                    case Expect.TagSeparator:
                        (expect, field, isTag) = (token.Kind == TokenKind.Colon ? Expect.TagKey : Expect.QuotedTagKey, null, true);
                        break;
                    case Expect.Operator when token.IsComparisonOperator:
                        (expect, op) = (Expect.Value, token.Kind);
                        break;
                    case Expect.Value when token.Kind is TokenKind.String or TokenKind.Identifier or TokenKind.Placeholder or TokenKind.Number:
                        expect = Expect.Connective;
                        break;
                    case Expect.Connective or Expect.Nothing when token.Kind == TokenKind.CloseParen && depth > 0:
                        depth--;
                        expect = Expect.Connective;
                        break;
                    default:
                        expect = Expect.Nothing;
                        break;
                }
            }

            return new Context(expect, field, isTag, op, depth);
        }

        private static bool IsConnective(QueryToken token) =>
            token.IsKeyword("and") || token.IsKeyword("or") || token.Kind is TokenKind.AmpersandAmpersand or TokenKind.BarBar;

        /// <summary>Adds the items <paramref name="context"/> allows that start with the <paramref name="typedLength"/> characters typed at <paramref name="typedStart"/>.</summary>
        private static void AddItems(List<QueryCompletionItem> items, Context context, QuerySchema schema, string text, int typedStart, int typedLength)
        {
            void Add(QueryCompletionItem item)
            {
                if (typedLength == 0 || (item.Text.Length >= typedLength && string.Compare(item.Text, 0, text, typedStart, typedLength, StringComparison.OrdinalIgnoreCase) == 0))
                {
                    items.Add(item);
                }
            }

            switch (context.Expect)
            {
                case Expect.Condition:
                    foreach (FieldSchema field in schema.Fields)
                    {
                        if (field.IsAvailable)
                        {
                            Add(FieldItem(schema.Target, field));
                        }
                    }

                    Add(Tag);
                    Add(OpenParenthesis);
                    break;
                case Expect.Operator when context.IsTag || context.Field is { IsAvailable: true, Kind: FieldValueKind.Enum }:
                    Add(EqualsOperator);
                    break;
                case Expect.Operator when context.Field is { IsAvailable: true }:
                    Add(EqualsOperator);
                    Add(StartsWithOperator);
                    Add(ContainsOperator);
                    break;
                case Expect.Value when context.Operator == TokenKind.Equals && context.Field is { IsAvailable: true, Kind: FieldValueKind.Enum } enumField:
                    foreach (QueryCompletionItem value in EnumValueItems(enumField))
                    {
                        Add(value);
                    }

                    break;
                case Expect.Connective:
                    Add(And);
                    Add(Or);
                    if (context.Depth > 0)
                    {
                        Add(CloseParenthesis);
                    }

                    break;
            }
        }

        /// <summary>
        /// The parameters a placeholder at the caret may name, by the binder's rule: a text field or tag takes a
        /// <c>string</c>, an enum field its SDK type or a <c>string</c>. None at run time (no parameters) or after a mistake.
        /// </summary>
        private static List<QueryCompletionItem> ParameterItems(Context context, IReadOnlyList<QueryParameter>? parameters, string typed)
        {
            var items = new List<QueryCompletionItem>();
            if (parameters is null || context.Expect != Expect.Value || !(context.IsTag || context.Field is { IsAvailable: true }))
            {
                return items;
            }

            FieldSchema? enumField = context.Field is { Kind: FieldValueKind.Enum } field ? field : null;
            foreach (QueryParameter parameter in parameters)
            {
                if (QueryBinder.PlaceholderFits(parameter.TypeName, enumField) &&
                    parameter.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(new QueryCompletionItem(QueryCompletionKind.Parameter, parameter.Name, $"The parameter {parameter.TypeName} {parameter.Name}"));
                }
            }

            return items;
        }

        private static readonly QueryCompletionItem Tag = new(QueryCompletionKind.Tag, "tag:", "A tag condition: tag:Key = 'value' (tag['key'] for a key with spaces)");
        private static readonly QueryCompletionItem OpenParenthesis = new(QueryCompletionKind.OpenParenthesis, "(", "A group of conditions");
        private static readonly QueryCompletionItem CloseParenthesis = new(QueryCompletionKind.CloseParenthesis, ")", "Closes the group");
        private static readonly QueryCompletionItem And = new(QueryCompletionKind.Keyword, "and", "Both conditions (binds tighter than 'or')");
        private static readonly QueryCompletionItem Or = new(QueryCompletionKind.Keyword, "or", "Either condition");
        private static readonly QueryCompletionItem EqualsOperator = new(QueryCompletionKind.Operator, "=", "Equals (EXACT)");
        private static readonly QueryCompletionItem StartsWithOperator = new(QueryCompletionKind.Operator, "^=", "Starts with (STARTS_WITH)");
        private static readonly QueryCompletionItem ContainsOperator = new(QueryCompletionKind.Operator, "*=", "Contains (CONTAINS, 2 to 25 characters)");

        /// <summary>One item per field of each target, made once; an SDK's schema has the same fields, some maybe unavailable.</summary>
        private static readonly QueryCompletionItem[] FlowFieldItems = MakeFieldItems(QueryTarget.Flows), ModuleFieldItems = MakeFieldItems(QueryTarget.Modules);

        private static QueryCompletionItem[] MakeFieldItems(QueryTarget target)
        {
            EquatableArray<FieldSchema> fields = QuerySchema.Documented(target).Fields;
            var items = new QueryCompletionItem[fields.Count];
            for (int i = 0; i < items.Length; i++)
            {
                FieldSchema field = fields[i];
                items[i] = new QueryCompletionItem(QueryCompletionKind.Field, field.Name, field.Kind == FieldValueKind.Enum
                    ? $"A {field.EnumTypeName} value: ="
                    : "Text: = equals, ^= starts with, *= contains");
            }

            return items;
        }

        private static QueryCompletionItem FieldItem(QueryTarget target, FieldSchema field)
        {
            foreach (QueryCompletionItem item in target == QueryTarget.Flows ? FlowFieldItems : ModuleFieldItems)
            {
                if (item.Text == field.Name)
                {
                    return item;
                }
            }

            return new QueryCompletionItem(QueryCompletionKind.Field, field.Name, string.Empty); // not a field the language knows today
        }

        /// <summary>An enum field's value items, made once per field schema (the editor layer keeps one schema per SDK).</summary>
        private static readonly ConditionalWeakTable<FieldSchema, QueryCompletionItem[]> EnumValueCache = new();

        private static QueryCompletionItem[] EnumValueItems(FieldSchema field) =>
            EnumValueCache.GetValue(field, f =>
            {
                var items = new QueryCompletionItem[f.EnumValues.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = new QueryCompletionItem(QueryCompletionKind.EnumValue, f.EnumValues[i], f.EnumFullTypeName + "." + f.EnumValues[i]);
                }

                return items;
            });
    }
}
