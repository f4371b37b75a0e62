using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using ConnectFlowQueries.Tests.Package;
using Xunit;

namespace ConnectFlowQueries.Tests.Cli
{
    /// <summary>
    /// The flowquery tool as a user gets it: the project packed as it is (what the solution's dotnet pack does, no
    /// extra property), installed with dotnet tool install from the package, and run.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class CliPackageTests : IDisposable
    {
        private const string PackageId = "ConnectFlowQueries.Cli";
        private const string ToolFolder = "tools/net10.0/any/";

        private readonly string _root = Path.Combine(Path.GetTempPath(), "cfq-cli-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a leftover temp folder is harmless
            }
        }

        [Fact]
        public void PackedToolInstallsAndRuns()
        {
            // A version of the run's own and a packages folder of its own: NuGet never serves a package cached earlier.
            string version = "0.0.0-e2e." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
            string feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
            var cli = new DotNetCli(Path.Combine(_root, "packages"));

            // Artifacts output under the temporary folder keeps this build out of the repository's bin/ and obj/,
            // which the test build and other tests that pack use at the same time.
            (int packExit, string packOutput) = cli.Run(DotNetCli.RepositoryRoot(), "pack", Path.Combine("src", "ConnectFlowQueries.Cli", "ConnectFlowQueries.Cli.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={version}", "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={Path.Combine(_root, "artifacts")}");
            Assert.True(packExit == 0, packOutput);
            CheckPackageContents(Path.Combine(feed, $"{PackageId}.{version}.nupkg"));

            string config = Path.Combine(_root, "nuget.config");
            new XDocument(new XElement("configuration", new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "e2e"), new XAttribute("value", feed))))).Save(config);
            string tools = Path.Combine(_root, "tools");
            (int installExit, string installOutput) = cli.Run(_root, "tool", "install", PackageId, "--version", version, "--tool-path", tools, "--configfile", config);
            Assert.True(installExit == 0, installOutput);

            string flowquery = Path.Combine(tools, OperatingSystem.IsWindows() ? "flowquery.exe" : "flowquery");
            Assert.Equal((0, version + Environment.NewLine), RunInstalled(flowquery, "--version"));
            Assert.Equal((0, "OK: the query is valid for contact flows" + Environment.NewLine), RunInstalled(flowquery, "check", "name ^= 'billing'"));
        }

        private static void CheckPackageContents(string package)
        {
            using ZipArchive zip = ZipFile.OpenRead(package);
            string[] files = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains(ToolFolder + "flowquery.dll", files);
            Assert.Contains(ToolFolder + "ConnectFlowQueries.dll", files);
            Assert.Contains("README.md", files);

            XDocument settings = XDocument.Load(zip.GetEntry(ToolFolder + "DotnetToolSettings.xml")!.Open());
            XElement command = settings.Descendants("Command").Single();
            Assert.Equal(("flowquery", "flowquery.dll"), (command.Attribute("Name")?.Value, command.Attribute("EntryPoint")?.Value));

            // The tool targets .NET 10 and runs on a newer runtime when .NET 10 is not installed.
            using JsonDocument runtimeConfig = JsonDocument.Parse(zip.GetEntry(ToolFolder + "flowquery.runtimeconfig.json")!.Open());
            Assert.Equal("Major", runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("rollForward").GetString());

            using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
            Assert.StartsWith("# flowquery", readme.ReadToEnd());

            XDocument nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal(PackageId, metadata.Element(ns + "id")?.Value);
            Assert.Equal("DotnetTool", metadata.Descendants(ns + "packageType").Single().Attribute("name")?.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
            Assert.Empty(metadata.Descendants(ns + "dependency")); // the library travels inside the tool
        }

        /// <summary>Runs the installed tool's launcher, which finds the runtime through DOTNET_ROOT as a user's shell would.</summary>
        private static (int ExitCode, string Stdout) RunInstalled(string flowquery, params string[] args)
        {
            var start = new ProcessStartInfo(flowquery) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host)
            {
                start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
            }

            using Process process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(stderr.Result.Length == 0, stderr.Result);
            return (process.ExitCode, stdout);
        }
    }
}
