using System.Collections.Generic;
using System.Linq;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// The reader spells type, namespace and parameter names from the symbols' names instead of Roslyn's display strings
    /// (a display string costs microseconds, and a method needs several). These tests hold the spellings to Roslyn's
    /// own, on the plain cases the fast path takes and on the ones it hands back to Roslyn.
    /// </summary>
    public class MethodReaderSpellingTests
    {
        private const string Source = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            namespace Company.Queries
            {
                public enum Kind { A }
                public class Box { public class Nested { } }

                public static partial class Flows
                {
                    [FlowQuery("name = {name}")]
                    public static partial SearchContactFlowsRequest Plain(string instanceId, string name, int? maxResults, string? nextToken, long count, bool? flag);

                    [FlowQuery("name = 'a'")]
                    public static partial Task<SearchContactFlowsResponse> Page(IAmazonConnect client, string instanceId, CancellationToken cancellationToken);

                    [FlowQuery("name = 'a'")]
                    public static partial Task<SearchContactFlowsResponse?> PageOfNullable(IAmazonConnect client, string instanceId);

                    [FlowQuery("name = 'a'")]
                    public static partial Task<SearchContactFlowsResponse>? NullablePage(IAmazonConnect? client, string instanceId);

                    [FlowQuery("name = 'a'")]
                    public static partial IAsyncEnumerable<ContactFlow> All(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);

                    [FlowQuery("name = 'a'")]
                    public static partial bool Match(ContactFlow flow, Box.Nested? nested, Kind kind, List<string>? list, object? o, decimal d, System.DateTime? when, Company.Queries.Box box);

                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest? NullableRequest(string instanceId, ContactFlow? @event, ref int byRef, params string[] rest);

                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Overload(string instanceId);

                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Overload(string instanceId, string other);
                }
            }

            namespace @class.@record
            {
                public class @var { }

                public static partial class Flows
                {
                    [FlowModuleQuery("name = 'a'")]
                    public static partial bool Keywords(ContactFlowModule module, @var v, @class.@record.@var again);
                }
            }

            public partial class Outer<T>
            {
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest InGeneric(string instanceId, T item);
                }
            }

            public static partial class GlobalFlows
            {
                public class Item { }

                [FlowQuery("name = 'a'")]
                public static partial SearchContactFlowsRequest Global(string instanceId, Item item, GlobalFlows.Item other);
            }
            """;

        private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat ParameterFormat = TypeFormat.WithParameterOptions(
            SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName |
            SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis);

        public static TheoryData<string> MethodNames() => new TheoryData<string>
        {
            "Plain", "Page", "PageOfNullable", "NullablePage", "All", "Match", "NullableRequest", "Overload", "Keywords", "InGeneric", "Global",
        };

        [Theory]
        [MemberData(nameof(MethodNames))]
        public void SpellingsAreRoslynsDisplayStrings(string methodName)
        {
            List<(IMethodSymbol Method, MethodModel Model)> read = Read().Where(m => m.Method.Name == methodName).ToList();
            Assert.NotEmpty(read);
            foreach ((IMethodSymbol method, MethodModel model) in read)
            {
                Assert.Equal(method.ContainingNamespace.IsGlobalNamespace ? null : method.ContainingNamespace.ToDisplayString(), model.Namespace);
                Assert.Equal(model.ReturnKind == ReturnKind.Match ? "bool" : method.ReturnType.ToDisplayString(TypeFormat), model.ReturnType);
                Assert.Equal(method.Parameters.Select(p => p.ToDisplayString(ParameterFormat)), model.Parameters.Select(p => p.Declaration));
                Assert.Equal(
                    method.Parameters.Select(p => p.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString()),
                    model.QueryParameters.Select(p => p.TypeName));
                Assert.Equal(HintNameFromDisplayString(method), model.HintName);
            }
        }

        [Fact]
        public void OverloadsShareTheirTypesFile()
        {
            string[] hintNames = Read().Where(m => m.Method.Name == "Overload").Select(m => m.Model.HintName).ToArray();
            Assert.Equal(new[] { "Company.Queries.Flows.g.cs", "Company.Queries.Flows.g.cs" }, hintNames);
        }

        private static IEnumerable<(IMethodSymbol Method, MethodModel Model)> Read()
        {
            Compilation compilation = TestCompilation.Create(Source);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            SemanticModel semanticModel = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var method = (IMethodSymbol)semanticModel.GetDeclaredSymbol(declaration)!;
                AttributeData attribute = method.GetAttributes().Single();
                QueryTarget target = FlowQueryMethodReader.TargetOf(attribute) ?? throw new Xunit.Sdk.XunitException("no query attribute on " + method.Name);
                MethodModel model = FlowQueryMethodReader.Read(method, attribute, target, compilation, default).Model
                    ?? throw new Xunit.Sdk.XunitException("no model for " + method.Name);
                yield return (method, model);
            }
        }

        /// <summary>The hint name (the method's type's file) as the reader spelled it from Roslyn's display string before it spelled names itself.</summary>
        private static string HintNameFromDisplayString(IMethodSymbol method)
        {
            string type = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length);
            return new string(type.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray()) + ".g.cs";
        }
    }
}
