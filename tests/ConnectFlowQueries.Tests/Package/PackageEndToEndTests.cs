using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ConnectFlowQueries.Tests.Package
{
    /// <summary>
    /// The path a user takes: pack the package into a temporary feed, create a project with `dotnet new`, add the
    /// package by version, build and run it; then see a bad query fail the build at the right line and column, and
    /// .editorconfig / #pragma change a rule's severity.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class PackageEndToEndTests : IDisposable
    {
        private const string Version = "0.0.0-e2e";
        private readonly string _root = Path.Combine(Path.GetTempPath(), "cfq-e2e-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        }

        [Fact]
        public void PackedPackageWorksInAFreshConsumerProject()
        {
            string repository = DotNetCli.RepositoryRoot();
            string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
            var cli = new DotNetCli(Path.Combine(_root, "packages"));

            (int packExit, string packOutput) = cli.Run(repository, "pack", Path.Combine("src", "ConnectFlowQueries", "ConnectFlowQueries.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={Version}");
            Assert.True(packExit == 0, packOutput);
            string package = Path.Combine(feed, $"ConnectFlowQueries.{Version}.nupkg");
            CheckPackageContents(package);

            string consumer = Path.Combine(_root, "consumer");
            (int newExit, string newOutput) = cli.Run(_root, "new", "console", "-o", consumer, "--framework", "net10.0", "--no-restore");
            Assert.True(newExit == 0, newOutput);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="e2e" value="{feed}" />
                    <add key="machine-cache" value="{MachinePackagesFolder()}" />
                  </packageSources>
                </configuration>
                """);
            (int addExit, string addOutput) = cli.Run(consumer, "add", "package", "ConnectFlowQueries", "--version", Version, "--no-restore");
            Assert.True(addExit == 0, addOutput);
            AddSdkStandIn(Path.Combine(consumer, "consumer.csproj"));

            // (1) It builds and runs, and the generated requests are what the queries say.
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program("name ^= 'billing' and status = PUBLISHED"));
            (int buildExit, string buildOutput) = cli.Run(consumer, "build", "-c", "Release");
            Assert.True(buildExit == 0, buildOutput);
            (int runExit, string runOutput) = cli.Run(consumer, "run", "-c", "Release", "--no-build");
            Assert.True(runExit == 0, runOutput);
            Assert.Contains("instance-1|and:name STARTS_WITH billing;StatusCondition PUBLISHED", runOutput);

            // (2) A bad query fails the build with the position inside the string literal.
            string bad = Program("nmae ^= 'billing'");
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), bad);
            (int badExit, string badOutput) = cli.Run(consumer, "build", "-c", "Release", "--no-restore");
            Assert.NotEqual(0, badExit);
            (int line, int column) = Position(bad, bad.IndexOf("nmae", StringComparison.Ordinal));
            Assert.Matches(new Regex($@"Program\.cs\({line},{column}\): error CFQ002: 'nmae' is not a field of contact flows: did you mean 'name'\?"), badOutput);

            // (3) .editorconfig raises a warning to an error; #pragma silences it.
            File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.CFQ006.severity = error\n");
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program("name *= 'a'"));
            (int raisedExit, string raisedOutput) = cli.Run(consumer, "build", "-c", "Release", "--no-restore");
            Assert.NotEqual(0, raisedExit);
            Assert.Contains("error CFQ006", raisedOutput);

            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program("name *= 'a'", pragma: true));
            (int silencedExit, string silencedOutput) = cli.Run(consumer, "build", "-c", "Release", "--no-restore");
            Assert.True(silencedExit == 0, silencedOutput);
            Assert.DoesNotContain("CFQ006", silencedOutput);

            // (4) The package's build props let the analyzers check flow files marked ConnectFlowContent="true".
            Directory.CreateDirectory(Path.Combine(consumer, "flows"));
            File.WriteAllText(Path.Combine(consumer, "flows", "main.json"), "{\n  \"Version\": \"2019-10-30\",\n  \"Actions\": [],\n}\n");
            XDocument project = XDocument.Load(Path.Combine(consumer, "consumer.csproj"));
            project.Root!.Add(new XElement("ItemGroup", new XElement("AdditionalFiles", new XAttribute("Include", "flows/*.json"), new XAttribute("ConnectFlowContent", "true"))));
            project.Save(Path.Combine(consumer, "consumer.csproj"));
            (int flowExit, string flowOutput) = cli.Run(consumer, "build", "-c", "Release", "--no-restore");
            Assert.True(flowExit == 0, flowOutput);
            Assert.Matches(new Regex(@"main\.json\(4,1\): warning CFQ022: The flow content is not valid JSON"), flowOutput);
        }

        private static void CheckPackageContents(string package)
        {
            using ZipArchive zip = ZipFile.OpenRead(package);
            string[] files = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("lib/netstandard2.0/ConnectFlowQueries.dll", files);
            Assert.Contains("lib/netstandard2.0/ConnectFlowQueries.xml", files);
            // The generator and analyzers, the code fixes and the completion provider: nothing else, no Roslyn assembly.
            Assert.Equal(
                new[] { "analyzers/dotnet/cs/ConnectFlowQueries.CodeFixes.dll", "analyzers/dotnet/cs/ConnectFlowQueries.Completion.dll", "analyzers/dotnet/cs/ConnectFlowQueries.Generator.dll" },
                files.Where(f => f.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal));
            Assert.Contains("build/ConnectFlowQueries.props", files);
            Assert.Contains("buildTransitive/ConnectFlowQueries.props", files);
            Assert.Contains("README.md", files);
            Assert.DoesNotContain(files, f => f.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(files, f => f.Contains("AWSSDK", StringComparison.OrdinalIgnoreCase) || f.Contains("Tests", StringComparison.Ordinal));

            using Stream nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            XDocument nuspec = XDocument.Load(nuspecStream);
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Empty(metadata.Descendants(ns + "dependency")); // nothing leaks Roslyn (or anything) to consumers
            Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
            Assert.NotNull(metadata.Element(ns + "repository"));
            Assert.Contains("amazon-connect", metadata.Element(ns + "tags")?.Value);
        }

        /// <summary>The stand-in in place of AWSSDK.Connect (not on this feed), and the AWSSDK.Core it is built on.</summary>
        private static void AddSdkStandIn(string project)
        {
            string standIn = Path.Combine(AppContext.BaseDirectory, "AWSSDK.Connect.dll");
            XDocument document = XDocument.Load(project);
            document.Root!.Add(new XElement("ItemGroup",
                new XElement("PackageReference", new XAttribute("Include", "AWSSDK.Core"), new XAttribute("Version", "4.1.0")),
                new XElement("Reference", new XAttribute("Include", "AWSSDK.Connect"), new XElement("HintPath", standIn))));
            document.Save(project);
        }

        private static string MachinePackagesFolder() =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
                ? folder
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        private static string Program(string query, bool pragma = false) => $$"""
            using System;
            using System.Linq;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;

            var request = Queries.Search("instance-1");
            var and = request.SearchCriteria.AndConditions;
            Console.WriteLine(request.InstanceId + "|" + (and is null ? "single" : "and:" + string.Join(";", and.Select(c =>
                c.StringCondition is { } s ? $"{s.FieldName} {s.ComparisonType.Value} {s.Value}" : $"StatusCondition {c.StatusCondition?.Value}"))));

            static partial class Queries
            {
            {{(pragma ? "#pragma warning disable CFQ006" : string.Empty)}}
                [FlowQuery("{{query}}")]
                public static partial SearchContactFlowsRequest Search(string instanceId);
            }
            """;

        private static (int Line, int Column) Position(string text, int offset)
        {
            string before = text.Substring(0, offset);
            int line = before.Count(c => c == '\n') + 1;
            int column = offset - (before.LastIndexOf('\n') + 1) + 1;
            return (line, column);
        }
    }
}
