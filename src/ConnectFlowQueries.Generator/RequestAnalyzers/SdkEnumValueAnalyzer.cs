using System.Collections.Immutable;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// Constant strings that become AWSSDK.Connect enum values (CFQ023): through the implicit operator, <c>FindValue</c>
    /// and the constructor, and the entries of <c>ListContactFlowsRequest.ContactFlowTypes</c>, which go on the wire as
    /// written. An enum whose values metadata does not show is not judged (<see cref="ConnectSdkSymbols.ValuesOf"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SdkEnumValueAnalyzer : RequestAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.SdkEnumValueAnalyzer);

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk)
        {
            RegisterOperation<IConversionOperation>(start, OperationKind.Conversion, (c, o) => AnalyzeConversion(c, sdk, o));
            RegisterOperation<IInvocationOperation>(start, OperationKind.Invocation, (c, o) => AnalyzeInvocation(c, sdk, o));
            RegisterOperation<IObjectCreationOperation>(start, OperationKind.ObjectCreation, (c, o) => AnalyzeCreation(c, sdk, o));
            if (sdk.ListFlows is not null && sdk.ContactFlowType is not null)
            {
                // Assignments matter here only for ListContactFlowsRequest.ContactFlowTypes: an SDK without either type has none to check.
                RegisterOperation<ISimpleAssignmentOperation>(start, OperationKind.SimpleAssignment, (c, o) => AnalyzeAssignment(c, sdk, o));
                RegisterOperation<IMemberInitializerOperation>(start, OperationKind.MemberInitializer, (c, o) => AnalyzeMemberInitializer(c, sdk, o));
            }
        }

        /// <summary><c>StatusCondition = "PUBLISH"</c>: the SDK's implicit operator calls FindValue, which accepts any case.</summary>
        private static void AnalyzeConversion(OperationAnalysisContext context, ConnectSdkSymbols sdk, IConversionOperation conversion)
        {
            if (conversion.OperatorMethod is { MethodKind: MethodKind.Conversion } && sdk.IsConnectEnum(conversion.Type) &&
                ConstantOperations.String(conversion.Operand) is { } text)
            {
                CheckEnumValue(context, sdk, (INamedTypeSymbol)conversion.Type!, text, conversion.Operand, ignoreCase: true);
            }
        }

        /// <summary><c>ContactFlowStatus.FindValue("x")</c>.</summary>
        private static void AnalyzeInvocation(OperationAnalysisContext context, ConnectSdkSymbols sdk, IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.IsStatic && method.Name == "FindValue" && invocation.Arguments.Length == 1 && sdk.IsConnectEnum(method.ContainingType) &&
                ConstantOperations.String(invocation.Arguments[0].Value) is { } text)
            {
                CheckEnumValue(context, sdk, method.ContainingType, text, invocation.Arguments[0].Value, ignoreCase: true);
            }
        }

        /// <summary><c>new ContactFlowType("x")</c>: the constructor keeps the text as written, so the case must match too.</summary>
        private static void AnalyzeCreation(OperationAnalysisContext context, ConnectSdkSymbols sdk, IObjectCreationOperation creation)
        {
            if (sdk.IsConnectEnum(creation.Type) && creation.Arguments.Length == 1 && ConstantOperations.String(creation.Arguments[0].Value) is { } text)
            {
                CheckEnumValue(context, sdk, (INamedTypeSymbol)creation.Type!, text, creation.Arguments[0].Value, ignoreCase: false);
            }
        }

        /// <summary><c>ContactFlowTypes = new List&lt;string&gt; { "x" }</c> or <c>= ["x"]</c>.</summary>
        private static void AnalyzeAssignment(OperationAnalysisContext context, ConnectSdkSymbols sdk, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "ContactFlowTypes" } property } &&
                ConnectSdkSymbols.Is(property.ContainingType, sdk.ListFlows))
            {
                CheckContactFlowTypes(context, sdk, ListContent.Of(assignment.Value));
            }
        }

        /// <summary><c>ContactFlowTypes = { "x" }</c> (a collection initializer on the property itself).</summary>
        private static void AnalyzeMemberInitializer(OperationAnalysisContext context, ConnectSdkSymbols sdk, IMemberInitializerOperation initializer)
        {
            if (initializer.InitializedMember is IPropertyReferenceOperation { Property: { Name: "ContactFlowTypes" } property } &&
                ConnectSdkSymbols.Is(property.ContainingType, sdk.ListFlows))
            {
                CheckContactFlowTypes(context, sdk, ListContent.Of(initializer.Initializer));
            }
        }

        private static void CheckContactFlowTypes(OperationAnalysisContext context, ConnectSdkSymbols sdk, ListContent? entries)
        {
            if (entries is not { } list || sdk.ContactFlowType is not { } flowType)
            {
                return;
            }

            foreach (IOperation item in list.Items)
            {
                if (ConstantOperations.String(item) is { } text)
                {
                    // A plain string goes on the wire as written: the case must match.
                    CheckEnumValue(context, sdk, flowType, text, item, ignoreCase: false);
                }
            }
        }

        private static void CheckEnumValue(OperationAnalysisContext context, ConnectSdkSymbols sdk, INamedTypeSymbol type, string text, IOperation value, bool ignoreCase) =>
            AllowedValues.Check(context, DiagnosticCatalog.InvalidConstantValue, text, sdk.ValuesOf(type), ignoreCase, value, type.Name);
    }
}
