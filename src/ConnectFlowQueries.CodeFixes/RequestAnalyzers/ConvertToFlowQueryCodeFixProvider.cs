using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ConnectFlowQueries.CodeFixes.RequestAnalyzers
{
    /// <summary>
    /// "Convert to [FlowQuery] method" on <see cref="ConvertToFlowQueryAnalyzer"/>'s CFQ027, as "Use GeneratedRegex" works on SYSLIB1045: adds a
    /// <c>private static partial</c> query method to the containing type (made partial, with its containing types,
    /// where needed) and replaces the hand-written request with a call. The query text is the one the analyzer printed
    /// from the request's object graph, so the generated method builds an equal request.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToFlowQueryCodeFixProvider)), Shared]
    public sealed class ConvertToFlowQueryCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "ConnectFlowQueries.ConvertToFlowQuery";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticCatalog.ConvertToFlowQuery.Id);

        /// <summary>None: each conversion adds a method whose name depends on the ones added before it.</summary>
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation ||
                    SearchRequestReader.HostType(creation) is null ||
                    Read(model, creation, context.CancellationToken) is not { } request)
                {
                    continue;
                }

                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create($"Convert to [{request.AttributeName}] method", ct => ConvertAsync(document, creation, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static ConvertibleSearchRequest? Read(SemanticModel model, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken) =>
            model.GetOperation(creation, cancellationToken) is IObjectCreationOperation operation && ConnectSdkSymbols.For(model.Compilation) is { } sdk
                ? SearchRequestReader.Read(operation, sdk)
                : null;

        private static async Task<Document> ConvertAsync(Document document, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            TypeDeclarationSyntax? type = SearchRequestReader.HostType(creation);
            if (model is null || type is null || Read(model, creation, cancellationToken) is not { } request ||
                model.GetDeclaredSymbol(type, cancellationToken) is not { } typeSymbol)
            {
                return document;
            }

            bool nullable = model.GetNullableContext(creation.SpanStart).AnnotationsEnabled();
            string name = UniqueName(typeSymbol, request.Target == QueryTarget.Flows ? "SearchContactFlows" : "SearchContactFlowModules");
            var parameters = new List<ParameterSyntax> { Parameter(Identifier("instanceId")).WithType(PredefinedType(Token(SyntaxKind.StringKeyword))) };
            var arguments = new List<ArgumentSyntax> { Argument(Expression(request.InstanceId)) };
            if (request.NextToken is { } nextToken)
            {
                TypeSyntax stringType = PredefinedType(Token(SyntaxKind.StringKeyword));
                parameters.Add(Parameter(Identifier("nextToken")).WithType(nullable ? NullableType(stringType) : stringType));
                arguments.Add(Argument(Expression(nextToken)));
            }

            if (request.MaxResults is { } maxResults)
            {
                TypeSyntax intType = PredefinedType(Token(SyntaxKind.IntKeyword));
                bool isNullable = maxResults.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
                parameters.Add(Parameter(Identifier("maxResults")).WithType(isNullable ? NullableType(intType) : intType));
                arguments.Add(Argument(Expression(maxResults)));
            }

            MethodDeclarationSyntax method = MethodDeclaration(Qualified(request.RequestType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)), name)
                .AddAttributeLists(AttributeList(SingletonSeparatedList(Attribute(request))))
                .AddModifiers(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.PartialKeyword))
                .AddParameterListParameters(parameters.ToArray())
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
                .WithLeadingTrivia(BlankLine(type)) // the formatter indents but never separates members
                .WithAdditionalAnnotations(Formatter.Annotation);

            InvocationExpressionSyntax call = InvocationExpression(IdentifierName(name), ArgumentList(SeparatedList(arguments)))
                .WithTriviaFrom(creation);

            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            editor.ReplaceNode(creation, call);
            editor.AddMember(type, method);

            // The generator implements the method only when every type around it is partial.
            foreach (TypeDeclarationSyntax enclosing in type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
            {
                if (!enclosing.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    editor.SetModifiers(enclosing, editor.Generator.GetModifiers(enclosing).WithPartial(true));
                }
            }

            // The clean-up after a code action simplifies names but adds no using directive: add it for the attribute here.
            return await ImportAdder.AddImportsAsync(editor.GetChangedDocument(), Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        /// <summary><c>[global::ConnectFlowQueries.FlowQuery("...", MaxResults = n)]</c>, reduced to <c>[FlowQuery(...)]</c> with a using directive by the code action's clean-up.</summary>
        private static AttributeSyntax Attribute(ConvertibleSearchRequest request)
        {
            var arguments = new List<AttributeArgumentSyntax>
            {
                AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(request.QueryText))),
            };
            if (request.ConstantMaxResults is int maxResults)
            {
                arguments.Add(AttributeArgument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(maxResults)))
                    .WithNameEquals(NameEquals(IdentifierName("MaxResults"))));
            }

            return SyntaxFactory.Attribute(Qualified("global::ConnectFlowQueries." + request.AttributeName), AttributeArgumentList(SeparatedList(arguments)));
        }

        private static NameSyntax Qualified(string name) =>
            ParseName(name).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>The value as the user wrote it, without its surrounding trivia (it becomes an argument).</summary>
        private static ExpressionSyntax Expression(IOperation value) => ((ExpressionSyntax)value.Syntax).WithoutTrivia();

        /// <summary>An empty line in the file's own line-break style.</summary>
        private static SyntaxTrivia BlankLine(SyntaxNode node) =>
            node.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } lineBreak && lineBreak.IsKind(SyntaxKind.EndOfLineTrivia)
                ? lineBreak
                : CarriageReturnLineFeed;

        private static string UniqueName(INamedTypeSymbol type, string baseName)
        {
            string name = baseName;
            for (int i = 2; type.GetMembers(name).Any(); i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            return name;
        }
    }
}
