using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Completion
{
    /// <summary>
    /// The query string a caret is in: the query argument of a [FlowQuery] / [FlowModuleQuery] method (checked against
    /// the referenced SDK, with the method's parameters for placeholders) or the text of a <c>FlowQuery.Parse</c> /
    /// <c>TryParse</c> call whose target is a constant (checked against the documented values, without parameters,
    /// as the library parses it). Only string literals: anything else has no characters to complete in.
    /// </summary>
    internal sealed class QueryString
    {
        private const string FlowQueryTypeName = "ConnectFlowQueries.FlowQuery";
        private const string FlowQueryCriteriaTypeName = SdkModel.ModelNamespace + ".ContactFlowSearchCriteria";

        private static readonly QuerySchema DocumentedFlows = QuerySchema.Documented(QueryTarget.Flows);
        private static readonly QuerySchema DocumentedModules = QuerySchema.Documented(QueryTarget.Modules);

        /// <summary>
        /// One SDK model per referenced AWSSDK.Connect assembly: the IDE keeps a reference's assembly symbol from one
        /// edit's compilation to the next, so the schema (and the completion items made for it) is read once, not per keystroke.
        /// </summary>
        private static readonly ConditionalWeakTable<IAssemblySymbol, SdkModel> SdkModels = new ConditionalWeakTable<IAssemblySymbol, SdkModel>();

        private QueryString(string text, int caret, QueryLiteralLocator locator, QuerySchema schema, IReadOnlyList<QueryParameter>? parameters)
        {
            Text = text;
            Caret = caret;
            Locator = locator;
            Schema = schema;
            Parameters = parameters;
        }

        /// <summary>The query as the analyzers read it (escapes decoded).</summary>
        public string Text { get; }

        /// <summary>The caret's position in <see cref="Text"/>.</summary>
        public int Caret { get; }

        /// <summary>Maps query positions back to the source characters that spell them.</summary>
        public QueryLiteralLocator Locator { get; }

        public QuerySchema Schema { get; }

        /// <summary>The parameters a placeholder may name; null for a query parsed at run time, which has none.</summary>
        public IReadOnlyList<QueryParameter>? Parameters { get; }

        /// <summary>The query string around <paramref name="position"/>, or null when the caret is not inside one.</summary>
        public static async Task<QueryString?> FindAsync(Document document, int position, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SyntaxToken token = root?.FindToken(position) ?? default;
            if (!IsStringLiteral(token) || token.Parent is not LiteralExpressionSyntax literal || position <= token.SpanStart || position >= token.Span.End)
            {
                return null; // the cheap check first: every keystroke of C# outside strings ends here
            }

            QueryLiteralLocator locator = QueryLiteralLocator.Create(literal, Location.None);
            if (locator.QueryPosition(position) is not int caret)
            {
                return null;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model is null)
            {
                return null;
            }

            string text = token.ValueText;
            return literal.Parent switch
            {
                AttributeArgumentSyntax argument => FromAttribute(model, argument, text, caret, locator, cancellationToken),
                ArgumentSyntax argument => FromParseCall(model, argument, text, caret, locator, cancellationToken),
                _ => null,
            };
        }

        private static bool IsStringLiteral(SyntaxToken token) =>
            token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken);

        private static QueryString? FromAttribute(SemanticModel model, AttributeArgumentSyntax argument, string text, int caret, QueryLiteralLocator locator, CancellationToken cancellationToken)
        {
            if (argument.Parent?.Parent is not AttributeSyntax attributeSyntax || attributeSyntax.Parent?.Parent is not MethodDeclarationSyntax declaration ||
                model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method)
            {
                return null;
            }

            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.ApplicationSyntaxReference?.Span == attributeSyntax.Span &&
                    FlowQueryMethodReader.TargetOf(attribute) is QueryTarget target &&
                    FlowQueryMethodReader.QueryArgument(attribute, cancellationToken) == argument)
                {
                    // The analyzer's reading of the parameters, so a placeholder offered is one the binder accepts.
                    MethodReadResult read = FlowQueryMethodReader.Read(method, attribute, target, model.Compilation, cancellationToken, buildModel: false);
                    return new QueryString(text, caret, locator, Sdk(model.Compilation, cancellationToken).For(target), read.QueryParameters);
                }
            }

            return null;
        }

        private static QueryString? FromParseCall(SemanticModel model, ArgumentSyntax argument, string text, int caret, QueryLiteralLocator locator, CancellationToken cancellationToken)
        {
            if (argument.Parent is not ArgumentListSyntax list || list.Parent is not InvocationExpressionSyntax invocation)
            {
                return null;
            }

            SymbolInfo info = model.GetSymbolInfo(invocation, cancellationToken);
            if ((info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) is not IMethodSymbol { Name: "Parse" or "TryParse", Parameters.Length: >= 2 } method ||
                !FlowQueryMethodReader.IsType(method.ContainingType, FlowQueryTypeName) ||
                Argument(list, method.Parameters[0]) != argument ||
                Argument(list, method.Parameters[1]) is not { } targetArgument)
            {
                return null;
            }

            // The target must be a constant to know the fields; FlowQueryTarget's members are read from the library, not assumed.
            Optional<object?> value = model.GetConstantValue(targetArgument.Expression, cancellationToken);
            if (!value.HasValue || value.Value is null)
            {
                return null;
            }

            bool modules = method.Parameters[1].Type.GetMembers("Modules").OfType<IFieldSymbol>().Any(f => f.HasConstantValue && Equals(f.ConstantValue, value.Value));
            return new QueryString(text, caret, locator, modules ? DocumentedModules : DocumentedFlows, parameters: null);
        }

        /// <summary>The argument passed for <paramref name="parameter"/>: by its name, or by position before any named one.</summary>
        private static ArgumentSyntax? Argument(ArgumentListSyntax list, IParameterSymbol parameter)
        {
            for (int i = 0; i < list.Arguments.Count; i++)
            {
                ArgumentSyntax argument = list.Arguments[i];
                if (argument.NameColon is { } name ? name.Name.Identifier.ValueText == parameter.Name : i == parameter.Ordinal)
                {
                    return argument;
                }
            }

            return null;
        }

        private static SdkModel Sdk(Compilation compilation, CancellationToken cancellationToken)
        {
            IAssemblySymbol? sdk = compilation.GetTypeByMetadataName(FlowQueryCriteriaTypeName)?.ContainingAssembly;
            if (sdk is null || sdk is ISourceAssemblySymbol)
            {
                return SdkModel.Read(compilation, cancellationToken); // no SDK, or one compiled with the project: nothing lasts to key on
            }

            if (!SdkModels.TryGetValue(sdk, out SdkModel? model))
            {
                model = SdkModel.Read(compilation, cancellationToken);
                model = SdkModels.GetValue(sdk, _ => model);
            }

            return model;
        }
    }
}
