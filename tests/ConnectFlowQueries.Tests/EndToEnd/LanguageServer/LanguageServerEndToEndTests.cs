using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace ConnectFlowQueries.Tests.EndToEnd.LanguageServer
{
    /// <summary>
    /// The package in a real language server, as a user of an LSP editor gets it: csharp-ls with analyzers on, driven over
    /// LSP. Query diagnostics arrive at the exact characters inside the string and go away when an edit fixes the query,
    /// though the package's code fixes are not offered (csharp-ls offers Roslyn's own code actions only); completion inside
    /// a query string comes from the package's completion provider, which csharp-ls serves from the analyzer reference
    /// (Roslyn loads such providers in the background on first use, so the first request may have none).
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class LanguageServerEndToEndTests : IClassFixture<CSharpLanguageServerFixture>
    {
        private static readonly TimeSpan ProjectLoadTimeout = TimeSpan.FromMinutes(3);
        private static readonly TimeSpan EditTimeout = TimeSpan.FromMinutes(1);
        private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

        private readonly CSharpLanguageServerFixture _server;
        private readonly ITestOutputHelper _output;

        public LanguageServerEndToEndTests(CSharpLanguageServerFixture server, ITestOutputHelper output)
        {
            _server = server;
            _output = output;
        }

        [Fact]
        public async Task QueryDiagnosticsAreAtTheExactCharactersAndGoAwayWhenAnEditFixesTheQuery()
        {
            string file = LanguageServerScenario.DiagnosticsFile;
            string uri = _server.Uri(file);
            string text = File.ReadAllText(Path.Combine(_server.ProjectFolder, file));
            Stopwatch clock = Stopwatch.StartNew();
            await _server.OpenAsync(file);

            JsonObject published = await _server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics",
                p => (string?)p["uri"] == uri && QueryDiagnostics(p).Any(), ProjectLoadTimeout);
            _output.WriteLine($"query diagnostics {clock.Elapsed.TotalSeconds:F1} s after opening");

            // Where the markers stood: each diagnostic covers the word that starts there, on its line.
            string[] lines = text.Split('\n');
            var expected = LanguageServerScenario.Project.ExpectedDiagnostics
                .Where(d => d.File == file)
                .Select(d => (d.Id, d.Line - 1, d.Column - 1, d.Line - 1, d.Column - 1 + WordLength(lines[d.Line - 1], d.Column - 1)))
                .ToArray();
            Assert.Equal(2, expected.Length);
            Assert.Equal(expected, QueryDiagnostics(published).ToArray());

            // The package's "Change to 'name'" fix: csharp-ls offers the code actions of Roslyn's own fixes only.
            JsonNode unknownField = ((JsonArray)published["diagnostics"]!).First(d => d?["code"]?.ToString() == "CFQ002")!;
            JsonNode? actions = await _server.Client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = unknownField["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(unknownField.DeepClone()) },
            }, RequestTimeout);
            string[] titles = (actions as JsonArray ?? new JsonArray()).Select(a => (string?)a?["title"] ?? string.Empty).ToArray();
            _output.WriteLine("code actions at CFQ002: " + string.Join(" | ", titles));
            Assert.NotEmpty(titles); // Roslyn's refactorings answer, so the request itself works
            Assert.DoesNotContain("Change to 'name'", titles);

            int before = _server.Client.NotificationCount;
            clock.Restart();
            string fixedText = text.Replace("nmae", "name", StringComparison.Ordinal).Replace("PUBLISH\"", "PUBLISHED\"", StringComparison.Ordinal);
            await _server.Client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fixedText }),
            });
            await _server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics",
                p => (string?)p["uri"] == uri && !QueryDiagnostics(p).Any(), EditTimeout, skip: before);
            _output.WriteLine($"cleared {clock.Elapsed.TotalSeconds:F1} s after the edit");
        }

        [Fact]
        public async Task CompletionInsideAQueryStringComesFromThePackage()
        {
            string file = LanguageServerScenario.CompletionFile;
            string uri = _server.Uri(file);
            string text = File.ReadAllText(Path.Combine(_server.ProjectFolder, file));
            await _server.OpenAsync(file);
            await _server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri, ProjectLoadTimeout);

            // After "and st" in the query: the fields that start with "st", in the language's order, inserted as shown.
            JsonObject position = PositionAfter(text, "[FlowQuery(\"" + LanguageServerScenario.TypedQuery);
            (JsonArray items, int emptyAnswers) = await FirstItemsAsync(uri, position);
            _output.WriteLine($"{emptyAnswers} answer(s) without items before the provider was loaded");
            Assert.Equal(new[] { "state", "status" }, items.Select(i => (string?)i!["label"]));
            Assert.Equal(new[] { "0000", "0001" }, items.Select(i => (string?)i!["sortText"]));
            Assert.All(items, i => Assert.Equal((string?)i!["label"], (string?)i["insertText"]));
            Assert.All(items, i => Assert.Null(i!["textEdit"])); // csharp-ls sends no range: the editor replaces the word it sees

            // The same text in a string that is no query: none of the query's items.
            JsonArray outside = await CompletionAsync(uri, PositionAfter(text, "Text = \"" + LanguageServerScenario.TypedQuery));
            Assert.DoesNotContain(outside, i => (string?)i!["label"] is "state" or "status");
        }

        /// <summary>Asks until an answer has items (Roslyn loads the package's provider after the first request), at most for a minute.</summary>
        private async Task<(JsonArray Items, int EmptyAnswers)> FirstItemsAsync(string uri, JsonObject position)
        {
            Stopwatch clock = Stopwatch.StartNew();
            for (int empty = 0; ; empty++)
            {
                JsonArray items = await CompletionAsync(uri, position);
                if (items.Count > 0 || clock.Elapsed > EditTimeout)
                {
                    return (items, empty);
                }

                await Task.Delay(500);
            }
        }

        private async Task<JsonArray> CompletionAsync(string uri, JsonObject position)
        {
            JsonNode? result = await _server.Client.RequestAsync("textDocument/completion", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["position"] = position.DeepClone(),
                ["context"] = new JsonObject { ["triggerKind"] = 1 },
            }, RequestTimeout);
            return result switch
            {
                JsonArray array => array,
                JsonObject list => list["items"] as JsonArray ?? new JsonArray(),
                _ => new JsonArray(),
            };
        }

        /// <summary>The LSP position (0-based line and UTF-16 character) just after the first <paramref name="prefix"/> in <paramref name="text"/>.</summary>
        private static JsonObject PositionAfter(string text, string prefix)
        {
            int offset = text.IndexOf(prefix, StringComparison.Ordinal);
            Assert.True(offset >= 0, prefix);
            offset += prefix.Length;
            int lineStart = text.LastIndexOf('\n', offset - 1) + 1;
            return new JsonObject { ["line"] = text.Take(offset).Count(c => c == '\n'), ["character"] = offset - lineStart };
        }

        private static int WordLength(string line, int start)
        {
            int end = start;
            while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] == '_'))
            {
                end++;
            }

            return end - start;
        }

        /// <summary>The package's diagnostics in a publishDiagnostics notification: id and range.</summary>
        private static IEnumerable<(string Id, int StartLine, int StartCharacter, int EndLine, int EndCharacter)> QueryDiagnostics(JsonObject published) =>
            (published["diagnostics"] as JsonArray ?? new JsonArray())
                .Select(d => (Id: d?["code"]?.ToString() ?? string.Empty, Range: d?["range"]))
                .Where(d => d.Id.StartsWith("CFQ", StringComparison.Ordinal))
                .Select(d => (d.Id, (int)d.Range!["start"]!["line"]!, (int)d.Range["start"]!["character"]!, (int)d.Range["end"]!["line"]!, (int)d.Range["end"]!["character"]!))
                .OrderBy(d => d.Item2).ThenBy(d => d.Item3);
    }
}
