using System.Linq;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// What the referenced AWSSDK.Connect offers, read once per compilation from its symbols: enum values
    /// (so CAMPAIGN is valid exactly when the user's SDK has it) and optional members. Equatable, so the
    /// generator's downstream steps stay cached while the SDK does not change.
    /// </summary>
    internal sealed record SdkModel(QuerySchema Flows, QuerySchema Modules, bool HasAsyncEnumerable)
    {
        public const string ConnectNamespace = "Amazon.Connect";
        public const string ModelNamespace = "Amazon.Connect.Model";

        public QuerySchema For(QueryTarget target) => target == QueryTarget.Flows ? Flows : Modules;

        public static SdkModel Read(Compilation compilation, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            INamedTypeSymbol? moduleCriteria = compilation.GetTypeByMetadataName(ModelNamespace + ".ContactFlowModuleSearchCriteria");
            return new SdkModel(
                QuerySchema.ForFlows(
                    EnumValues(compilation, "ContactFlowType"),
                    EnumValues(compilation, "ContactFlowState"),
                    EnumValues(compilation, "ContactFlowStatus"),
                    HasProperty(compilation.GetTypeByMetadataName(ModelNamespace + ".ContactFlowSearchFilter"), "FlowAttributeFilter")),
                QuerySchema.ForModules(
                    HasProperty(moduleCriteria, "StateCondition") ? EnumValues(compilation, "ContactFlowModuleState") : null,
                    HasProperty(moduleCriteria, "StatusCondition") ? EnumValues(compilation, "ContactFlowModuleStatus") : null),
                compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1") is not null);
        }

        private static EquatableArray<string> EnumValues(Compilation compilation, string typeName) =>
            ConstantClassValues.Of(compilation.GetTypeByMetadataName(ConnectNamespace + "." + typeName));

        private static bool HasProperty(INamedTypeSymbol? type, string name) =>
            type is not null && type.GetMembers(name).OfType<IPropertySymbol>().Any();
    }
}
