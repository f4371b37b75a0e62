using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ConnectFlowQueries.Tests.Completion
{
    /// <summary>
    /// A document in a Roslyn workspace (the default MEF host, which composes Roslyn's C# editor features) whose project
    /// has the completion assembly as an analyzer reference to its file, as an editor gets it from the package; completion
    /// asked of Roslyn's own <see cref="CompletionService"/>, which finds the provider in that reference.
    /// </summary>
    internal sealed class CompletionWorkspace
    {
        /// <summary>Where the caret is in a test's source; removed before the source is parsed.</summary>
        public const string Caret = "$$";

        public const string Usings = "using System.Threading;\nusing Amazon.Connect;\nusing Amazon.Connect.Model;\nusing ConnectFlowQueries;\n";

        private static readonly AnalyzerFileReference CompletionAssembly =
            new(Path.Combine(AppContext.BaseDirectory, "ConnectFlowQueries.Completion.dll"), new DefaultContextLoader());

        private CompletionWorkspace(Document document, int caret)
        {
            Document = document;
            CaretPosition = caret;
        }

        public Document Document { get; }

        public int CaretPosition { get; }

        /// <summary>A project with <paramref name="markedSource"/> (after <see cref="Usings"/>), the SDK stand-in or <paramref name="references"/>, and the completion assembly.</summary>
        public static CompletionWorkspace Open(string markedSource, ImmutableArray<MetadataReference>? references = null)
        {
            string marked = Usings + markedSource;
            int caret = marked.IndexOf(Caret, StringComparison.Ordinal);
            Assert.True(caret >= 0 && marked.IndexOf(Caret, caret + 1, StringComparison.Ordinal) < 0, "one $$ marks the caret");
            string source = marked.Remove(caret, Caret.Length);

            var workspace = new AdhocWorkspace();
            ProjectId projectId = ProjectId.CreateNewId();
            Solution solution = workspace.CurrentSolution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                    compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                    parseOptions: TestCompilation.ParseOptions,
                    metadataReferences: references ?? TestCompilation.References,
                    analyzerReferences: new[] { CompletionAssembly }))
                .AddDocument(DocumentId.CreateNewId(projectId), "Queries.cs", SourceText.From(source));
            Assert.True(workspace.TryApplyChanges(solution));
            return new CompletionWorkspace(workspace.CurrentSolution.Projects.Single().Documents.Single(), caret);
        }

        /// <summary>What Roslyn's completion service offers at the caret, in the order an editor shows them (by sort text).</summary>
        public async Task<IReadOnlyList<CompletionItem>> ItemsAsync(CompletionTrigger? trigger = null)
        {
            CompletionService service = CompletionService.GetService(Document) ?? throw new InvalidOperationException("no completion service: C# Features missing from the MEF host");
            CompletionList list = await service.GetCompletionsAsync(Document, CaretPosition, trigger ?? CompletionTrigger.Invoke, cancellationToken: CancellationToken.None);
            return list.ItemsList.OrderBy(i => i.SortText, StringComparer.Ordinal).ToArray();
        }

        public async Task<string[]> DisplayTextsAsync(CompletionTrigger? trigger = null) =>
            (await ItemsAsync(trigger)).Select(i => i.DisplayText).ToArray();

        /// <summary>The source after accepting the item shown as <paramref name="displayText"/>, without <see cref="Usings"/>.</summary>
        public async Task<string> AcceptAsync(string displayText, CompletionTrigger? trigger = null)
        {
            CompletionItem item = Assert.Single(await ItemsAsync(trigger), i => i.DisplayText == displayText);
            CompletionService service = CompletionService.GetService(Document)!;
            CompletionChange change = await service.GetChangeAsync(Document, item, commitCharacter: null, CancellationToken.None);
            SourceText text = await Document.GetTextAsync();
            string after = text.WithChanges(change.TextChange).ToString();
            Assert.StartsWith(Usings, after);
            return after.Substring(Usings.Length);
        }

        /// <summary>Loads the analyzer assembly as the test host already has it (the test project references it), so its types are the test's own.</summary>
        private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }
}
