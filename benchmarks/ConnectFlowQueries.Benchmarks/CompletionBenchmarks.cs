using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConnectFlowQueries.Completion;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The cost of completion per keystroke in a query of ordinary length, at the places a keystroke leaves the caret:
    /// the language's engine alone, and the whole provider (finding the query string, mapping the caret, reading the
    /// method and the SDK, the engine, Roslyn's items) on a document whose compilation is already bound, which is the
    /// part an editor adds for this package on top of the compile it keeps up to date anyway.
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
    public class CompletionBenchmarks
    {
        /// <summary>91 characters: three conditions, a group and a tag, then the word being typed.</summary>
        private const string Query = "name ^= 'billing' and (status = PUBLISHED or type = CONTACT_FLOW) and tag:Team = 'ops' and ";

        private static readonly QueryParameter[] Parameters = { new("instanceId", "string"), new("text", "string") };

        private readonly FlowQueryCompletionProvider _provider = new();
        private string _text = string.Empty;
        private int _caret;
        private Document _document = null!;
        private int _position;
        private QuerySchema _schema = null!;

        /// <summary>What is typed after <see cref="Query"/>, the caret at its end.</summary>
        [Params("st", "status ", "status = P", "status = PUBLISHED ")]
        public string Typed { get; set; } = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            _text = Query + Typed;
            _caret = _text.Length;
            _schema = QuerySchema.Documented(QueryTarget.Flows);

            string source = "using Amazon.Connect.Model;\nusing ConnectFlowQueries;\n\npublic static partial class Queries\n{\n    [FlowQuery(\""
                + _text + "\")]\n    public static partial SearchContactFlowsRequest Search(string instanceId, string text);\n}\n";
            _position = source.IndexOf(_text, StringComparison.Ordinal) + _text.Length;
            var workspace = new AdhocWorkspace();
            ProjectId project = ProjectId.CreateNewId();
            Solution solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(project, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                    parseOptions: SyntheticCompilations.ParseOptions,
                    metadataReferences: SyntheticCompilations.References))
                .AddDocument(DocumentId.CreateNewId(project), "Queries.cs", SourceText.From(source));
            workspace.TryApplyChanges(solution);
            _document = workspace.CurrentSolution.Projects.Single().Documents.Single();

            // Bound once, as the editor's compilation is; and a check that both offer the same items here.
            string[] engine = QueryCompletion.Complete(_text, _caret, _schema, Parameters).Items.Select(i => i.Text).ToArray();
            CompletionContext context = Provide().Result;
            var items = (System.Collections.Generic.IReadOnlyList<CompletionItem>)typeof(CompletionContext)
                .GetProperty("Items", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(context)!;
            if (engine.Length == 0 || !engine.SequenceEqual(items.Select(i => i.DisplayText)))
            {
                throw new InvalidOperationException($"after '{Typed}' the engine offers [{string.Join(" ", engine)}], the provider [{string.Join(" ", items.Select(i => i.DisplayText))}]");
            }
        }

        [Benchmark(Description = "Engine (QueryCompletion.Complete)")]
        public int Engine() => QueryCompletion.Complete(_text, _caret, _schema, Parameters).Items.Count;

        [Benchmark(Description = "Provider (ProvideCompletionsAsync)")]
        public Task<CompletionContext> Provider() => Provide();

        private async Task<CompletionContext> Provide()
        {
            var context = new CompletionContext(_provider, _document, _position, new TextSpan(_position, 0), CompletionTrigger.Invoke, _document.Project.Solution.Options, CancellationToken.None);
            await _provider.ProvideCompletionsAsync(context);
            return context;
        }
    }
}
