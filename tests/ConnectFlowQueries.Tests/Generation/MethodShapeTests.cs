using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect.Model;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ConnectFlowQueries.Tests.Support.Verifiers;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// Every shape C# lets a user write either compiles and works, or gets a CFQ error from the generator at the
    /// user's code (a build that stops at the compiler's declaration errors runs no analyzer, but it runs generators).
    /// </summary>
    public class MethodShapeTests
    {
        private const string Usings = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            """;

        [Fact]
        public Task GenericMethodIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest {|#0:Published|}<T>(string instanceId);
                }
                """, Diagnostic("CFQ010", "The method 'Published' cannot be generic").WithLocation(0));

        [Fact]
        public Task OuterTypeNotPartialIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static class {|#0:Outer|}
                {
                    public static partial class Flows
                    {
                        [FlowQuery("name = 'a'")]
                        public static partial SearchContactFlowsRequest Search(string instanceId);
                    }
                }
                """, Diagnostic("CFQ010", "The type 'Outer' that contains 'Search' must be declared 'partial'").WithLocation(0));

        [Fact]
        public Task BothAttributesAreReportedOnce() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    [FlowModuleQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest {|#0:Search|}(string instanceId);
                }
                """, Diagnostic("CFQ010", "The method 'Search' has both [FlowQuery] and [FlowModuleQuery]; keep one").WithLocation(0));

        [Fact]
        public Task InterfaceIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public partial interface {|#0:IQueries|}
                {
                    [FlowQuery("name = 'a'")]
                    SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ010", "[FlowQuery] methods must be declared in a class, struct or record, not in 'IQueries'").WithLocation(0));

        [Fact]
        public Task FileLocalTypeIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                file static partial class {|#0:Flows|}
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ010").WithLocation(0));

        [Fact]
        public Task LocalFunctionIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static class Flows
                {
                    public static void Run()
                    {
                        [FlowQuery("name = 'a'")]
                        static SearchContactFlowsRequest {|#0:Search|}(string instanceId) => null!;
                        Search("i");
                    }
                }
                """, Diagnostic("CFQ010").WithLocation(0));

        [Fact]
        public Task ConstantMaxResultsBesideAnIntParameterIsReported() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'", MaxResults = {|#0:10|})]
                    public static partial SearchContactFlowsRequest Search(string instanceId, int maxResults);
                }
                """, Diagnostic("CFQ010", "MaxResults = 10 is never used: the 'int maxResults' parameter always sets the page size. Declare it 'int? maxResults' to fall back to 10 when it is null, or remove one of them").WithLocation(0));

        [Fact]
        public Task SecondCancellationTokenIsReportedAndNoneIsUnused() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial Task<SearchContactFlowsResponse> Search(string instanceId, IAmazonConnect connect, CancellationToken ct, CancellationToken {|#0:other|});
                }
                """, Diagnostic("CFQ010", "The method 'Search' takes one CancellationToken, but 'ct' and 'other' both are one: remove 'other'").WithLocation(0));

        [Fact]
        public Task ARefKindOnAWellKnownParameterIsOneProblem() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Search(in string {|#0:instanceId|});
                }
                """, Diagnostic("CFQ010", "The parameter 'instanceId' cannot be ref, out or in").WithLocation(0));

        [Fact]
        public Task ClientAndTokenOfAnyNameAreNotUnusedParameters() =>
            VerifyGeneratorAndAnalyzerAsync(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial IAsyncEnumerable<ContactFlow> Search(string instanceId, IAmazonConnect connect, CancellationToken ct);
                }
                """);

        [Fact]
        public Task EmptyTagKeyIsASyntaxError() =>
            VerifyAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("tag[{|#0:''|}] = 'x'")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ001", "A tag key cannot be empty: Amazon Connect tag keys have 1 to 128 characters").WithLocation(0));

        [Fact]
        public Task EmptyQueryUnderlinesTheLiteral() =>
            VerifyAnalyzerAsync("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery({|#0:""|})]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """, Diagnostic("CFQ001").WithLocation(0));

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, "7.3")]
        [InlineData(LanguageVersion.CSharp8, "8.0")]
        public void LanguageVersionBelowNineIsReportedAndNothingIsGenerated(LanguageVersion version, string spelled)
        {
            const string Source = Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Search(string instanceId);
                }
                """;
            var parseOptions = new CSharpParseOptions(version);
            Compilation compilation = CSharpCompilation.Create("UserCode", new[] { CSharpSyntaxTree.ParseText(Source, parseOptions, path: "Query.cs") },
                TestCompilation.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            CSharpGeneratorDriver.Create(new[] { new FlowQueryGenerator().AsSourceGenerator() }, parseOptions: parseOptions)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

            Diagnostic diagnostic = Assert.Single(generatorDiagnostics);
            Assert.Equal("CFQ013", diagnostic.Id);
            Assert.Equal($"[FlowQuery] methods need C# 9 or later, and this project compiles C# {spelled}: set <LangVersion>9.0</LangVersion> or later in the project file", diagnostic.GetMessage());
            Assert.Equal("Search", Source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) && !t.FilePath.EndsWith("RequestExtensions.g.cs", StringComparison.Ordinal));
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath != "Query.cs");
        }

        [Theory]
        [InlineData(new[] { "connect" }, true)]
        [InlineData(new[] { "global", "connect" }, false)]
        public void AnSdkSeenOnlyThroughAnAliasIsReported(string[] aliases, bool reported)
        {
            const string Source = """
                extern alias connect;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial connect::Amazon.Connect.Model.SearchContactFlowsRequest Search(string instanceId);
                }
                """;
            string sdkPath = typeof(SearchContactFlowsRequest).Assembly.Location;
            ImmutableArray<MetadataReference> references = TestCompilation.References
                .Select(r => r is PortableExecutableReference { FilePath: { } path } && path == sdkPath ? r.WithAliases(aliases) : r)
                .ToImmutableArray();
            (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(TestCompilation.Create(Source, references));

            if (reported)
            {
                Diagnostic diagnostic = Assert.Single(result.Diagnostics);
                Assert.Equal("CFQ013", diagnostic.Id);
                Assert.Contains("Aliases=\"global,connect\"", diagnostic.GetMessage(), StringComparison.Ordinal);
                Assert.Empty(result.Results.SelectMany(r => r.GeneratedSources)); // the run-time extensions could not see the SDK either
            }
            else
            {
                Assert.Empty(result.Diagnostics);
                Assert.Empty(TestCompilation.Diagnostics(output));
            }
        }

        [Fact]
        public async Task KeywordNamesExtensionMethodsAndLocalLikeParametersCompileAndWork()
        {
            Assembly assembly = TestCompilation.GenerateAndLoad(Usings + """
                namespace @class.@event
                {
                    public static partial class @record
                    {
                        [FlowQuery("name = {string}")]
                        public static partial SearchContactFlowsRequest @class(string instanceId, string @string);

                        [FlowQuery("status = PUBLISHED")]
                        public static partial SearchContactFlowsRequest Published(this string instanceId);

                        [FlowQuery("name = {__item} and description = {__response} and (name ^= {__nextToken} or description ^= {__request})")]
                        public static partial IAsyncEnumerable<ContactFlow> All(string instanceId, IAmazonConnect client, string __nextToken, string __request, string __item, string __response);

                        [FlowQuery("tag:k = {__HasTag}")]
                        public static partial bool Tagged(ContactFlow flow, string __HasTag);
                    }
                }
                """);
            Type type = assembly.GetType("class.event.record", throwOnError: true)!;
            var request = (SearchContactFlowsRequest)type.GetMethod("class")!.Invoke(null, new object[] { "i", "n" })!;
            Assert.Equal(("i", "n"), (request.InstanceId, request.SearchCriteria.StringCondition.Value));

            MethodInfo published = type.GetMethod("Published")!;
            Assert.True(published.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), inherit: false));
            Assert.Equal("PUBLISHED", ((SearchContactFlowsRequest)published.Invoke(null, new object[] { "i" })!).SearchCriteria.StatusCondition.Value);

            var client = new FakeConnectClient(new[]
            {
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "a" } }, NextToken = "p2" },
                new SearchContactFlowsResponse { ContactFlows = new List<ContactFlow> { new() { Name = "b" } } },
            });
            var all = (IAsyncEnumerable<ContactFlow>)type.GetMethod("All")!.Invoke(null, new object?[] { "i", client, "start", "rq", "it", "rs" })!;
            Assert.Equal(new[] { "a", "b" }, (await ToList(all)).Select(f => f.Name));
            Assert.Equal(new[] { null, "p2" }, client.FlowRequests.Select(r => r.NextToken));
            Assert.Equal(("it", "rs"), (client.FlowRequests[0].SearchCriteria.AndConditions[0].StringCondition.Value, client.FlowRequests[0].SearchCriteria.AndConditions[1].StringCondition.Value));

            MethodInfo tagged = type.GetMethod("Tagged")!;
            Assert.Equal(true, tagged.Invoke(null, new object[] { new ContactFlow { Tags = new Dictionary<string, string> { ["k"] = "v" } }, "v" }));
        }

        [Fact]
        public async Task CancellationTokenOfAnyNameIsForwarded()
        {
            Assembly assembly = TestCompilation.GenerateAndLoad(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name = 'a'")]
                    public static partial Task<SearchContactFlowsResponse> Page(string instanceId, IAmazonConnect connect, CancellationToken ct);

                    [FlowQuery("name = 'a'")]
                    public static partial IAsyncEnumerable<ContactFlow> All(string instanceId, IAmazonConnect connect, CancellationToken stop);
                }
                """);
            using var source = new CancellationTokenSource();
            var client = new FakeConnectClient(new[] { new SearchContactFlowsResponse(), new SearchContactFlowsResponse() });
            await (Task<SearchContactFlowsResponse>)TestCompilation.Invoke(assembly, "Flows", "Page", "i", client, source.Token)!;
            await ToList((IAsyncEnumerable<ContactFlow>)TestCompilation.Invoke(assembly, "Flows", "All", "i", client, source.Token)!);
            Assert.Equal(new[] { source.Token, source.Token }, client.Tokens);
        }

        [Fact]
        public void NullNeverMatches()
        {
            Assembly assembly = TestCompilation.GenerateAndLoad(Usings + """
                public static partial class Flows
                {
                    [FlowQuery("name ^= {prefix}")] public static partial bool Starts(ContactFlow flow, string? prefix);
                    [FlowQuery("name *= {part}")] public static partial bool Has(ContactFlow flow, string? part);
                    [FlowQuery("name = {n}")] public static partial bool NameIs(ContactFlow flow, string? n);
                    [FlowQuery("type = {t}")] public static partial bool TypeIs(ContactFlow flow, string? t);
                    [FlowQuery("type = {t}")] public static partial bool TypeIsValue(ContactFlow flow, ContactFlowType? t);
                    [FlowQuery("tag:k = {v}")] public static partial bool Tagged(ContactFlow flow, string? v);
                }
                """);
            bool Match(string method, ContactFlow? flow, object? value) => (bool)TestCompilation.Invoke(assembly, "Flows", method, flow, value)!;
            var empty = new ContactFlow();
            var named = new ContactFlow { Name = "abc", Type = Amazon.Connect.ContactFlowType.CONTACT_FLOW, Tags = new Dictionary<string, string> { ["k"] = "x" } };

            foreach (string method in new[] { "Starts", "Has", "NameIs", "TypeIs", "TypeIsValue", "Tagged" })
            {
                Assert.False(Match(method, empty, null), method + " on nulls");
                Assert.False(Match(method, named, null), method + " with a null argument");
                Assert.False(Match(method, null, null), method + " on a null flow");
            }

            Assert.True(Match("Starts", named, "AB"));
            Assert.True(Match("Has", named, "bc"));
            Assert.True(Match("NameIs", named, "ABC"));
            Assert.False(Match("NameIs", empty, "abc"));
            Assert.True(Match("TypeIs", named, "contact_flow"));
            Assert.True(Match("TypeIsValue", named, Amazon.Connect.ContactFlowType.CONTACT_FLOW));
            Assert.True(Match("Tagged", named, "x"));
            Assert.False(Match("Tagged", empty, "x"));
        }

        private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
        {
            var list = new List<T>();
            await foreach (T item in items)
            {
                list.Add(item);
            }

            return list;
        }
    }
}
