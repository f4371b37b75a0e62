using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>Assertions on one project of the shared build.</summary>
    internal static class ConsumerAssert
    {
        /// <summary>
        /// Every marker of the project has one diagnostic at exactly that file, line, column and id; nothing is reported
        /// in generated code; the compiler host reports no failure (AD0001, CS8784, CS8785); and every other diagnostic,
        /// error or warning, has one of <paramref name="alsoAllowedIds"/>, which may or may not appear.
        /// </summary>
        public static void Diagnostics(ProjectBuildResult project, params string[] alsoAllowedIds)
        {
            IReadOnlyList<ExpectedDiagnostic> expected = project.Definition.ExpectedDiagnostics;
            var problems = new List<string>();
            var accepted = new List<string>();
            foreach (ExpectedDiagnostic marker in expected)
            {
                int count = project.Diagnostics.Count(d => IsAt(project, d, marker));
                if (count != 1)
                {
                    problems.Add(Line(count == 0 ? "missing:" : $"{count} times:", marker));
                }
            }

            foreach (BuildDiagnostic diagnostic in project.Diagnostics)
            {
                if (diagnostic.IsHostFailure)
                {
                    problems.Add(Line("host failure:", diagnostic));
                }
                else if (diagnostic.IsInGeneratedCode)
                {
                    problems.Add(Line("generated:", diagnostic));
                }
                else if (expected.Any(marker => IsAt(project, diagnostic, marker)) || alsoAllowedIds.Contains(diagnostic.Id, StringComparer.Ordinal))
                {
                    accepted.Add(Line(string.Empty, diagnostic));
                }
                else
                {
                    problems.Add(Line("unexpected:", diagnostic));
                }
            }

            Assert.True(problems.Count == 0, $"""
                {project.Name}: the build's diagnostics are not the expected ones.
                {string.Join(Environment.NewLine, problems)}
                Expected or allowed:
                {(accepted.Count == 0 ? "(none)" : string.Join(Environment.NewLine, accepted))}
                """);
        }

        /// <summary>The project compiled with no diagnostic at all, not even a warning.</summary>
        public static void BuiltClean(ProjectBuildResult project)
        {
            Diagnostics(project);
            Assert.True(project.OutputExists, $"{project.Name}: {project.AssemblyPath} was not built, although no diagnostic says why.");
        }

        /// <summary>The project did not compile, and says why with errors at its markers or of the allowed ids only.</summary>
        public static void BuildFailed(ProjectBuildResult project, params string[] alsoAllowedIds)
        {
            Diagnostics(project, alsoAllowedIds);
            Assert.True(project.Diagnostics.Any(d => d.IsError), $"{project.Name}: no error was reported.\n{project.DescribeDiagnostics()}");
            Assert.False(project.OutputExists, $"{project.Name}: the build was expected to fail, but wrote {project.AssemblyPath}.\n{project.DescribeDiagnostics()}");
        }

        /// <summary>Runs a built program and compares what it prints, line by line.</summary>
        public static void Prints(ConsumerBuild build, string project, params string[] expectedLines)
        {
            (int exitCode, string output) = build.RunProgram(project);
            Assert.True(exitCode == 0, $"{project} exited with {exitCode}:\n{output}");
            string[] lines = output.Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            Assert.Equal(expectedLines, lines);
        }

        private static string Line(string label, object item) => label.PadRight(14) + item;

        private static bool IsAt(ProjectBuildResult project, BuildDiagnostic diagnostic, ExpectedDiagnostic marker) =>
            diagnostic.Id == marker.Id
            && diagnostic.Line == marker.Line
            && diagnostic.Column == marker.Column
            && string.Equals(Path.GetFullPath(diagnostic.Path, project.Folder), Path.GetFullPath(Path.Combine(project.Folder, marker.File)), StringComparison.Ordinal);
    }
}
