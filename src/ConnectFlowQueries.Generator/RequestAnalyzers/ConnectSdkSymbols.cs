using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// The AWSSDK.Connect types the request analyzers look at, resolved once per compilation from the SDK the
    /// user references (a type the SDK lacks is null and its rules stay silent), plus the values of its enums.
    /// </summary>
    internal sealed class ConnectSdkSymbols
    {
        private const string ModelPrefix = SdkModel.ModelNamespace + ".";

        private readonly ConcurrentDictionary<INamedTypeSymbol, EquatableArray<string>> _values =
            new ConcurrentDictionary<INamedTypeSymbol, EquatableArray<string>>(SymbolEqualityComparer.Default);

        // Weak: an entry lives as long as its compilation, which the IDE replaces on every edit.
        private static readonly ConditionalWeakTable<Compilation, StrongBox<ConnectSdkSymbols?>> PerCompilation =
            new ConditionalWeakTable<Compilation, StrongBox<ConnectSdkSymbols?>>();

        private static readonly ConditionalWeakTable<Compilation, StrongBox<ConnectSdkSymbols?>>.CreateValueCallback LookUp =
            compilation => new StrongBox<ConnectSdkSymbols?>(Create(compilation));

        private readonly Lazy<SdkModel> _model;

        // Property name, then request type: most assignments in a compilation are of other properties, and fail on the name.
        private readonly Dictionary<string, Dictionary<INamedTypeSymbol, MemberRule>> _memberRules = new Dictionary<string, Dictionary<INamedTypeSymbol, MemberRule>>(StringComparer.Ordinal);

        private ConnectSdkSymbols(Compilation compilation, INamedTypeSymbol constantClass)
        {
            ConstantClass = constantClass;
            CreateFlow = compilation.GetTypeByMetadataName(ModelPrefix + "CreateContactFlowRequest");
            UpdateFlowContent = compilation.GetTypeByMetadataName(ModelPrefix + "UpdateContactFlowContentRequest");
            CreateModule = compilation.GetTypeByMetadataName(ModelPrefix + "CreateContactFlowModuleRequest");
            UpdateModuleContent = compilation.GetTypeByMetadataName(ModelPrefix + "UpdateContactFlowModuleContentRequest");
            ListFlows = compilation.GetTypeByMetadataName(ModelPrefix + "ListContactFlowsRequest");
            SearchFlows = compilation.GetTypeByMetadataName(SdkNames.Flows.RequestFullName);
            SearchModules = compilation.GetTypeByMetadataName(SdkNames.Modules.RequestFullName);
            FlowCriteria = compilation.GetTypeByMetadataName(ModelPrefix + SdkNames.Flows.Criteria);
            ModuleCriteria = compilation.GetTypeByMetadataName(ModelPrefix + SdkNames.Modules.Criteria);
            StringCondition = compilation.GetTypeByMetadataName(ModelPrefix + "StringCondition");
            ContactFlowType = compilation.GetTypeByMetadataName(SdkModel.ConnectNamespace + ".ContactFlowType");
            foreach (KeyValuePair<string, MemberRule[]> request in RequestMemberRules.Requests)
            {
                if (compilation.GetTypeByMetadataName(ModelPrefix + request.Key) is { } type)
                {
                    foreach (MemberRule rule in request.Value)
                    {
                        if (!_memberRules.TryGetValue(rule.Property, out Dictionary<INamedTypeSymbol, MemberRule>? byType))
                        {
                            _memberRules.Add(rule.Property, byType = new Dictionary<INamedTypeSymbol, MemberRule>(SymbolEqualityComparer.Default));
                        }

                        byType[type] = rule;
                    }
                }
            }

            _model = new Lazy<SdkModel>(() => SdkModel.Read(compilation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public INamedTypeSymbol ConstantClass { get; }
        public INamedTypeSymbol? CreateFlow { get; }
        public INamedTypeSymbol? UpdateFlowContent { get; }
        public INamedTypeSymbol? CreateModule { get; }
        public INamedTypeSymbol? UpdateModuleContent { get; }
        public INamedTypeSymbol? ListFlows { get; }
        public INamedTypeSymbol? SearchFlows { get; }
        public INamedTypeSymbol? SearchModules { get; }
        public INamedTypeSymbol? FlowCriteria { get; }
        public INamedTypeSymbol? ModuleCriteria { get; }
        public INamedTypeSymbol? StringCondition { get; }
        public INamedTypeSymbol? ContactFlowType { get; }

        /// <summary>The query schemas, read from the same symbols the [FlowQuery] binder uses.</summary>
        public SdkModel Model => _model.Value;

        /// <summary>
        /// The compilation's symbols, looked up once however many analyzers (each with its own compilation-start action)
        /// and code fixes ask: each of the thirty-odd lookups searches every referenced assembly, milliseconds in all on
        /// a fresh compilation, which the IDE makes on every edit. Null when the compilation references no AWSSDK.Connect
        /// (then no rule can apply).
        /// </summary>
        public static ConnectSdkSymbols? For(Compilation compilation) => PerCompilation.GetValue(compilation, LookUp).Value;

        private static ConnectSdkSymbols? Create(Compilation compilation) =>
            compilation.GetTypeByMetadataName(ConstantClassValues.ConstantClassMetadataName) is { } constantClass &&
            compilation.GetTypeByMetadataName(SdkModel.ConnectNamespace + ".AmazonConnectRequest") is not null
                ? new ConnectSdkSymbols(compilation, constantClass)
                : null;

        /// <summary>A ConstantClass of AWSSDK.Connect (namespace Amazon.Connect), such as ContactFlowStatus.</summary>
        public bool IsConnectEnum(ITypeSymbol? type) =>
            type is INamedTypeSymbol named &&
            ConstantClassValues.IsConstantClass(named, ConstantClass) && // cheap symbol comparisons first: runs on every object creation
            named.ContainingNamespace?.ToDisplayString() == SdkModel.ConnectNamespace;

        /// <summary>
        /// The values of an SDK enum, or empty ("unknown": no rule judges it) when its field names are not the values
        /// themselves. The SDK names a field after its value when the value is an identifier (CONTACT_FLOW) and makes up
        /// a name otherwise (ArAE for "ar-AE"), and metadata does not carry the value: only UPPER_SNAKE names are trusted.
        /// </summary>
        public EquatableArray<string> ValuesOf(INamedTypeSymbol type) => _values.GetOrAdd(type, t =>
        {
            EquatableArray<string> values = ConstantClassValues.Of(t);
            return values.All(IsUpperSnake) ? values : EquatableArray<string>.Empty;
        });

        private static bool IsUpperSnake(string name) =>
            name.Length > 0 && name[0] >= 'A' && name[0] <= 'Z' && name.All(c => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');

        /// <summary>"flow" or "flow module" when <paramref name="type"/> is a request whose Content is flow language; else null.</summary>
        public string? ContentKind(INamedTypeSymbol type) =>
            Is(type, CreateFlow) || Is(type, UpdateFlowContent) ? "flow"
            : Is(type, CreateModule) || Is(type, UpdateModuleContent) ? "flow module"
            : null;

        /// <summary>The schema whose fields a StringCondition placed in <paramref name="criteria"/> may name; else null.</summary>
        public QuerySchema? SchemaOfCriteria(INamedTypeSymbol? criteria) =>
            Is(criteria, FlowCriteria) ? Model.Flows : Is(criteria, ModuleCriteria) ? Model.Modules : null;

        /// <summary>
        /// The documented limit of <paramref name="property"/> on <paramref name="type"/>, when it is one of the requests of
        /// <see cref="RequestMemberRules"/> that the referenced SDK has; else null.
        /// </summary>
        public MemberRule? RuleOf(INamedTypeSymbol type, string property) =>
            _memberRules.TryGetValue(property, out Dictionary<INamedTypeSymbol, MemberRule>? byType) &&
            byType.TryGetValue(type.OriginalDefinition, out MemberRule? rule)
                ? rule
                : null;

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
    }
}
