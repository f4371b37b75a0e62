using System;
using System.Collections.Immutable;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// Flow and flow module content (CFQ020–CFQ022): constants assigned to <c>Content</c> of the create and update
    /// requests, and AdditionalFiles marked <c>ConnectFlowContent="true"</c>, which need no SDK.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlowContentAnalyzer : RequestAnalyzer
    {
        /// <summary>The MSBuild item metadata <c>ConnectFlowContent</c> of an AdditionalFiles item, as the compiler sees it.</summary>
        public const string FlowContentMetadata = "build_metadata.AdditionalFiles.ConnectFlowContent";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.FlowContentAnalyzer);

        private protected override Action<AdditionalFileAnalysisContext> AdditionalFileAction { get; } = AnalyzeFlowFile;

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk) =>
            RegisterOperation<ISimpleAssignmentOperation>(start, OperationKind.SimpleAssignment, (c, o) => AnalyzeAssignment(c, sdk, o));

        private static void AnalyzeAssignment(OperationAnalysisContext context, ConnectSdkSymbols sdk, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Content" } property } &&
                sdk.ContentKind(property.ContainingType) is { } kind && ConstantOperations.String(assignment.Value) is { } content)
            {
                CheckContent(context, content, kind, assignment.Value);
            }
        }

        private static void CheckContent(OperationAnalysisContext context, string content, string kind, IOperation value)
        {
            QueryLiteralLocator? locator = null;
            foreach (QueryDiagnostic problem in FlowContentRules.Check(content, kind, context.CancellationToken))
            {
                // Only the JSON error has one character to point at; length and emptiness are about the whole value.
                Location location = value.Syntax.GetLocation();
                if (problem.Descriptor == DiagnosticCatalog.ContentNotJson)
                {
                    locator ??= QueryLiteralLocator.Create(value.Syntax as ExpressionSyntax, location);
                    location = locator.GetLocation(problem.Span);
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Descriptor), location, problem.Arguments));
            }
        }

        private static void AnalyzeFlowFile(AdditionalFileAnalysisContext context)
        {
            AdditionalText file = context.AdditionalFile;
            if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(FlowContentMetadata, out string? marked) ||
                !string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase) ||
                file.GetText(context.CancellationToken) is not { } text)
            {
                return;
            }

            foreach (QueryDiagnostic problem in FlowContentRules.Check(text.ToString(), "flow", context.CancellationToken))
            {
                // A problem at the very end (the JSON stops short) underlines the last character: an empty span shows nothing.
                TextSpan span = problem.Span.Length == 0 && text.Length > 0
                    ? new TextSpan(Math.Min(problem.Span.Start, text.Length - 1), 1)
                    : new TextSpan(problem.Span.Start, problem.Span.Length);
                Location location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Descriptor), location, problem.Arguments));
            }
        }
    }
}
