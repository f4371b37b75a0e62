using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using ConnectFlowQueries.CodeFixes.RequestAnalyzers;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>
    /// CFQ027 and "Convert to [FlowQuery] method": offered exactly when the generator can build the same request, and
    /// the round trip holds — the converted code, compiled with the generator, builds an object graph equal to the
    /// hand-written one.
    /// </summary>
    public class ConvertToFlowQueryAnalyzerTests
    {
        private const string Usings = RequestAnalyzerVerifier.Usings;

        [Fact]
        public Task TheFixAddsAPartialMethodAndCallsIt()
        {
            var test = new CodeFixVerifierTest<ConvertToFlowQueryAnalyzer, ConvertToFlowQueryCodeFixProvider>
            {
                RunGenerator = true,
                RunAllRequestAnalyzers = true,
                TestCode = Usings + """
                    public static class Queries
                    {
                        public static SearchContactFlowsRequest Billing(string id) => {|#0:new SearchContactFlowsRequest
                        {
                            InstanceId = id,
                            MaxResults = 50,
                            SearchCriteria = new ContactFlowSearchCriteria
                            {
                                StringCondition = new StringCondition { FieldName = "name", Value = "billing", ComparisonType = StringComparisonType.STARTS_WITH },
                            },
                        }|};
                    }
                    """,
                FixedCode = Usings + """
                    using ConnectFlowQueries;
                    public static partial class Queries
                    {
                        public static SearchContactFlowsRequest Billing(string id) => SearchContactFlows(id);

                        [FlowQuery("name ^= 'billing'", MaxResults = 50)]
                        private static partial SearchContactFlowsRequest SearchContactFlows(string instanceId);
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ConvertToFlowQuery)).WithLocation(0)
                .WithArguments("SearchContactFlowsRequest", "\"name ^= 'billing'\"", "FlowQuery"));
            return test.RunAsync();
        }

        [Fact]
        public Task NestedTypesBecomePartialAndTheMethodNameIsUnique()
        {
            var test = new CodeFixVerifierTest<ConvertToFlowQueryAnalyzer, ConvertToFlowQueryCodeFixProvider>
            {
                RunGenerator = true,
                RunAllRequestAnalyzers = true,
                TestCode = Usings + """
                    public class Outer
                    {
                        public record Inner(string Id)
                        {
                            public void SearchContactFlows() { }

                            public SearchContactFlowsRequest Make(string? token)
                            {
                                SearchContactFlowsRequest request = {|#0:new()
                                {
                                    InstanceId = Id,
                                    NextToken = token,
                                    SearchCriteria = new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.SAVED },
                                }|};
                                return request;
                            }
                        }
                    }
                    """,
                FixedCode = Usings + """
                    using ConnectFlowQueries;
                    public partial class Outer
                    {
                        public partial record Inner(string Id)
                        {
                            public void SearchContactFlows() { }

                            public SearchContactFlowsRequest Make(string? token)
                            {
                                SearchContactFlowsRequest request = SearchContactFlows2(Id, token);
                                return request;
                            }

                            [FlowQuery("status = SAVED")]
                            private static partial SearchContactFlowsRequest SearchContactFlows2(string instanceId, string? nextToken);
                        }
                    }
                    """,
            };
            test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.Get(DiagnosticCatalog.ConvertToFlowQuery)).WithLocation(0)
                .WithArguments("SearchContactFlowsRequest", "\"status = SAVED\"", "FlowQuery"));
            return test.RunAsync();
        }

        public static TheoryData<string, string> Convertible() => new()
        {
            {
                "name ^= 'billing'",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "billing", ComparisonType = StringComparisonType.STARTS_WITH } },
                }
                """
            },
            {
                "description *= 'O''Brien' and status = PUBLISHED and type = CONTACT_FLOW",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    NextToken = token,
                    MaxResults = max,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "description", Value = "O'Brien", ComparisonType = "contains" } },
                            new ContactFlowSearchCriteria { StatusCondition = "published" },
                            new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.FindValue("CONTACT_FLOW") },
                        },
                    },
                }
                """
            },
            {
                "(name = 'a' or name = 'b') and state = ACTIVE and status = SAVED and (type = QUEUE_TRANSFER or type = AGENT_HOLD or type = AGENT_WHISPER)",
                FlatGroupsRequest
            },
            {
                "name = 'x' or state = ARCHIVED and status = SAVED",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        OrConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "x", ComparisonType = StringComparisonType.EXACT } },
                            new ContactFlowSearchCriteria { AndConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ARCHIVED },
                                new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.SAVED },
                            } },
                        },
                    },
                }
                """
            },
            {
                "tag:Team = 'billing'",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchFilter = new ContactFlowSearchFilter { TagFilter = new ControlPlaneTagFilter { TagCondition = new TagCondition { TagKey = "Team", TagValue = "billing" } } },
                }
                """
            },
            {
                "name ^= 'sales' and status = PUBLISHED and tag['cost center'] = '42' and tag:Team = 'sales'",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "sales", ComparisonType = StringComparisonType.STARTS_WITH } },
                            new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.PUBLISHED },
                        },
                    },
                    SearchFilter = new ContactFlowSearchFilter
                    {
                        TagFilter = new ControlPlaneTagFilter
                        {
                            AndConditions = new List<TagCondition>
                            {
                                new TagCondition { TagKey = "cost center", TagValue = "42" },
                                new TagCondition { TagKey = "Team", TagValue = "sales" },
                            },
                        },
                    },
                }
                """
            },
            {
                "(type = CAMPAIGN or type = CONTACT_FLOW) and (tag:Team = 'a' and tag:Env = 'prod' or tag:Team = 'b')",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        OrConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CAMPAIGN },
                            new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CONTACT_FLOW },
                        },
                    },
                    SearchFilter = new ContactFlowSearchFilter
                    {
                        TagFilter = new ControlPlaneTagFilter
                        {
                            OrConditions = new List<List<TagCondition>>
                            {
                                new List<TagCondition> { new TagCondition { TagKey = "Team", TagValue = "a" }, new TagCondition { TagKey = "Env", TagValue = "prod" } },
                                new List<TagCondition> { new TagCondition { TagKey = "Team", TagValue = "b" } },
                            },
                        },
                    },
                }
                """
            },
            {
                "name = 'routing' and state = ACTIVE and tag:Owner = 'ops'",
                """
                new SearchContactFlowModulesRequest
                {
                    MaxResults = 10,
                    InstanceId = id,
                    SearchCriteria = new ContactFlowModuleSearchCriteria
                    {
                        AndConditions = new List<ContactFlowModuleSearchCriteria>
                        {
                            new ContactFlowModuleSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "routing", ComparisonType = StringComparisonType.EXACT } },
                            new ContactFlowModuleSearchCriteria { StateCondition = ContactFlowModuleState.ACTIVE },
                        },
                    },
                    SearchFilter = new ContactFlowModuleSearchFilter { TagFilter = new ControlPlaneTagFilter { TagCondition = new TagCondition { TagKey = "Owner", TagValue = "ops" } } },
                }
                """
            },
        };

        /// <summary>A class whose Make.Request returns <paramref name="request"/>, written by hand.</summary>
        private static string MakeSource(string request) => Usings + $$"""
            public static class Make
            {
                public static object Request(string id, string? token, int? max) => {{request.Replace("\n", "\n    ")}};
            }
            """;

        /// <summary>Groups of the operator around them, flattened: what a query of the same conditions builds.</summary>
        private const string FlatGroupsRequest = """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { OrConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "a", ComparisonType = StringComparisonType.EXACT } },
                                new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "b", ComparisonType = StringComparisonType.EXACT } },
                            } },
                            new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ACTIVE },
                            new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.SAVED },
                            new ContactFlowSearchCriteria { OrConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.QUEUE_TRANSFER },
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.AGENT_HOLD },
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.AGENT_WHISPER },
                            } },
                        },
                    },
                }
                """;

        [Fact]
        public async Task AGroupInsideAGroupOfTheSameOperatorConvertsToTheFlatEquivalent()
        {
            // The language flattens 'a and (b and c)' to one list, so the method builds the flat request, which the
            // service reads the same.
            const string Query = "(name = 'a' or name = 'b') and (state = ACTIVE and status = SAVED) and (type = QUEUE_TRANSFER or (type = AGENT_HOLD or type = AGENT_WHISPER))";
            const string Nested = """
                new SearchContactFlowsRequest
                {
                    InstanceId = id,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria { OrConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "a", ComparisonType = StringComparisonType.EXACT } },
                                new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = "b", ComparisonType = StringComparisonType.EXACT } },
                            } },
                            new ContactFlowSearchCriteria { AndConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ACTIVE },
                                new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.SAVED },
                            } },
                            new ContactFlowSearchCriteria { OrConditions = new List<ContactFlowSearchCriteria>
                            {
                                new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.QUEUE_TRANSFER },
                                new ContactFlowSearchCriteria { OrConditions = new List<ContactFlowSearchCriteria>
                                {
                                    new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.AGENT_HOLD },
                                    new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.AGENT_WHISPER },
                                } },
                            } },
                        },
                    },
                }
                """;

            string converted = await ConvertAsync(MakeSource(Nested), Query);

            object flat = TestCompilation.Invoke(TestCompilation.GenerateAndLoad(MakeSource(FlatGroupsRequest)), "Make", "Request", "instance-1", "token-1", 25)!;
            object actual = TestCompilation.Invoke(TestCompilation.GenerateAndLoad(converted), "Make", "Request", "instance-1", "token-1", 25)!;
            AssertSameGraph(flat, actual, "request");
        }

        [Theory]
        [MemberData(nameof(Convertible))]
        public async Task TheConvertedMethodBuildsAnEqualRequest(string query, string request)
        {
            string original = MakeSource(request);

            string converted = await ConvertAsync(original, query);
            Assert.Contains(SymbolDisplay.FormatLiteral(query, quote: true), converted);

            object expected = TestCompilation.Invoke(TestCompilation.GenerateAndLoad(original), "Make", "Request", "instance-1", "token-1", 25)!;
            object actual = TestCompilation.Invoke(TestCompilation.GenerateAndLoad(converted), "Make", "Request", "instance-1", "token-1", 25)!;
            AssertSameGraph(expected, actual, "request");
        }

        public static TheoryData<string> NotConvertible() => new()
        {
            // A value only known at run time.
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "name", Value = token, ComparisonType = StringComparisonType.EXACT } } }""",

            // A field name the generator spells differently, and one it does not know.
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = "Name", Value = "x", ComparisonType = StringComparisonType.EXACT } } }""",

            // A one-item list and two conditions on one criteria: the generator builds neither.
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = new ContactFlowSearchCriteria { AndConditions = new List<ContactFlowSearchCriteria> { new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ACTIVE } } } }""",
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ACTIVE, StatusCondition = ContactFlowStatus.SAVED } }""",

            // The query language has no flow attribute filter, and a request without criteria or filter has no query.
            """new SearchContactFlowsRequest { InstanceId = id, SearchFilter = new ContactFlowSearchFilter { FlowAttributeFilter = new ContactFlowAttributeFilter() } }""",
            """new SearchContactFlowsRequest { InstanceId = id }""",

            // No instance id, a property the method cannot set, an enum value the SDK does not define.
            """new SearchContactFlowsRequest { SearchCriteria = new ContactFlowSearchCriteria { StateCondition = ContactFlowState.ACTIVE } }""",
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = criteria }""",
            """new SearchContactFlowsRequest { InstanceId = id, SearchCriteria = new ContactFlowSearchCriteria { StatusCondition = new ContactFlowStatus("DRAFT") } }""",
        };

        [Theory]
        [MemberData(nameof(NotConvertible))]
        public async Task NothingIsOfferedWhenTheGeneratorWouldBuildSomethingElse(string request)
        {
            string source = Usings + $$"""
                public static class Make
                {
                    public static object Request(string id, string? token, ContactFlowSearchCriteria criteria) => {{request}};
                }
                """;
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(source);
            Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticCatalog.ConvertToFlowQuery.Id);
        }

        /// <summary>Runs the analyzer, takes the one CFQ027 and applies the fix as the IDE does (clean-up included).</summary>
        private static async Task<string> ConvertAsync(string source, string expectedQuery)
        {
            using var workspace = new AdhocWorkspace();
            Document document = CreateDocument(workspace, source);
            Compilation compilation = (await document.Project.GetCompilationAsync())!;
            Diagnostic diagnostic = Assert.Single(await AnalyzeAsync(compilation), d => d.Id == DiagnosticCatalog.ConvertToFlowQuery.Id);
            Assert.Contains(SymbolDisplay.FormatLiteral(expectedQuery, quote: true), diagnostic.GetMessage());

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new ConvertToFlowQueryCodeFixProvider().RegisterCodeFixesAsync(context);
            ImmutableArray<CodeActionOperation> operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
            Solution changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
            return (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
        {
            using var workspace = new AdhocWorkspace();
            return await AnalyzeAsync((await CreateDocument(workspace, source).Project.GetCompilationAsync())!);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
        {
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            // Every request analyzer, as a build runs them: none may fail on these requests.
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(Verifiers.RequestAnalyzers())
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        private static Document CreateDocument(AdhocWorkspace workspace, string source)
        {
            ProjectInfo project = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "UserCode", "UserCode", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestCompilation.References);
            return workspace.AddProject(project).AddDocument("Query.cs", SourceText.From(source));
        }

        [Fact]
        public void TheGraphComparisonSeesADifferenceDeepInside()
        {
            static Amazon.Connect.Model.SearchContactFlowsRequest Make(string tagValue) => new()
            {
                InstanceId = "i",
                SearchFilter = new() { TagFilter = new() { OrConditions = new() { new() { new() { TagKey = "k", TagValue = tagValue } } } } },
            };

            AssertSameGraph(Make("a"), Make("a"), "request");
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSameGraph(Make("a"), Make("b"), "request"));
        }

        /// <summary>Equal public state of the SDK model objects, recursively; SDK enums compare by value.</summary>
        private static void AssertSameGraph(object? expected, object? actual, string path)
        {
            if (expected is null || actual is null)
            {
                Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
                return;
            }

            Assert.True(expected.GetType() == actual.GetType(), $"{path}: expected a {expected.GetType()}, got a {actual.GetType()}");
            switch (expected)
            {
                case ConstantClass constant:
                    Assert.True(constant.Value == ((ConstantClass)actual).Value, $"{path}: expected {constant.Value}, got {((ConstantClass)actual).Value}");
                    return;
                case string or int:
                    Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
                    return;
                case IList list:
                    var other = (IList)actual;
                    Assert.True(list.Count == other.Count, $"{path}: expected {list.Count} items, got {other.Count}");
                    for (int i = 0; i < list.Count; i++)
                    {
                        AssertSameGraph(list[i], other[i], $"{path}[{i}]");
                    }

                    return;
            }

            foreach (PropertyInfo property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.DeclaringType?.Namespace == "Amazon.Connect.Model" && p.GetIndexParameters().Length == 0))
            {
                AssertSameGraph(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
            }
        }
    }
}
