using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// A what-if, never shipped: our generator with the method read from its syntax instead of its symbol, so Roslyn never
    /// binds the return and parameter types (docs/performance.md, "Build: what reading the signature from syntax would
    /// save"; "What falls short" says why the design was left alone). It measures
    /// the best case of that design: type names are looked up in a table of the synthetic project's spellings, standing in
    /// for resolving them through the file's using directives, and anything else throws, so it handles the synthetic
    /// project only. The pipeline after reading is ours: the same grouping, binding and emitter, and <c>--check</c> proves
    /// it adds our generator's very files.
    /// </summary>
    /// <remarks>It binds each query itself (three lines) rather than through <c>FlowQueryGenerator</c>: the real build's
    /// analyzer assembly leaves that class out, or the compiler would run both generators.</remarks>
    public sealed class SyntaxSpelledGenerator : IIncrementalGenerator
    {
        /// <summary>The synthetic project's type spellings, by simple name: what the usings would resolve them to.</summary>
        private static readonly Dictionary<string, string> QualifiedNames = new(StringComparer.Ordinal)
        {
            ["IAmazonConnect"] = "Amazon.Connect.IAmazonConnect",
            ["ContactFlowStatus"] = "Amazon.Connect.ContactFlowStatus",
            ["ContactFlow"] = "Amazon.Connect.Model.ContactFlow",
            ["CancellationToken"] = "System.Threading.CancellationToken",
        };

        /// <summary>What the what-if asks Roslyn besides the syntax, to measure what each question costs.</summary>
        public enum Probe
        {
            /// <summary>Nothing: the syntax and the attribute FAWMN already bound.</summary>
            None,

            /// <summary>Each return and parameter type through the semantic model (<c>GetTypeInfo</c>), not the method symbol.</summary>
            SemanticModelTypes,

            /// <summary>The method symbol's <c>PartialImplementationPart</c>, which the reader checks for a hand-written implementation.</summary>
            PartialImplementationPart,
        }

        private readonly Probe _probe;

        public SyntaxSpelledGenerator(Probe probe = Probe.None) => _probe = probe;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<MethodModel> flows = Methods(context, FlowQueryMethodReader.FlowQueryAttributeName, QueryTarget.Flows);
            IncrementalValuesProvider<MethodModel> modules = Methods(context, FlowQueryMethodReader.FlowModuleQueryAttributeName, QueryTarget.Modules);
            IncrementalValueProvider<SdkModel> sdk = context.CompilationProvider.Select(static (compilation, ct) => SdkModel.Read(compilation, ct));
            IncrementalValuesProvider<GeneratedFile> files = flows.Collect()
                .Combine(modules.Collect())
                .Select(static (pair, _) => GeneratedFile.GroupByType(pair.Left, pair.Right))
                .SelectMany(static (files, _) => files);
            context.RegisterSourceOutput(files.Combine(sdk), static (spc, pair) =>
                spc.AddSource(pair.Left.HintName, FlowQueryEmitter.EmitFile(pair.Left, method => Bind(method, pair.Right, spc.CancellationToken), spc.CancellationToken)));

            // Ours adds the run-time extensions when the project uses them (the synthetic one does); their cost is ours either way.
            IncrementalValueProvider<string?> extensions = context.CompilationProvider
                .Select(static (compilation, _) => RuntimeExtensionTrigger.Read(compilation))
                .Combine(sdk)
                .Select(static (pair, _) => pair.Left.Any ? RuntimeExtensionEmitter.Emit(pair.Left, pair.Right) : null);
            context.RegisterSourceOutput(extensions, static (spc, text) =>
            {
                if (text is not null)
                {
                    spc.AddSource(RuntimeExtensionEmitter.HintName, text);
                }
            });
        }

        private static BoundQuery? Bind(MethodModel method, SdkModel sdk, CancellationToken cancellationToken) =>
            method.ShapeIsValid ? QueryBinder.Bind(method.QueryText, sdk.For(method.Target), method.QueryParameters, cancellationToken).Query : null;

        private IncrementalValuesProvider<MethodModel> Methods(IncrementalGeneratorInitializationContext context, string attributeName, QueryTarget target)
        {
            Probe probe = _probe;
            return context.SyntaxProvider.ForAttributeWithMetadataName(
                attributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                (ctx, ct) =>
                {
                    var method = (MethodDeclarationSyntax)ctx.TargetNode;
                    if (probe == Probe.SemanticModelTypes)
                    {
                        Expect(ctx.SemanticModel.GetTypeInfo(method.ReturnType, ct).Type);
                        foreach (ParameterSyntax parameter in method.ParameterList.Parameters)
                        {
                            Expect(ctx.SemanticModel.GetTypeInfo(parameter.Type!, ct).Type);
                        }
                    }
                    else if (probe == Probe.PartialImplementationPart && ((IMethodSymbol)ctx.TargetSymbol).PartialImplementationPart is not null)
                    {
                        throw new InvalidOperationException("The synthetic methods have no implementation before the generator runs.");
                    }

                    return Read(method, ctx.Attributes[0], target, ct);
                });

            static void Expect(ITypeSymbol? type)
            {
                if (type is null or { TypeKind: TypeKind.Error })
                {
                    throw new InvalidOperationException("The semantic model should bind every synthetic type.");
                }
            }
        }

        private static MethodModel Read(MethodDeclarationSyntax method, AttributeData attribute, QueryTarget target, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = (ClassDeclarationSyntax)method.Parent!;
            string ns = ((BaseNamespaceDeclarationSyntax)type.Parent!).Name.ToString();
            ReturnKind returnKind = Classify(method.ReturnType, target);

            string? instanceId = null, nextToken = null, maxResults = null, client = null, cancellation = null, subject = null;
            bool maxResultsNullable = false, addEnumeratorCancellation = false;
            SeparatedSyntaxList<ParameterSyntax> list = method.ParameterList.Parameters;
            var parameters = new ParameterModel[list.Count];
            var queryParameters = new QueryParameter[list.Count];
            for (int i = 0; i < list.Count; i++)
            {
                ParameterSyntax parameter = list[i];
                string name = parameter.Identifier.ValueText;
                (string typeName, string declaration) = Spell(parameter.Type!, name);
                parameters[i] = new ParameterModel(declaration, name);
                queryParameters[i] = new QueryParameter(name, typeName);
                switch (name)
                {
                    case FlowQueryMethodReader.InstanceId: instanceId = name; break;
                    case FlowQueryMethodReader.NextToken: nextToken = name; break;
                    case FlowQueryMethodReader.MaxResults: maxResults = name; maxResultsNullable = typeName == "int?"; break;
                    case FlowQueryMethodReader.Client: client = name; break;
                    case FlowQueryMethodReader.CancellationToken:
                        cancellation = name;
                        addEnumeratorCancellation = returnKind == ReturnKind.AllPages &&
                            !parameter.AttributeLists.SelectMany(a => a.Attributes).Any(a => a.Name.ToString().StartsWith("EnumeratorCancellation", StringComparison.Ordinal));
                        break;
                    default:
                        if (returnKind == ReturnKind.Match && typeName == FlowQueryMethodReader.ItemTypeName(target) && subject is null)
                        {
                            subject = name;
                        }

                        break;
                }
            }

            int? constantMaxResults = attribute.NamedArguments.Where(a => a.Key == "MaxResults").Select(a => a.Value.Value as int?).FirstOrDefault();
            return new MethodModel(
                target,
                ns + "." + type.Identifier.ValueText + GeneratedFile.HintNameExtension,
                ns,
                new EquatableArray<ContainingTypeModel>(new[] { new ContainingTypeModel("class", type.Identifier.ValueText + type.TypeParameterList) }),
                string.Join(" ", method.Modifiers.Select(m => m.Text)),
                returnKind switch
                {
                    ReturnKind.Match => "bool",
                    ReturnKind.Request => SdkSource.RequestType(target),
                    ReturnKind.SinglePage => SdkSource.TaskOfResponseType(target),
                    _ => SdkSource.AsyncEnumerableOfItemType(target),
                },
                method.Identifier.ValueText,
                new EquatableArray<ParameterModel>(parameters),
                new EquatableArray<QueryParameter>(queryParameters),
                returnKind,
                instanceId,
                nextToken,
                maxResults,
                maxResultsNullable,
                constantMaxResults,
                client,
                cancellation,
                addEnumeratorCancellation,
                subject,
                (string)attribute.ConstructorArguments[0].Value!,
                ShapeIsValid: true);
        }

        /// <summary>The return kind from the return type's spelling, as the synthetic project spells them.</summary>
        private static ReturnKind Classify(TypeSyntax type, QueryTarget target)
        {
            var names = FlowQueryMethodReader.SdkNames(target);
            return type switch
            {
                PredefinedTypeSyntax p when p.Keyword.IsKind(SyntaxKind.BoolKeyword) => ReturnKind.Match,
                IdentifierNameSyntax i when i.Identifier.ValueText == names.Request => ReturnKind.Request,
                GenericNameSyntax { Identifier.ValueText: "Task" } g when Argument(g) == names.Response => ReturnKind.SinglePage,
                GenericNameSyntax { Identifier.ValueText: "IAsyncEnumerable" } g when Argument(g) == names.Item => ReturnKind.AllPages,
                _ => throw new NotSupportedException("The what-if reader knows the synthetic project's return types only: " + type),
            };

            static string? Argument(GenericNameSyntax generic) =>
                generic.TypeArgumentList.Arguments.Count == 1 && generic.TypeArgumentList.Arguments[0] is IdentifierNameSyntax argument ? argument.Identifier.ValueText : null;
        }

        /// <summary>The type's name as the reader gives it ("string", "int?", "Amazon.Connect.IAmazonConnect") and the parameter's declaration.</summary>
        private static (string TypeName, string Declaration) Spell(TypeSyntax type, string name)
        {
            switch (type)
            {
                case PredefinedTypeSyntax predefined:
                    return (predefined.Keyword.Text, predefined.Keyword.Text + " " + name);
                case NullableTypeSyntax { ElementType: PredefinedTypeSyntax element }:
                    // "string?" is the reader's "string" with an annotation; "int?" is a type of its own.
                    string keyword = element.Keyword.Text;
                    return (keyword == "string" ? keyword : keyword + "?", keyword + "? " + name);
                case IdentifierNameSyntax identifier when QualifiedNames.TryGetValue(identifier.Identifier.ValueText, out string? qualified):
                    return (qualified, "global::" + qualified + " " + name);
                default:
                    throw new NotSupportedException("The what-if reader knows the synthetic project's parameter types only: " + type);
            }
        }
    }
}
