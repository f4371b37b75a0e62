using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// The IDE promise: an edit unrelated to queries leaves every tracked step Cached or Unchanged,
    /// editing one query regenerates one file, and no step keeps a symbol, syntax node or compilation alive.
    /// </summary>
    public class IncrementalityTests
    {
        private const int FlowMethodCount = 16;
        private const int ModuleMethodCount = 4;

        /// <summary>The query methods are spread over this many types, flows and modules in each: one generated file per type.</summary>
        private const int TypeCount = 4;

        /// <summary>Every tracking name the generator declares, so a step added later is covered too.</summary>
        private static readonly string[] StepNames = typeof(FlowQueryGenerator.Steps)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        [Fact]
        public void TheGeneratorDeclaresTrackingNamesForItsSteps()
        {
            Assert.Contains(FlowQueryGenerator.Steps.FlowMethods, StepNames);
            Assert.Contains(FlowQueryGenerator.Steps.Files, StepNames);
            Assert.Contains(FlowQueryGenerator.Steps.Sdk, StepNames);
        }

        [Fact]
        public void AnIdenticalCompilationLeavesEveryStepCachedOrUnchanged()
        {
            CSharpCompilation compilation = ManyQueries(editedIndex: null);
            (GeneratorDriver driver, GeneratorDriverRunResult first) = RunOnce(TestCompilation.CreateDriver(), compilation);

            // A new compilation object over the same trees, as the IDE hands over after a no-op.
            (_, GeneratorDriverRunResult second) = RunOnce(driver, compilation.Clone());

            AssertEveryOutputCachedOrUnchanged(second);
            Assert.Empty(ChangedFiles(first, second));
        }

        [Fact]
        public void AnUnrelatedEditLeavesEveryStepCachedOrUnchanged()
        {
            CSharpCompilation compilation = ManyQueries(editedIndex: null);
            (GeneratorDriver driver, GeneratorDriverRunResult first) = RunOnce(TestCompilation.CreateDriver(), compilation);

            SyntaxTree unrelated = CSharpSyntaxTree.ParseText(
                "namespace Elsewhere { public sealed class Unrelated { public int Answer() => 42; } }",
                TestCompilation.ParseOptions, path: "Unrelated.cs");
            (_, GeneratorDriverRunResult second) = RunOnce(driver, compilation.AddSyntaxTrees(unrelated));

            AssertEveryOutputCachedOrUnchanged(second);
            Assert.Empty(ChangedFiles(first, second));
        }

        [Fact]
        public void EditingOneQueryAmongManyRegeneratesOneFileOnly()
        {
            const int edited = 7;
            CSharpCompilation compilation = ManyQueries(editedIndex: null);
            (GeneratorDriver driver, GeneratorDriverRunResult first) = RunOnce(TestCompilation.CreateDriver(), compilation);

            SyntaxTree before = compilation.SyntaxTrees.Single();
            SyntaxTree after = CSharpSyntaxTree.ParseText(Source(editedIndex: edited), TestCompilation.ParseOptions, path: before.FilePath);
            (_, GeneratorDriverRunResult second) = RunOnce(driver, compilation.ReplaceSyntaxTree(before, after));

            GeneratorRunResult run = second.Results.Single();
            var flowMethods = Outputs(run, FlowQueryGenerator.Steps.FlowMethods);
            Assert.Equal(FlowMethodCount, flowMethods.Count);
            Assert.Single(flowMethods, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.All(flowMethods.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            var moduleMethods = Outputs(run, FlowQueryGenerator.Steps.ModuleMethods);
            Assert.Equal(ModuleMethodCount, moduleMethods.Count);
            Assert.All(moduleMethods, o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Outputs(run, FlowQueryGenerator.Steps.Sdk), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.DoesNotContain(StepNames.SelectMany(name => Outputs(run, name)),
                o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Removed);

            // Grouping runs again over every method, but only the edited method's type reaches the output as changed:
            // its file is the only one parsed, bound and emitted again.
            var files = Outputs(run, FlowQueryGenerator.Steps.Files);
            Assert.Equal(TypeCount, files.Count);
            Assert.Single(files, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.All(files.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.Single(run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);

            string changed = Assert.Single(ChangedFiles(first, second));
            Assert.Equal($"Incremental.Queries{TypeOf(edited)}.g.cs", changed);
        }

        [Fact]
        public void NoStepOutputHoldsSymbolsSyntaxOrCompilations()
        {
            (_, GeneratorDriverRunResult result) = RunOnce(TestCompilation.CreateDriver(), ManyQueries(editedIndex: null));
            GeneratorRunResult run = result.Results.Single();

            var steps = StepNames
                .Where(run.TrackedSteps.ContainsKey)
                .SelectMany(name => run.TrackedSteps[name].Select(step => (name, step)))
                .Concat(run.TrackedOutputSteps.SelectMany(pair => pair.Value.Select(step => (name: pair.Key, step))))
                .ToList();
            Assert.NotEmpty(steps);
            Assert.Contains(steps, s => s.name == FlowQueryGenerator.Steps.FlowMethods);

            foreach ((string name, IncrementalGeneratorRunStep step) in steps)
            {
                foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                {
                    string? path = ForbiddenObjectGraph.Find(value, name);
                    Assert.True(path is null, $"The output of step '{name}' holds compiler state at {path}; cache plain values instead.");
                }
            }
        }

        [Fact]
        public void AShapeDiagnosticMovesWithItsMethodWithoutRegeneratingAnyFileOrHoldingALocation()
        {
            // The diagnostic travels as equatable data: a line inserted above the method changes where it is reported,
            // re-reads only that method, and writes no file again.
            string Invalid(string before) => before + """
                public static partial class Shapes
                {
                    [FlowQuery("name = 'a'")]
                    public static partial SearchContactFlowsRequest Generic<T>(string instanceId);

                    [FlowQuery("name = 'b'")]
                    public static partial SearchContactFlowsRequest Valid(string instanceId);
                }
                """;
            const string Usings = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\n";
            CSharpCompilation compilation = TestCompilation.Create(Invalid(Usings));
            (GeneratorDriver driver, GeneratorDriverRunResult first) = RunOnce(TestCompilation.CreateDriver(), compilation);
            Diagnostic reported = Assert.Single(first.Diagnostics);
            Assert.Equal(("CFQ010", 5), (reported.Id, reported.Location.GetLineSpan().StartLinePosition.Line));

            SyntaxTree before = compilation.SyntaxTrees.Single();
            SyntaxTree after = CSharpSyntaxTree.ParseText(Invalid(Usings + "// a comment\n"), TestCompilation.ParseOptions, path: before.FilePath);
            (_, GeneratorDriverRunResult second) = RunOnce(driver, compilation.ReplaceSyntaxTree(before, after));

            Diagnostic moved = Assert.Single(second.Diagnostics);
            Assert.Equal(("CFQ010", 6), (moved.Id, moved.Location.GetLineSpan().StartLinePosition.Line));
            Assert.Empty(ChangedFiles(first, second));
            GeneratorRunResult run = second.Results.Single();
            var methods = Outputs(run, FlowQueryGenerator.Steps.FlowMethods);
            Assert.Equal(2, methods.Count);
            Assert.Single(methods, o => o.Reason == IncrementalStepRunReason.Modified); // the generic one: its diagnostic moved
            Assert.All(Outputs(run, FlowQueryGenerator.Steps.Files), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(methods, o => Assert.Null(ForbiddenObjectGraph.Find(o.Value, FlowQueryGenerator.Steps.FlowMethods)));
        }

        [Fact]
        public void TheObjectGraphWalkFindsCompilerStateHiddenInCollectionsAndStructs()
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText("class C { }");
            var hidden = new List<object> { "text", 1, (Name: "token", Token: tree.GetRoot().GetFirstToken()) };
            Assert.NotNull(ForbiddenObjectGraph.Find(new object[] { hidden }, "root"));
            Assert.NotNull(ForbiddenObjectGraph.Find(ImmutableArray.Create<object>(Location.None), "root"));
            Assert.Null(ForbiddenObjectGraph.Find(new List<object> { "text", 1, ImmutableArray.Create("a") }, "root"));
        }

        private static (GeneratorDriver Driver, GeneratorDriverRunResult Result) RunOnce(GeneratorDriver driver, Compilation compilation)
        {
            driver = driver.RunGenerators(compilation);
            GeneratorDriverRunResult result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            return (driver, result);
        }

        private static void AssertEveryOutputCachedOrUnchanged(GeneratorDriverRunResult result)
        {
            GeneratorRunResult run = result.Results.Single();
            foreach (string name in StepNames)
            {
                var outputs = Outputs(run, name);
                Assert.True(outputs.Count > 0, $"step '{name}' was not tracked");
                Assert.All(outputs, o => Assert.True(CachedOrUnchanged.Contains(o.Reason), $"step '{name}' output was {o.Reason}"));
            }

            Assert.All(run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs),
                o => Assert.Contains(o.Reason, CachedOrUnchanged));
        }

        private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string stepName) =>
            run.TrackedSteps.TryGetValue(stepName, out ImmutableArray<IncrementalGeneratorRunStep> steps)
                ? steps.SelectMany(step => step.Outputs).ToList()
                : new List<(object, IncrementalStepRunReason)>();

        /// <summary>Hint names whose text differs between two runs (or that exist in only one).</summary>
        private static List<string> ChangedFiles(GeneratorDriverRunResult first, GeneratorDriverRunResult second)
        {
            Dictionary<string, string> before = Files(first), after = Files(second);
            return before.Keys.Union(after.Keys)
                .Where(hint => !before.TryGetValue(hint, out string? a) || !after.TryGetValue(hint, out string? b) || a != b)
                .ToList();

            static Dictionary<string, string> Files(GeneratorDriverRunResult result) =>
                result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        }

        private static CSharpCompilation ManyQueries(int? editedIndex) => TestCompilation.Create(Source(editedIndex));

        /// <summary>Consecutive flow queries share a type, so every type has every shape.</summary>
        private static int TypeOf(int flowIndex) => flowIndex / (FlowMethodCount / TypeCount);

        /// <summary>Twenty methods of every shape in one file, in <see cref="TypeCount"/> types; <paramref name="editedIndex"/> changes one flow query's text.</summary>
        private static string Source(int? editedIndex)
        {
            var sb = new StringBuilder("""
                using System.Collections.Generic;
                using System.Threading;
                using System.Threading.Tasks;
                using Amazon.Connect;
                using Amazon.Connect.Model;
                using ConnectFlowQueries;

                namespace Incremental
                {

                """);
            for (int i = 0; i < FlowMethodCount; i++)
            {
                string name = i == editedIndex ? "'edited'" : $"'billing {i}'";
                sb.Append("public static partial class Queries").Append(TypeOf(i)).Append(" { ");
                sb.Append((i % 4) switch
                {
                    0 => $"[FlowQuery(\"name ^= {name} and status = PUBLISHED\")] public static partial SearchContactFlowsRequest Flow{i}(string instanceId);",
                    1 => $"[FlowQuery(\"name = {name} and tag:Team = {{team}}\", MaxResults = 20)] public static partial SearchContactFlowsRequest Flow{i}(string instanceId, string team, string? nextToken);",
                    2 => $"[FlowQuery(\"description *= {name} or type = CONTACT_FLOW\")] public static partial IAsyncEnumerable<ContactFlow> Flow{i}(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);",
                    _ => $"[FlowQuery(\"name ^= {name} and state = ACTIVE\")] public static partial bool Flow{i}(ContactFlow flow);",
                }).AppendLine(" }");
            }

            for (int i = 0; i < ModuleMethodCount; i++)
            {
                sb.Append("public static partial class Queries").Append(i % TypeCount).Append(" { ");
                sb.Append($"[FlowModuleQuery(\"name ^= 'auth {i}' or description *= 'login'\")] public static partial SearchContactFlowModulesRequest Module{i}(string instanceId);").AppendLine(" }");
            }

            return sb.AppendLine("}").ToString();
        }

        /// <summary>
        /// Walks an object graph through every instance field (auto-properties included, as their backing fields)
        /// and reports the first path to compiler state a cached step must not hold: it would keep an old
        /// compilation alive and compare by reference, so the step could never be cached.
        /// </summary>
        private static class ForbiddenObjectGraph
        {
            public static string? Find(object? root, string rootName)
            {
                var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
                var pending = new Stack<(object Value, string Path)>();
                if (root is not null)
                {
                    pending.Push((root, rootName));
                }

                while (pending.Count > 0)
                {
                    (object value, string path) = pending.Pop();
                    Type type = value.GetType();
                    if (IsForbidden(value))
                    {
                        return $"{path} ({type.FullName})";
                    }

                    if (IsLeaf(type) || (!type.IsValueType && !visited.Add(value)))
                    {
                        continue;
                    }

                    if (value is Array array)
                    {
                        int index = 0;
                        foreach (object? item in array)
                        {
                            if (item is not null)
                            {
                                pending.Push((item, $"{path}[{index}]"));
                            }

                            index++;
                        }

                        continue;
                    }

                    for (Type? t = type; t is not null; t = t.BaseType)
                    {
                        foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                        {
                            if (!field.FieldType.IsPointer && field.GetValue(value) is { } child)
                            {
                                pending.Push((child, $"{path}.{field.Name}"));
                            }
                        }
                    }
                }

                return null;
            }

            private static bool IsForbidden(object value) =>
                value is ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel or Compilation;

            private static bool IsLeaf(Type type) =>
                type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || typeof(Type).IsAssignableFrom(type) || type == typeof(Pointer);
        }
    }
}
