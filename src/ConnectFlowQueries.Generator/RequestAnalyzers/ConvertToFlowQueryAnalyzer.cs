using System.Collections.Immutable;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// Offers to turn a constant search request into a [FlowQuery] / [FlowModuleQuery] method (CFQ027) where the
    /// generator would build an equal request (<see cref="SearchRequestReader"/>); the code fix does the conversion.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConvertToFlowQueryAnalyzer : RequestAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.ConvertToFlowQueryAnalyzer);

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk)
        {
            if (start.Compilation.GetTypeByMetadataName(FlowQueryMethodReader.FlowQueryAttributeName) is not null)
            {
                RegisterOperation<IObjectCreationOperation>(start, OperationKind.ObjectCreation, (c, o) => AnalyzeCreation(c, sdk, o));
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, ConnectSdkSymbols sdk, IObjectCreationOperation creation)
        {
            // Only where the fix can add a method: in a class, struct or record (not an interface, not top-level statements).
            if (SearchRequestReader.Read(creation, sdk) is { } convertible && SearchRequestReader.HostType(creation.Syntax) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.ConvertToFlowQuery), creation.Syntax.GetLocation(),
                    convertible.RequestTypeName, SymbolDisplay.FormatLiteral(convertible.QueryText, quote: true), convertible.AttributeName));
            }
        }
    }
}
