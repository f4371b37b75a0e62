using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Reports the problems of the queries of [FlowQuery] / [FlowModuleQuery] methods: query syntax and binding
    /// (CFQ001–CFQ009, CFQ012) at the exact characters inside the string literal. The methods' shapes (CFQ010,
    /// CFQ011, CFQ013) are reported by <see cref="FlowQueryGenerator"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlowQueryAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.QueryAnalyzer);

        public override void Initialize(AnalysisContext context)
        {
            // Analyze: once generated, a partial method's implementation lives in generated code, and with None the
            // compiler would skip the method altogether. Diagnostics still only land in the user's code.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                Compilation compilation = start.Compilation;
                if (compilation.GetTypeByMetadataName(FlowQueryMethodReader.FlowQueryAttributeName) is null &&
                    compilation.GetTypeByMetadataName(FlowQueryMethodReader.FlowModuleQueryAttributeName) is null)
                {
                    return; // the package is not referenced: nothing to do, at no cost
                }

                // Read the SDK once per compilation, not once per method.
                var sdk = new Lazy<SdkModel>(() => SdkModel.Read(compilation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterSymbolAction(symbolContext => AnalyzeMethod(symbolContext, sdk), SymbolKind.Method);
            });
        }

        private static void AnalyzeMethod(SymbolAnalysisContext context, Lazy<SdkModel> sdk)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.PartialDefinitionPart is not null)
            {
                return; // the implementation part (ours, once generated): the definition is analyzed on its own
            }
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (FlowQueryMethodReader.TargetOf(attribute) is not QueryTarget target)
                {
                    continue;
                }

                try
                {
                    FaultInjection.At(FaultInjection.AnalyzeQuery);
                    Analyze(context, method, attribute, target, sdk.Value);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An analyzer exception would surface as AD0001 and hide the real problem: say so at the method instead.
                    context.ReportDiagnostic(InternalErrors.Create($"checking the query of '{method.Name}'", e, method.Locations.FirstOrDefault()));
                }

                return; // a second query attribute is an error (CFQ010) already reported for the first
            }
        }

        private static void Analyze(SymbolAnalysisContext context, IMethodSymbol method, AttributeData attribute, QueryTarget target, SdkModel sdk)
        {
            CancellationToken cancellationToken = context.CancellationToken;
            // The method's shape is reported by the generator, which the compiler still runs when the shape is a declaration error.
            MethodReadResult read = FlowQueryMethodReader.Read(method, attribute, target, context.Compilation, cancellationToken, buildModel: false);

            string? text = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            if (text is null && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
            {
                return; // not a constant: the compiler reports that already
            }

            BindResult result = QueryBinder.Bind(text, sdk.For(target), read.QueryParameters, cancellationToken);
            if (result.Diagnostics.Count > 0)
            {
                QueryLiteralLocator locator = Locator(method, attribute, cancellationToken);
                foreach (QueryDiagnostic diagnostic in result.Diagnostics)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(diagnostic.Descriptor), locator.GetLocation(diagnostic.Span),
                        DiagnosticProperties.ForSuggestion(diagnostic.Suggestion), diagnostic.Arguments));
                }
            }

            if (result.HasErrors)
            {
                return; // an unused parameter is noise while the query itself is wrong
            }

            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (!FlowQueryMethodReader.KnownParameterNames.Contains(parameter.Name) &&
                    !read.IsBoundByType(parameter.Ordinal) &&
                    !result.UsedParameters.Contains(parameter.Name) &&
                    !(method.ReturnType.SpecialType == SpecialType.System_Boolean &&
                      read.QueryParameters[parameter.Ordinal].TypeName == FlowQueryMethodReader.ItemTypeName(target)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.UnusedParameter),
                        parameter.Locations.FirstOrDefault(), parameter.Name, KnownParameterList));
                }
            }
        }

        /// <summary>Where the query's characters are; only wanted when there is something to report (most queries have nothing).</summary>
        private static QueryLiteralLocator Locator(IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
        {
            AttributeArgumentSyntax? queryArgument = FlowQueryMethodReader.QueryArgument(attribute, cancellationToken);
            Location fallback = queryArgument?.GetLocation() ?? method.Locations.FirstOrDefault() ?? Location.None;
            return QueryLiteralLocator.Create(queryArgument?.Expression, fallback);
        }

        /// <summary>Built once, not once per method.</summary>
        private static readonly string KnownParameterList = string.Join(", ", FlowQueryMethodReader.KnownParameterNames.Select(n => "'" + n + "'"));
    }
}
