using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ConnectFlowQueries.Tests.Package;
using Xunit;

namespace ConnectFlowQueries.Tests.EndToEnd.LanguageServer
{
    /// <summary>
    /// csharp-ls 0.28.0, installed as a local dotnet tool from NuGet, running once for a test class on a consumer project
    /// that references the freshly packed package, with analyzers on (<c>csharp.analyzersEnabled</c>, off by default).
    /// The server is always shut down and killed with the fixture, and the temporary folder deleted.
    /// </summary>
    public sealed class CSharpLanguageServerFixture : IAsyncLifetime
    {
        public const string ServerVersion = "0.28.0";

        private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

        private readonly string _root = Path.Combine(Path.GetTempPath(), "cfq-lsp-" + Guid.NewGuid().ToString("N"));
        private LspClient? _client;

        internal LspClient Client => _client ?? throw new InvalidOperationException("the language server is not running");

        /// <summary>The consumer project's folder, where the test sources are written.</summary>
        public string ProjectFolder => Path.Combine(_root, "consumers", LanguageServerScenario.Project.Name);

        public static JsonObject Settings => new() { ["analyzersEnabled"] = true };

        public async Task InitializeAsync()
        {
            (DotNetCli cli, string version) = ConsumerBuild.PackIntoFeed(_root);
            string consumers = Directory.CreateDirectory(Path.Combine(_root, "consumers")).FullName;
            ConsumerBuild.WriteIsolatingBuildFiles(consumers);
            LanguageServerScenario.Project.Write(ProjectFolder, version, Path.Combine(AppContext.BaseDirectory, "AWSSDK.Connect.dll"));
            Succeed(cli.Run(ProjectFolder, "restore"), "restore");

            // A local tool: a manifest above the project, the server restored into the run's own packages folder.
            Succeed(cli.Run(_root, "new", "tool-manifest"), "new tool-manifest");
            Succeed(cli.Run(_root, "tool", "install", "csharp-ls", "--version", ServerVersion), "tool install");

            _client = new LspClient(cli.StartInfo(ProjectFolder, "tool", "run", "csharp-ls"), Settings);
            string rootUri = new Uri(ProjectFolder).AbsoluteUri;
            await Client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = rootUri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "consumer" }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                    ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject(), ["completion"] = new JsonObject() },
                },
                ["initializationOptions"] = new JsonObject { ["csharp"] = Settings },
            }, StartTimeout);
            await Client.NotifyAsync("initialized", new JsonObject());
            await Client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = Settings } });
        }

        public Task DisposeAsync()
        {
            _client?.Dispose();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a leftover temp folder is harmless
            }

            return Task.CompletedTask;
        }

        /// <summary>Opens a file of the project in the server, as an editor does when it shows it.</summary>
        public Task OpenAsync(string file)
        {
            string path = Path.Combine(ProjectFolder, file);
            return Client.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri(file), ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(path) },
            });
        }

        public string Uri(string file) => new Uri(Path.Combine(ProjectFolder, file)).AbsoluteUri;

        private static void Succeed((int ExitCode, string Output) run, string what) =>
            Assert.True(run.ExitCode == 0, $"dotnet {what} failed:\n{run.Output}");
    }
}
