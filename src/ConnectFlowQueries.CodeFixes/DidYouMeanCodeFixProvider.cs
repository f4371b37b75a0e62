using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.CodeFixes
{
    /// <summary>
    /// "Change to 'X'" for the diagnostics whose analyzer found a likely intended value (the "Suggestion" property), of
    /// the query analyzer and of several request analyzers, so it stands beside neither: an unknown field or enum value
    /// inside a query string (CFQ002, CFQ003: FlowQueryAnalyzer), a string that is no SDK enum value (CFQ023:
    /// SdkEnumValueAnalyzer), a search field name (CFQ024: SearchFieldNameAnalyzer), a flow or module alias (CFQ025) and
    /// an instance id in the wrong case (CFQ028; both RequestMemberAnalyzer). Only the characters of the bad token (or the
    /// string's content) change, so the literal keeps its kind (regular, verbatim, raw) and every other escape.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DidYouMeanCodeFixProvider)), Shared]
    public sealed class DidYouMeanCodeFixProvider : CodeFixProvider
    {
        /// <summary>One key for every suggestion, so Fix All applies each diagnostic's own suggestion.</summary>
        public const string EquivalenceKey = "ConnectFlowQueries.DidYouMean";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticCatalog.UnknownField.Id, DiagnosticCatalog.InvalidEnumValue.Id, DiagnosticCatalog.InvalidConstantValue.Id,
            DiagnosticCatalog.InvalidStringConditionField.Id, DiagnosticCatalog.UnknownFlowAlias.Id, DiagnosticCatalog.RequestValueNotInForm.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Suggestion, out string? suggestion) || suggestion is null ||
                    ReplacedSpan(root, diagnostic.Location.SourceSpan, suggestion, IsAboutTheWholeValue(diagnostic.Id)) is not TextSpan span)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create($"Change to '{suggestion}'", ct => Replace(document, span, suggestion, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// The source characters to replace: the diagnostic's span when it lies inside a string literal (a token of a
        /// query, an alias), or the whole content of the literal the diagnostic covers (a string that is one value).
        /// Null when the source does not spell the value one character per character, or the suggestion would need escapes.
        /// </summary>
        private static TextSpan? ReplacedSpan(SyntaxNode root, TextSpan diagnosticSpan, string suggestion, bool wholeValue)
        {
            if (!suggestion.All(IsPlainCharacter))
            {
                return null;
            }

            SyntaxToken token = root.FindToken(diagnosticSpan.Start);
            if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) &&
                !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.Parent is not LiteralExpressionSyntax literal)
            {
                return null;
            }

            if (wholeValue)
            {
                if (diagnosticSpan != token.Span)
                {
                    return null; // a constant from elsewhere or a concatenation: not ours to rewrite
                }

                // The locator falls back to the whole literal when it cannot map the content: then there is no safe edit.
                TextSpan content = QueryLiteralLocator.Create(literal, Location.None).GetLocation(new QuerySpan(0, token.ValueText.Length)).SourceSpan;
                return content.Length > 0 && token.Span.Contains(content) && content != token.Span ? content : null;
            }

            return token.Span.Contains(diagnosticSpan) && diagnosticSpan.Start > token.SpanStart && diagnosticSpan.End < token.Span.End
                ? diagnosticSpan
                : null;
        }

        /// <summary>
        /// CFQ023 and CFQ024 are about a string that is one value (reported at the literal); the others about a part of
        /// a string (reported inside it, or at the whole expression when the part cannot be located: then no fix).
        /// </summary>
        private static bool IsAboutTheWholeValue(string id) =>
            id == DiagnosticCatalog.InvalidConstantValue.Id || id == DiagnosticCatalog.InvalidStringConditionField.Id;

        /// <summary>Characters every non-interpolated C# string literal spells as themselves.</summary>
        private static bool IsPlainCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\'' or '-' or '.' or ' ' or ':' or '/';

        private static async Task<Document> Replace(Document document, TextSpan span, string suggestion, CancellationToken cancellationToken)
        {
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(new TextChange(span, suggestion)));
        }
    }
}
