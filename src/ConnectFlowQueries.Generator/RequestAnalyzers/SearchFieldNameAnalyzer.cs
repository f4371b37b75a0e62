using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// Constant <c>StringCondition.FieldName</c>s in flow and flow module search criteria (CFQ024): the fields the
    /// search can match text on, from the same schema the [FlowQuery] binder uses. A StringCondition whose criteria
    /// the code does not show is not judged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SearchFieldNameAnalyzer : RequestAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.ReportedBy(DiagnosticReporters.SearchFieldNameAnalyzer);

        private protected override void Register(CompilationStartAnalysisContext start, ConnectSdkSymbols sdk)
        {
            if (sdk.StringCondition is not null)
            {
                RegisterOperation<ISimpleAssignmentOperation>(start, OperationKind.SimpleAssignment, (c, o) => AnalyzeAssignment(c, sdk, o));
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, ConnectSdkSymbols sdk, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "FieldName" } property } target &&
                ConnectSdkSymbols.Is(property.ContainingType, sdk.StringCondition) && ConstantOperations.String(assignment.Value) is { } field &&
                sdk.SchemaOfCriteria(CriteriaHolding(target)) is { } schema)
            {
                EquatableArray<string> names = schema.Fields.Where(f => f.Kind == FieldValueKind.String && f.IsAvailable).Select(f => f.Name).ToImmutableArray().ToEquatableArray();
                AllowedValues.Check(context, DiagnosticCatalog.InvalidStringConditionField, field, names, ignoreCase: false, assignment.Value, schema.TargetDisplayName);
            }
        }

        /// <summary>The criteria type whose StringCondition <paramref name="fieldName"/> belongs to, when the code shows it.</summary>
        private static INamedTypeSymbol? CriteriaHolding(IPropertyReferenceOperation fieldName)
        {
            switch (fieldName.Instance)
            {
                // criteria.StringCondition.FieldName = "x"
                case IPropertyReferenceOperation { Property.Name: "StringCondition" } holder:
                    return holder.Property.ContainingType;

                // new StringCondition { FieldName = "x" } assigned to StringCondition, or StringCondition = { FieldName = "x" }
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    IOperation? initializer = fieldName.Parent?.Parent;
                    IOperation? holderOperation = initializer?.Parent is IObjectCreationOperation creation ? AssignedBy(creation) : initializer?.Parent;
                    return holderOperation switch
                    {
                        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "StringCondition" } p } => p.Property.ContainingType,
                        IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "StringCondition" } p } => p.Property.ContainingType,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        private static IOperation? AssignedBy(IOperation value)
        {
            IOperation? parent = value.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }
    }
}
