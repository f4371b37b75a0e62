using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The .NET SDK this process runs on, found at run time from the dotnet root: its reference pack (the
    /// synthetic compilations reference what a net10.0 project references) and the [GeneratedRegex] generator
    /// it ships (packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/analyzers/dotnet/cs).
    /// </summary>
    internal static class InstalledSdk
    {
        private static readonly Lazy<string> RefPackDirectory = new Lazy<string>(FindRefPack);

        /// <summary>The runtime lives in &lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/, three levels below the root.</summary>
        public static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

        public static string RefPack => RefPackDirectory.Value;

        public static string RegexGeneratorPath => Path.Combine(RefPack, "analyzers", "dotnet", "cs", "System.Text.RegularExpressions.Generator.dll");

        public static IEnumerable<MetadataReference> ReferenceAssemblies() =>
            Directory.GetFiles(Path.Combine(RefPack, "ref", $"net{Environment.Version.Major}.0"), "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => MetadataReference.CreateFromFile(path));

        /// <summary>The SDK's own [GeneratedRegex] generator, loaded as the compiler would load it.</summary>
        public static ISourceGenerator RegexGenerator()
        {
            var reference = new AnalyzerFileReference(RegexGeneratorPath, new DefaultContextLoader());
            ISourceGenerator[] generators = reference.GetGenerators(LanguageNames.CSharp).ToArray();
            return generators.Length == 1
                ? generators[0]
                : throw new InvalidOperationException($"Expected one generator in {RegexGeneratorPath}, found {generators.Length}.");
        }

        /// <summary>The newest reference pack of the running runtime's major version.</summary>
        private static string FindRefPack()
        {
            string packs = Path.Combine(DotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            string? newest = Directory.Exists(packs)
                ? Directory.GetDirectories(packs)
                    .Select(dir => (dir, version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out Version? v) ? v : null))
                    .Where(p => p.version is not null && p.version.Major == Environment.Version.Major)
                    .OrderByDescending(p => p.version)
                    .Select(p => p.dir)
                    .FirstOrDefault()
                : null;
            return newest ?? throw new DirectoryNotFoundException($"No Microsoft.NETCore.App.Ref {Environment.Version.Major}.x pack under {packs}.");
        }

        /// <summary>Loads analyzer assemblies into the default context, where this process's Roslyn already is.</summary>
        private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
        }
    }
}
