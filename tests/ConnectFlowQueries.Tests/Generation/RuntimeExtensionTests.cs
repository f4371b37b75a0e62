using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Amazon.Connect.Model;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>The generated ToSearchContactFlowsRequest / ToSearchContactFlowModulesRequest extensions, against the stand-in SDK.</summary>
    public class RuntimeExtensionTests
    {
        public static TheoryData<FlowQueryTarget, string> Samples() => SampleQueries.AllData();

        [Theory]
        [MemberData(nameof(Samples))]
        public void RunTimeRequestIsTheGraphTheAttributeBuilds(FlowQueryTarget target, string text)
        {
            FlowQuery query = FlowQuery.Parse(text, target).Query!;
            foreach ((int? maxResults, string? nextToken) in new[] { ((int?)null, (string?)null), (25, "token-2") })
            {
                object compileTime = GeneratedRequests.CompileTime(target, text, "instance-1", maxResults, nextToken);
                object runTime = GeneratedRequests.RunTime(query, "instance-1", maxResults, nextToken);

                Assert.IsType(compileTime.GetType(), runTime);
                Assert.Equal(ObjectGraph.FromSdk(compileTime), ObjectGraph.FromSdk(runTime));
            }
        }

        [Fact]
        public void TheGraphHoldsTheSdkObjects()
        {
            FlowQuery query = FlowQuery.Parse("name ^= 'billing' and status = published and tag:a = '1'", FlowQueryTarget.Flows).Query!;

            var request = (SearchContactFlowsRequest)GeneratedRequests.RunTime(query, "i-1", 10, null);

            Assert.Equal(("i-1", (int?)10, (string?)null), (request.InstanceId, request.MaxResults, request.NextToken));
            Assert.Equal(Amazon.Connect.StringComparisonType.STARTS_WITH, request.SearchCriteria.AndConditions[0].StringCondition.ComparisonType);
            Assert.Same(Amazon.Connect.ContactFlowStatus.PUBLISHED, request.SearchCriteria.AndConditions[1].StatusCondition);
            Assert.Equal(("a", "1"), (request.SearchFilter.TagFilter.TagCondition.TagKey, request.SearchFilter.TagFilter.TagCondition.TagValue));
        }

        [Fact]
        public void AQueryForTheOtherSearchIsRejected()
        {
            FlowQuery modules = FlowQuery.Parse("name = 'x'", FlowQueryTarget.Modules).Query!;

            var invocation = Assert.Throws<TargetInvocationException>(() => TestCompilation.Invoke(GeneratedRequests.Assembly, "Queries", "RunFlows", modules, "i", null, null));
            var error = Assert.IsType<ArgumentException>(invocation.InnerException);
            Assert.StartsWith("The query was parsed for FlowQueryTarget.Modules; call ToSearchContactFlowModulesRequest instead.", error.Message);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void AReferencedAssemblysExtensionsSeenThroughInternalsVisibleToAreUsedInsteadOfASecondCopy(bool internalsVisible)
        {
            // A library generates its own internal extensions; a project that references it and sees its internals uses
            // those (a copy of its own would make every call ambiguous, CS0121); one that does not see them generates its own.
            string grant = internalsVisible ? "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Tests\")]" : string.Empty;
            (Compilation library, _) = TestCompilation.Generate(TestCompilation.Create(grant + "\npublic class Library { }", assemblyName: "Library"));
            Assert.Empty(library.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            const string Caller = """
                using ConnectFlowQueries;
                public static class Caller
                {
                    public static Amazon.Connect.Model.SearchContactFlowsRequest Run() =>
                        FlowQuery.Parse("name = 'a'", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest("i");
                }
                """;
            (Compilation tests, GeneratorDriverRunResult result) = TestCompilation.Generate(
                TestCompilation.Create(Caller, TestCompilation.References.Add(library.ToMetadataReference()), assemblyName: "Tests"));

            Assert.Equal(!internalsVisible, result.Results.SelectMany(r => r.GeneratedSources).Any(s => s.HintName == RuntimeExtensionEmitter.HintName));
            Assert.Empty(TestCompilation.Diagnostics(tests));
        }

        [Fact]
        public void NotGeneratedWithoutTheSdkOrTheLibrary()
        {
            ImmutableArray<MetadataReference> withoutSdk = TestCompilation.References
                .Where(r => !r.Display!.EndsWith("AWSSDK.Connect.dll", StringComparison.Ordinal)).ToImmutableArray();
            ImmutableArray<MetadataReference> withoutLibrary = TestCompilation.References
                .Where(r => !r.Display!.EndsWith("ConnectFlowQueries.dll", StringComparison.Ordinal)).ToImmutableArray();
            Assert.Equal(TestCompilation.References.Length - 1, withoutSdk.Length);
            Assert.Equal(TestCompilation.References.Length - 1, withoutLibrary.Length);

            Assert.Empty(GeneratedHintNames(TestCompilation.Create("class C { }", withoutSdk)));
            Assert.Empty(GeneratedHintNames(TestCompilation.Create("class C { }", withoutLibrary)));

            // A C# 7.3 project (a .NET Framework default) that only uses FlowQuery.Parse keeps building.
            CSharpCompilation csharp73 = TestCompilation.Create("class C { }")
                .RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText("class C { }", new CSharpParseOptions(LanguageVersion.CSharp7_3)));
            Assert.Empty(GeneratedHintNames(csharp73));
            Assert.Equal(new[] { RuntimeExtensionEmitter.HintName }, GeneratedHintNames(TestCompilation.Create("class C { }")));
        }

        [Fact]
        public void StaysCachedOnUnrelatedEdits()
        {
            CSharpCompilation compilation = TestCompilation.Create("class C { }");
            GeneratorDriver driver = TestCompilation.CreateDriver().RunGenerators(compilation);

            driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { int X => 1; }", TestCompilation.ParseOptions)));
            GeneratorRunResult run = Assert.Single(driver.GetRunResult().Results);

            Assert.All(run.TrackedSteps[FlowQueryGenerator.Steps.RuntimeExtensionTrigger].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(run.TrackedSteps[FlowQueryGenerator.Steps.RuntimeExtensions].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.Single(run.GeneratedSources);
        }

        [Fact]
        public void AnSdkWithoutModuleStateSaysSoAtRunTime()
        {
            (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(TestCompilation.Create("class C { }", SdkVariants.OlderSdkReferences));

            string text = result.Results.Single().GeneratedSources.Single(s => s.HintName == RuntimeExtensionEmitter.HintName).SourceText.ToString();
            Assert.Contains("throw new global::System.NotSupportedException(\"'state' cannot be searched: the referenced AWSSDK.Connect has no ContactFlowModuleSearchCriteria.StateCondition; update AWSSDK.Connect to filter modules by state\");", text);
            Assert.DoesNotContain("ContactFlowModuleSearchCriteria { StateCondition =", text);
            Assert.Contains("ContactFlowSearchCriteria { StateCondition =", text);
            Assert.Empty(TestCompilation.Diagnostics(output));
        }

        private static string[] GeneratedHintNames(Compilation compilation) =>
            TestCompilation.Generate(compilation).Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToArray();
    }
}
