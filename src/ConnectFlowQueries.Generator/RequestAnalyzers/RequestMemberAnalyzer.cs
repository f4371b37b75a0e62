using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// The documented limits of the members of the flow, module, version and alias requests (one table,
    /// <see cref="RequestMemberRules"/>): <c>:$</c> aliases on flow and module ids (CFQ025), lengths and ranges
    /// (CFQ026, also the number of <c>ListContactFlowsRequest.ContactFlowTypes</c>) and forms (CFQ028). A problem
    /// inside a literal is placed at its characters.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequestMemberAnalyzer : RequestAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.RequestMemberAnalyzer);

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk)
        {
            RegisterOperation<ISimpleAssignmentOperation>(start, OperationKind.SimpleAssignment, (c, o) => AnalyzeAssignment(c, sdk, o));
            if (sdk.ListFlows is not null)
            {
                RegisterOperation<IMemberInitializerOperation>(start, OperationKind.MemberInitializer, (c, o) => AnalyzeMemberInitializer(c, sdk, o));
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, ConnectSdkSymbols sdk, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property })
            {
                return;
            }

            INamedTypeSymbol type = property.ContainingType;
            if (sdk.RuleOf(type, property.Name) is { } rule)
            {
                CheckMember(context, rule, type, assignment.Value);
            }

            if (property.Name == "ContactFlowTypes" && ConnectSdkSymbols.Is(type, sdk.ListFlows))
            {
                CheckContactFlowTypesCount(context, type, property, assignment.Value, ListContent.Of(assignment.Value));
            }
        }

        /// <summary><c>ContactFlowTypes = { "x" }</c> (a collection initializer on the property itself).</summary>
        private static void AnalyzeMemberInitializer(OperationAnalysisContext context, ConnectSdkSymbols sdk, IMemberInitializerOperation initializer)
        {
            if (initializer.InitializedMember is IPropertyReferenceOperation { Property: { Name: "ContactFlowTypes" } property } &&
                ConnectSdkSymbols.Is(property.ContainingType, sdk.ListFlows))
            {
                CheckContactFlowTypesCount(context, property.ContainingType, property, initializer.Initializer, ListContent.Of(initializer.Initializer));
            }
        }

        /// <summary>CFQ025, CFQ026 and CFQ028 on one member: a length or pattern problem inside a literal is placed at its characters.</summary>
        private static void CheckMember(OperationAnalysisContext context, MemberRule rule, INamedTypeSymbol type, IOperation value)
        {
            IEnumerable<MemberProblem> problems;
            if (!rule.IsLength && ConstantOperations.Integer(value) is long number)
            {
                problems = RequestMemberRules.Check(rule, type.Name, number) is { } problem ? new[] { problem } : Array.Empty<MemberProblem>();
            }
            else if (rule.IsLength && ConstantOperations.String(value) is { } text)
            {
                problems = RequestMemberRules.Check(rule, type.Name, text);
            }
            else
            {
                return;
            }

            QueryLiteralLocator? locator = null;
            foreach (MemberProblem problem in problems)
            {
                Location location = value.Syntax.GetLocation();
                if (problem.IsInText)
                {
                    locator ??= QueryLiteralLocator.Create(value.Syntax as ExpressionSyntax, location);
                    location = locator.GetLocation(problem.Diagnostic.Span);
                }

                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(problem.Diagnostic.Descriptor), location,
                    DiagnosticProperties.ForSuggestion(problem.Diagnostic.Suggestion), problem.Diagnostic.Arguments));
            }
        }

        /// <param name="at">What the diagnostic underlines: the list, or the collection initializer written on the property.</param>
        private static void CheckContactFlowTypesCount(OperationAnalysisContext context, INamedTypeSymbol type, IPropertySymbol property, IOperation at, ListContent? entries)
        {
            if (entries is { IsComplete: true } list && list.Items.Count > ConnectLimits.MaxContactFlowTypes)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.RequestValueOutOfRange), at.Syntax.GetLocation(),
                    type.Name, property.Name, $"has {Int(list.Items.Count)} entries", "at most " + Int(ConnectLimits.MaxContactFlowTypes)));
            }
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
