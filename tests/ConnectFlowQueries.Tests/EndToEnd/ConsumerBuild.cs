using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Xml.Linq;
using ConnectFlowQueries.Tests.Package;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// The package packed into a temporary feed and every consumer project built against it by one
    /// <c>dotnet build</c> of a solution that lists them all: one restore, projects built in parallel, and a project
    /// that fails does not stop the others (only the projects that reference it).
    /// </summary>
    internal sealed class ConsumerBuild
    {
        private const string SolutionFileName = "consumers.slnx";

        private readonly DotNetCli _cli;
        private readonly Dictionary<string, ProjectBuildResult> _projects;

        private ConsumerBuild(DotNetCli cli, string output, Dictionary<string, ProjectBuildResult> projects, TimeSpan packDuration, TimeSpan buildDuration)
        {
            _cli = cli;
            Output = output;
            _projects = projects;
            PackDuration = packDuration;
            BuildDuration = buildDuration;
        }

        /// <summary>The console output of the shared build.</summary>
        public string Output { get; }

        public TimeSpan PackDuration { get; }

        public TimeSpan BuildDuration { get; }

        public IEnumerable<ProjectBuildResult> Projects => _projects.Values;

        public ProjectBuildResult Project(string name) => _projects[name];

        /// <summary>Packs the package into a feed under <paramref name="root"/>, then writes and builds <paramref name="consumers"/>.</summary>
        public static ConsumerBuild Run(string root, IReadOnlyList<ConsumerProject> consumers)
        {
            Stopwatch clock = Stopwatch.StartNew();
            (DotNetCli cli, string version) = PackIntoFeed(root);
            TimeSpan packDuration = clock.Elapsed;

            string consumersFolder = Directory.CreateDirectory(Path.Combine(root, "consumers")).FullName;
            WriteIsolatingBuildFiles(consumersFolder);
            string standIn = Path.Combine(AppContext.BaseDirectory, "AWSSDK.Connect.dll");
            foreach (ConsumerProject consumer in consumers)
            {
                consumer.Write(Path.Combine(consumersFolder, consumer.Name), version, standIn);
            }

            WriteSolution(Path.Combine(consumersFolder, SolutionFileName), consumers);

            clock.Restart();
            (_, string output) = cli.Run(consumersFolder, "build", SolutionFileName,
                "-p:GenerateFullPaths=true", "-clp:NoSummary", "-m", "-tl:off", "-nodeReuse:false");
            TimeSpan buildDuration = clock.Elapsed;
            File.WriteAllText(Path.Combine(root, "build.log"), output);

            IReadOnlyDictionary<string, IReadOnlyList<BuildDiagnostic>> diagnostics = BuildOutputParser.Parse(output);
            var projects = new Dictionary<string, ProjectBuildResult>(StringComparer.Ordinal);
            foreach (ConsumerProject consumer in consumers)
            {
                string folder = Path.Combine(consumersFolder, consumer.Name);
                string projectFile = Path.GetFullPath(Path.Combine(folder, consumer.ProjectFileName));
                projects.Add(consumer.Name, new ProjectBuildResult(consumer, folder,
                    diagnostics.TryGetValue(projectFile, out IReadOnlyList<BuildDiagnostic>? own) ? own : Array.Empty<BuildDiagnostic>()));
            }

            return new ConsumerBuild(cli, output, projects, packDuration, buildDuration);
        }

        /// <summary>
        /// Packs the package into a feed under <paramref name="root"/> and writes a nuget.config there that makes it the
        /// first source; projects under <paramref name="root"/> restore it with the returned CLI (its own packages folder).
        /// </summary>
        public static (DotNetCli Cli, string Version) PackIntoFeed(string root)
        {
            // NuGet caches packages by id and version: a version and a packages folder of the run's own make sure
            // the consumers get the package packed here, never one cached by an earlier run.
            string version = "0.0.0-e2e." + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
            var cli = new DotNetCli(Path.Combine(root, "packages"));
            string feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
            WriteNuGetConfig(root, feed);
            Pack(cli, Path.Combine(root, "source"), feed, version);
            return (cli, version);
        }

        /// <summary>Runs a built program as <c>dotnet Name.dll</c>, with stdout and stderr together.</summary>
        public (int ExitCode, string Output) RunProgram(string name)
        {
            ProjectBuildResult project = Project(name);
            return _cli.Run(project.Folder, project.AssemblyPath);
        }

        /// <summary>The run's feed and the machine's packages folder (for AWSSDK.Core and the like), on top of the inherited sources.</summary>
        private static void WriteNuGetConfig(string root, string feed)
        {
            string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
                ? folder
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            new XDocument(new XElement("configuration",
                new XElement("packageSources",
                    new XElement("add", new XAttribute("key", "e2e"), new XAttribute("value", feed)),
                    new XElement("add", new XAttribute("key", "machine-cache"), new XAttribute("value", machinePackages)))))
                .Save(Path.Combine(root, "nuget.config"));
        }

        /// <summary>
        /// Packs a copy of the sources: packing the repository's own src/ would share its obj/ folders (and restore
        /// them against this run's packages folder) with the test build and with other tests that pack.
        /// </summary>
        private static void Pack(DotNetCli cli, string sourceCopy, string feed, string version)
        {
            string repository = DotNetCli.RepositoryRoot();
            CopyTree(Path.Combine(repository, "src"), Path.Combine(sourceCopy, "src"));
            foreach (string file in new[] { "Directory.Build.props", "Directory.Build.targets", "README.md" })
            {
                File.Copy(Path.Combine(repository, file), Path.Combine(sourceCopy, file));
            }

            (int exitCode, string output) = cli.Run(sourceCopy, "pack", Path.Combine("src", "ConnectFlowQueries", "ConnectFlowQueries.csproj"),
                "-c", "Release", "-o", feed, $"-p:Version={version}");
            if (exitCode != 0 || !File.Exists(Path.Combine(feed, $"ConnectFlowQueries.{version}.nupkg")))
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + output);
            }
        }

        private static void CopyTree(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (string file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }

            foreach (string directory in Directory.GetDirectories(from))
            {
                string name = Path.GetFileName(directory);
                if (name is not ("bin" or "obj"))
                {
                    CopyTree(directory, Path.Combine(to, name));
                }
            }
        }

        /// <summary>Empty Directory.Build files stop MSBuild from importing any found above the temporary folder.</summary>
        public static void WriteIsolatingBuildFiles(string folder)
        {
            foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            {
                File.WriteAllText(Path.Combine(folder, name), "<Project />\n");
            }
        }

        /// <summary>A .slnx solution (understood by the .NET 9.0.200 SDK and later) listing every project.</summary>
        private static void WriteSolution(string path, IEnumerable<ConsumerProject> consumers) =>
            new XDocument(new XElement("Solution",
                consumers.Select(c => new XElement("Project", new XAttribute("Path", c.Name + "/" + c.ProjectFileName)))))
                .Save(path);
    }

    /// <summary>What the shared build did for one consumer project.</summary>
    internal sealed class ProjectBuildResult
    {
        public ProjectBuildResult(ConsumerProject definition, string folder, IReadOnlyList<BuildDiagnostic> diagnostics)
        {
            Definition = definition;
            Folder = folder;
            Diagnostics = diagnostics;
        }

        public ConsumerProject Definition { get; }

        public string Name => Definition.Name;

        public string Folder { get; }

        /// <summary>The project's distinct diagnostics, in the order the build printed them.</summary>
        public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

        public string AssemblyPath => Path.Combine(Folder, "bin", "Debug", Definition.TargetFramework, Name + ".dll");

        /// <summary>Whether the build wrote the project's assembly, i.e. it compiled.</summary>
        public bool OutputExists => File.Exists(AssemblyPath);

        /// <summary>The diagnostics as the build printed them, one per line, for assertion messages.</summary>
        public string DescribeDiagnostics() =>
            Diagnostics.Count == 0 ? "(no diagnostics)" : string.Join(Environment.NewLine, Diagnostics);
    }
}
