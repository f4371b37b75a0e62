using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConnectFlowQueries.Tests.Reliability
{
    /// <summary>
    /// Seeded property tests through the real pipeline. CFQ_FUZZ_CASES raises the budget (default 20,000
    /// language cases, a tenth of them also through generator and analyzer); CFQ_FUZZ_SEED picks the seed.
    /// A failure names the seed, the case number and the input.
    /// </summary>
    public class FuzzTests
    {
        private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CFQ_FUZZ_CASES"), out int n) ? n : 20_000;
        private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("CFQ_FUZZ_SEED"), out int s) ? s : 20261126;
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        private static readonly string[] SampleQueries =
        {
            "name ^= 'billing' and status = PUBLISHED",
            "(type = CONTACT_FLOW or type = 'customer_queue') and description *= 'after hours'",
            "name *= {text} and status = {status} and tag:Department = {department} and tag['cost center'] = '42'",
            "name ^= 'billing' and (status = PUBLISHED or status = SAVED) and tag:Owner = 'ops'",
            "(tag:A = '1' and tag:B = '2') or tag:C = '3'",
        };

        [Fact]
        public void LanguageInvariantsHoldForRandomAndMutatedQueries()
        {
            var random = new RandomQueries(Seed);
            for (int i = 0; i < Cases; i++)
            {
                string valid = random.ValidQuery();
                string input = i % 2 == 0 ? valid : random.Mutate(valid);
                CheckLanguage(input, expectValid: i % 2 == 0, $"seed={Seed} case={i} input={RandomQueries.Show(input)}");
            }
        }

        [Fact]
        public void EveryPrefixOfEverySampleQueryIsHandled()
        {
            foreach (string query in SampleQueries)
            {
                for (int length = 0; length <= query.Length; length++)
                {
                    string prefix = query.Substring(0, length);
                    CheckLanguage(prefix, expectValid: false, $"prefix={RandomQueries.Show(prefix)}");
                }
            }
        }

        private static void CheckLanguage(string input, bool expectValid, string context)
        {
            BindResult result;
            try
            {
                result = QueryBinder.Bind(input, Flows, Placeholders(input));
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{context}: threw {e}");
            }

            foreach (QueryDiagnostic diagnostic in result.Diagnostics)
            {
                Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= input.Length, $"{context}: span {diagnostic.Span} outside the query");
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()), context);
            }

            if (expectValid)
            {
                Assert.False(result.HasErrors, $"{context}: a valid query reported {string.Join("; ", result.Diagnostics)}");
            }

            Assert.Equal(result.HasErrors, result.Query is null);
            QuerySyntaxTree tree = QueryParser.Parse(input);
            if (tree.Diagnostics.Count == 0 && tree.Root is not null)
            {
                string printed = QueryPrinter.Print(tree.Root);
                QuerySyntaxTree reparsed = QueryParser.Parse(printed);
                Assert.True(reparsed.Diagnostics.Count == 0 && QueryPrinter.AreEquivalent(tree.Root, reparsed.Root), $"{context}: printed as {RandomQueries.Show(printed)}");
                Assert.Equal(result.Query, QueryBinder.Bind(printed, Flows, Placeholders(printed)).Query);
            }

            // Same input, same result.
            Assert.Equal(result.Query, QueryBinder.Bind(input, Flows, Placeholders(input)).Query);
        }

        /// <summary>Every placeholder a query names, as a string parameter, so valid queries bind.</summary>
        private static QueryParameter[] Placeholders(string input)
        {
            var diagnostics = new List<QueryDiagnostic>();
            return QueryLexer.Tokenize(input, diagnostics)
                .Where(t => t.Kind == TokenKind.Placeholder)
                .Select(t => t.Value)
                .Distinct()
                .Select(name => new QueryParameter(name, "string"))
                .ToArray();
        }

        [Fact]
        public void PipelineInvariantsHoldForRandomQueriesInBatches()
        {
            const int BatchSize = 200;
            var random = new RandomQueries(Seed + 1);
            int pipelineCases = Math.Max(BatchSize, Cases / 10);
            for (int start = 0; start < pipelineCases; start += BatchSize)
            {
                var queries = new List<string>();
                for (int i = 0; i < BatchSize; i++)
                {
                    string valid = random.ValidQuery();
                    queries.Add(i % 2 == 0 ? valid : random.Mutate(valid));
                }

                CheckPipeline(queries, random, $"seed={Seed + 1} batch starting at case {start}");
            }
        }

        private static void CheckPipeline(List<string> queries, RandomQueries random, string context)
        {
            var source = new StringBuilder("using Amazon.Connect.Model;\nusing ConnectFlowQueries;\npublic static partial class Fuzz\n{\n");
            for (int i = 0; i < queries.Count; i++)
            {
                source.Append($"    [FlowQuery({random.CSharpLiteral(queries[i])})]\n    public static partial SearchContactFlowsRequest M{i}(string instanceId);\n");
            }

            source.Append("}\n");
            Compilation compilation = TestCompilation.Create(source.ToString());
            (Compilation output, GeneratorDriverRunResult run) = TestCompilation.Generate(compilation);
            ImmutableArray<Diagnostic> diagnostics = TestCompilation.Diagnostics(output);

            // Where each method's attribute argument is, to attribute diagnostics to cases.
            SyntaxTree userTree = compilation.SyntaxTrees.Single();
            var arguments = userTree.GetRoot().DescendantNodes().OfType<AttributeArgumentSyntax>().Select(a => a.Span).ToList();
            Assert.Equal(queries.Count, arguments.Count);

            for (int i = 0; i < queries.Count; i++)
            {
                string caseContext = $"{context}, method M{i}, input={RandomQueries.Show(queries[i])}";
                bool invalid = QueryBinder.Bind(queries[i], Flows).HasErrors;
                var mine = diagnostics.Where(d => d.Location.SourceTree == userTree && arguments[i].Contains(d.Location.SourceSpan)).ToList();
                if (invalid)
                {
                    Assert.True(mine.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CFQ", StringComparison.Ordinal)), $"{caseContext}: no error inside the argument");
                }
                else
                {
                    Assert.DoesNotContain(mine, d => d.Severity == DiagnosticSeverity.Error);
                }
            }

            // Errors only ever come from our analyzer, inside the arguments: generated code always compiles.
            foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                Assert.True(diagnostic.Location.SourceTree == userTree && arguments.Any(a => a.Contains(diagnostic.Location.SourceSpan)),
                    $"{context}: error outside any query argument: {diagnostic}");
            }

            // Same input, byte-identical output.
            (_, GeneratorDriverRunResult again) = TestCompilation.Generate(compilation);
            Assert.Equal(TestCompilation.GeneratedText(run), TestCompilation.GeneratedText(again));
        }

        [Theory]
        [InlineData("[FlowQuery(")]
        [InlineData("[FlowQuery(\"name ^= ")]
        [InlineData("[FlowQuery(\"name ^= '")]
        [InlineData("[FlowQuery()]")]
        [InlineData("[FlowQuery]")]
        [InlineData("[FlowQuery(null)]")]
        [InlineData("[FlowQuery(42)]")]
        [InlineData("[FlowQuery(\"a\", \"b\")]")]
        [InlineData("[FlowQuery(Query)]")]
        [InlineData("[FlowQuery(\"name = 'a'\" + Query)]")]
        [InlineData("[FlowQuery($\"name = '{Query}'\")]")]
        [InlineData("[FlowQuery(\"name = 'a'\", MaxResults = )]")]
        [InlineData("[FlowQuery(\"name = 'a'\", MaxResults = \"x\")]")]
        [InlineData("[FlowQuery(\"name = 'a'\", Unknown = 1)]")]
        [InlineData("[FlowQuery(\"name = 'a'\")] [FlowModuleQuery(\"name = 'a'\")]")]
        [InlineData("[FlowQuery(query: \"nmae = 'a'\")]")]
        [InlineData("[FlowQuery(\"\"\"\n  name = 'a'\n  \"\"\")]")]
        public void HalfTypedAttributesNeverCrash(string attribute)
        {
            string source = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\npublic static partial class Fuzz\n{\n    private const string Query = \"x\";\n    "
                + attribute + "\n    public static partial SearchContactFlowsRequest M(string instanceId);\n}\n";
            for (int length = source.IndexOf("[FlowQuery", StringComparison.Ordinal); length <= source.Length; length += 7)
            {
                // The source as typed so far, and the whole of it.
                string typed = length == source.Length ? source : source.Substring(0, length);
                (Compilation output, _) = TestCompilation.Generate(TestCompilation.Create(typed));
                TestCompilation.Diagnostics(output); // asserts no AD0001 / CS8785
            }
        }

        /// <summary>
        /// Every state an editor passes through while a real file is typed, character by character: whatever the
        /// user's own errors, the generated files add no error or warning of their own, and nothing is generated for
        /// a method that ends up outside any type.
        /// </summary>
        [Fact]
        public void EveryEditorStateOfARealFileCompilesItsGeneratedCode()
        {
            string file = System.IO.File.ReadAllText(System.IO.Path.Combine(Package.DotNetCli.RepositoryRoot(), "samples", "ConnectFlowQueries.Sample", "Queries.cs"));
            var states = new List<string>();
            for (int length = file.IndexOf("/// <summary>", StringComparison.Ordinal); length <= file.Length; length++)
            {
                states.Add(file.Substring(0, length));
            }

            // A class header commented out leaves its methods outside any type.
            states.Add(file.Replace("public static partial class Modules", "/* public static partial class Modules */"));

            GeneratorDriver driver = TestCompilation.CreateDriver(trackSteps: false);
            Compilation compilation = TestCompilation.Create(string.Empty);
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            foreach (string state in states)
            {
                SyntaxTree typed = tree.WithChangedText(SourceText.From(state));
                compilation = compilation.ReplaceSyntaxTree(tree, typed);
                tree = typed;
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
                GeneratorDriverRunResult result = driver.GetRunResult();
                Assert.All(result.Results, r => Assert.Null(r.Exception));
                foreach (SyntaxTree generated in TestCompilation.MethodSources(result).Select(s => s.SyntaxTree))
                {
                    Assert.DoesNotContain("invalid", generated.FilePath, StringComparison.OrdinalIgnoreCase);
                    var problems = output.GetSemanticModel(generated).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
                    Assert.True(problems.Length == 0, $"After {state.Length} characters, {generated.FilePath}:\n{string.Join("\n", problems.Select(d => d.ToString()))}\n--- typed so far ---\n{state}");
                }
            }
        }
    }
}
