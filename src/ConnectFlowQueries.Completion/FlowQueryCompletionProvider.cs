using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Options;
using Microsoft.CodeAnalysis.Tags;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Completion
{
    /// <summary>
    /// Completion inside query strings (see <see cref="QueryString"/>): the language's <see cref="QueryCompletion"/>
    /// says what may follow at the caret, this layer maps the caret into the query text and the replaced word back to the
    /// source (regular strings with escapes, verbatim and raw strings alike) and hands Roslyn the items in order.
    /// Editors that load completion providers from analyzer references find it by its export attribute.
    /// </summary>
    [ExportCompletionProvider(nameof(FlowQueryCompletionProvider), LanguageNames.CSharp), Shared]
    public sealed class FlowQueryCompletionProvider : CompletionProvider
    {
        public override bool ShouldTriggerCompletion(SourceText text, int caretPosition, CompletionTrigger trigger, OptionSet options) =>
            trigger.Kind switch
            {
                CompletionTriggerKind.Invoke or CompletionTriggerKind.InvokeAndCommitIfUnique => true,

                // A letter starts a word; '{' a placeholder; a space or '(' the next part of a condition. Outside query
                // strings the provider finds no string at the caret and offers nothing.
                CompletionTriggerKind.Insertion => char.IsLetter(trigger.Character) || trigger.Character is '_' or '{' or '(' or ' ',
                _ => false,
            };

        public override async Task ProvideCompletionsAsync(CompletionContext context)
        {
            try
            {
                QueryString? query = await QueryString.FindAsync(context.Document, context.Position, context.CancellationToken).ConfigureAwait(false);
                if (query is null)
                {
                    return;
                }

                // Inside a query string the C# items (keywords, symbols) never apply.
                context.IsExclusive = true;
                QueryCompletionResult result = QueryCompletion.Complete(query.Text, query.Caret, query.Schema, query.Parameters, context.CancellationToken);
                if (result.Items.Count == 0 || query.Locator.SourceSpan(result.ReplacedSpan) is not TextSpan replaced)
                {
                    return;
                }

                context.CompletionListSpan = replaced;
                for (int i = 0; i < result.Items.Count; i++)
                {
                    QueryCompletionItem item = result.Items[i];
                    context.AddItem(CompletionItem.Create(item.Text, item.Text, SortText(i), tags: Tags(item.Kind), rules: Rules(item.Kind), inlineDescription: item.Description));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A completion provider that throws is an error bar in the editor; no item is better.
            }
        }

        public override Task<CompletionDescription?> GetDescriptionAsync(Document document, CompletionItem item, CancellationToken cancellationToken) =>
            Task.FromResult<CompletionDescription?>(CompletionDescription.FromText(item.InlineDescription));

        /// <summary>Sort texts that keep the language's order (fields in schema order, then tag: and '('; and before or).</summary>
        private static readonly string[] SortTexts = MakeSortTexts(32);

        private static string[] MakeSortTexts(int count)
        {
            var texts = new string[count];
            for (int i = 0; i < count; i++)
            {
                texts[i] = SortTextFor(i);
            }

            return texts;
        }

        private static string SortText(int index) => index < SortTexts.Length ? SortTexts[index] : SortTextFor(index);

        private static string SortTextFor(int index) => index.ToString("D4", CultureInfo.InvariantCulture);

        private static readonly ImmutableArray<string> FieldTags = ImmutableArray.Create(WellKnownTags.Property);
        private static readonly ImmutableArray<string> OperatorTags = ImmutableArray.Create(WellKnownTags.Operator);
        private static readonly ImmutableArray<string> EnumValueTags = ImmutableArray.Create(WellKnownTags.EnumMember);
        private static readonly ImmutableArray<string> ParameterTags = ImmutableArray.Create(WellKnownTags.Parameter);
        private static readonly ImmutableArray<string> KeywordTags = ImmutableArray.Create(WellKnownTags.Keyword);

        private static ImmutableArray<string> Tags(QueryCompletionKind kind) => kind switch
        {
            QueryCompletionKind.Field => FieldTags,
            QueryCompletionKind.Operator => OperatorTags,
            QueryCompletionKind.EnumValue => EnumValueTags,
            QueryCompletionKind.Parameter => ParameterTags,
            _ => KeywordTags,
        };

        /// <summary>Typing the character an item ends with goes on typing, not committing: "tag" then ':' is "tag:", not "tag::".</summary>
        private static readonly CompletionItemRules TagRules = CompletionItemRules.Default.WithCommitCharacterRules(
            ImmutableArray.Create(CharacterSetModificationRule.Create(CharacterSetModificationKind.Remove, ':')));

        private static CompletionItemRules Rules(QueryCompletionKind kind) => kind == QueryCompletionKind.Tag ? TagRules : CompletionItemRules.Default;
    }
}
