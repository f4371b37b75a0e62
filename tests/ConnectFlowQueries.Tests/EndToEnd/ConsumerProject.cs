using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// A small project that consumes the packed package, written to disk for the shared build. Its source files may
    /// carry markers (<c>/*!CFQ010*/</c>, see <see cref="MarkedSource"/>) where diagnostics are expected.
    /// </summary>
    internal sealed class ConsumerProject
    {
        public ConsumerProject(string name)
        {
            Name = name;
        }

        /// <summary>The project's folder, file and assembly name.</summary>
        public string Name { get; }

        public string TargetFramework { get; init; } = "net10.0";

        /// <summary><c>Library</c> or <c>Exe</c>.</summary>
        public string OutputType { get; init; } = "Library";

        /// <summary>The LangVersion property, or null for the target framework's default.</summary>
        public string? LangVersion { get; init; }

        /// <summary>The Nullable property, or null to leave it unset.</summary>
        public string? Nullable { get; init; } = "enable";

        public bool TreatWarningsAsErrors { get; init; } = true;

        /// <summary>Whether the project references the packed ConnectFlowQueries package.</summary>
        public bool PackageReference { get; init; } = true;

        /// <summary>Whether the project references the AWSSDK.Connect stand-in (and the AWSSDK.Core it is built on).</summary>
        public bool SdkReference { get; init; } = true;

        /// <summary>The Aliases of the AWSSDK.Connect reference (<c>connect</c>, <c>global,connect</c>), or null for none.</summary>
        public string? StandInAliases { get; init; }

        /// <summary>Names of other consumer projects this one references.</summary>
        public List<string> ProjectReferences { get; } = new();

        public Dictionary<string, string> ExtraProperties { get; } = new();

        /// <summary>Source files by path relative to the project folder, with their markers.</summary>
        public Dictionary<string, string> Files { get; } = new();

        public string ProjectFileName => Name + ".csproj";

        /// <summary>Where each marker of <see cref="Files"/> says a diagnostic must start.</summary>
        public IReadOnlyList<ExpectedDiagnostic> ExpectedDiagnostics =>
            Files.SelectMany(file => MarkedSource.Parse(file.Key, file.Value).Expected).ToArray();

        /// <summary>Writes the project file and its sources (markers removed) into <paramref name="folder"/>.</summary>
        public void Write(string folder, string packageVersion, string standInAssembly)
        {
            Directory.CreateDirectory(folder);
            ProjectFile(packageVersion, standInAssembly).Save(Path.Combine(folder, ProjectFileName));
            foreach (KeyValuePair<string, string> file in Files)
            {
                string path = Path.Combine(folder, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, MarkedSource.Parse(file.Key, file.Value).Text);
            }
        }

        private XDocument ProjectFile(string packageVersion, string standInAssembly)
        {
            var properties = new XElement("PropertyGroup",
                new XElement("TargetFramework", TargetFramework),
                new XElement("OutputType", OutputType),
                new XElement("ImplicitUsings", "disable"),
                new XElement("TreatWarningsAsErrors", TreatWarningsAsErrors ? "true" : "false"));
            AddIfSet(properties, "LangVersion", LangVersion);
            AddIfSet(properties, "Nullable", Nullable);
            foreach (KeyValuePair<string, string> property in ExtraProperties)
            {
                properties.Add(new XElement(property.Key, property.Value));
            }

            var references = new XElement("ItemGroup");
            if (PackageReference)
            {
                references.Add(PackageItem("ConnectFlowQueries", packageVersion));
            }

            if (SdkReference)
            {
                // AWSSDK.Connect is not on the feed: the stand-in with its public shape takes its place.
                var standIn = new XElement("Reference", new XAttribute("Include", "AWSSDK.Connect"), new XElement("HintPath", standInAssembly));
                AddIfSet(standIn, "Aliases", StandInAliases);
                references.Add(PackageItem("AWSSDK.Core", "4.1.0"), standIn);
            }

            foreach (string project in ProjectReferences)
            {
                references.Add(new XElement("ProjectReference", new XAttribute("Include", Path.Combine("..", project, project + ".csproj"))));
            }

            return new XDocument(new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"), properties, references));
        }

        private static XElement PackageItem(string id, string version) =>
            new("PackageReference", new XAttribute("Include", id), new XAttribute("Version", version));

        private static void AddIfSet(XElement parent, string name, string? value)
        {
            if (value is not null)
            {
                parent.Add(new XElement(name, value));
            }
        }
    }
}
