using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// One diagnostic line of the command-line build, such as
    /// <c>/full/path/File.cs(12,34): error CFQ010: message [/full/path/Proj.csproj]</c>. Diagnostics without a
    /// position (<c>CSC : warning CS8785: ...</c>, <c>Proj.csproj : warning NU1603: ...</c>) have line and column 0.
    /// </summary>
    internal sealed record BuildDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message, string Project)
    {
        // Diagnostics raised by the compiler host rather than the user's code: any of them means the package broke.
        private static readonly string[] HostFailureIds = { "AD0001", "CS8784", "CS8785" };

        /// <summary>
        /// Whether the diagnostic points into generated code. Generated files are printed under
        /// obj/.../ConnectFlowQueries.Generator/ConnectFlowQueries.Generator.FlowQueryGenerator/X.g.cs whether or not
        /// EmitCompilerGeneratedFiles writes them to disk.
        /// </summary>
        public bool IsInGeneratedCode
        {
            get
            {
                string path = Path.Replace('\\', '/');
                return path.Contains("/ConnectFlowQueries.Generator/", StringComparison.Ordinal)
                    || path.StartsWith("ConnectFlowQueries.Generator/", StringComparison.Ordinal)
                    || ((path.Contains("/obj/", StringComparison.Ordinal) || path.StartsWith("obj/", StringComparison.Ordinal))
                        && path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase));
            }
        }

        public bool IsHostFailure => HostFailureIds.Contains(Id, StringComparer.Ordinal);

        public bool IsError => Severity == "error";

        public override string ToString() =>
            Line > 0 ? $"{Path}({Line},{Column}): {Severity} {Id}: {Message}" : $"{Path} : {Severity} {Id}: {Message}";
    }

    /// <summary>Reads the diagnostics out of the console output of <c>dotnet build</c>, attributed to their project.</summary>
    internal static class BuildOutputParser
    {
        // origin[(line,column[,endLine,endColumn])] : severity ID: message [project]
        private static readonly Regex DiagnosticLine = new(
            @"^\s*(?<origin>.*?)(?:\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\))?\s*:\s*(?<severity>error|warning)\s+(?<id>[A-Za-z]+[0-9]+)\s*:\s*(?<message>.*?)\s*\[(?<project>[^\[\]]+)\]\s*$",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// Every distinct diagnostic of <paramref name="output"/>, keyed by the full path of the project it belongs
        /// to: MSBuild may print a line more than once, and suffixes a project path with <c>::TargetFramework=...</c>
        /// when it builds one of several target frameworks.
        /// </summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<BuildDiagnostic>> Parse(string output)
        {
            var byProject = new Dictionary<string, List<BuildDiagnostic>>(StringComparer.Ordinal);
            var seen = new HashSet<BuildDiagnostic>();
            foreach (string line in output.Split('\n'))
            {
                Match match = DiagnosticLine.Match(line.TrimEnd('\r'));
                if (!match.Success)
                {
                    continue;
                }

                string project = ProjectPath(match.Groups["project"].Value);
                var diagnostic = new BuildDiagnostic(
                    match.Groups["origin"].Value.Trim(),
                    Number(match.Groups["line"]),
                    Number(match.Groups["column"]),
                    match.Groups["severity"].Value,
                    match.Groups["id"].Value,
                    match.Groups["message"].Value,
                    project);
                if (seen.Add(diagnostic))
                {
                    if (!byProject.TryGetValue(project, out List<BuildDiagnostic>? list))
                    {
                        byProject[project] = list = new List<BuildDiagnostic>();
                    }

                    list.Add(diagnostic);
                }
            }

            return byProject.ToDictionary(p => p.Key, p => (IReadOnlyList<BuildDiagnostic>)p.Value, StringComparer.Ordinal);
        }

        private static string ProjectPath(string bracketed)
        {
            int suffix = bracketed.IndexOf("::", StringComparison.Ordinal);
            return System.IO.Path.GetFullPath(suffix < 0 ? bracketed : bracketed.Substring(0, suffix));
        }

        private static int Number(Group group) =>
            group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
    }
}
