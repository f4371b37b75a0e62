using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Tests.Package;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// Golden files: what the generator writes for each <c>Golden/Name.input.cs</c>, compared in full with
    /// <c>Golden/Name.output.cs</c>, so a change to emitted code shows in review as a diff of that file. An output holds
    /// the input's generated files in hint-name order, each after a <c>// HintName: ...</c> line. The run-time request
    /// extensions, which every compilation here gets, are left out of every output but RequestExtensions.output.cs,
    /// which holds only them. The generator's version is written as <c>{version}</c>, so a release does not rewrite
    /// the files. <c>CFQ_UPDATE_GOLDEN=1</c> writes the generated text over the outputs in the source tree instead of
    /// failing (docs/architecture.md). The files are embedded in the test assembly rather than copied next to it, so
    /// a renamed or deleted input does not linger in the output folder and keep being compared.
    /// </summary>
    public class GoldenFileTests
    {
        private const string Folder = "Golden";
        private const string InputSuffix = ".input.cs";
        private const string OutputSuffix = ".output.cs";
        private const string RuntimeExtensionsInput = "RequestExtensions";
        private const string HintNameLine = "// HintName: ";
        private const string UpdateVariable = "CFQ_UPDATE_GOLDEN";

        private static readonly string GeneratorVersion = typeof(FlowQueryGenerator).Assembly.GetName().Version!.ToString();

        public static TheoryData<string> Inputs()
        {
            var data = new TheoryData<string>();
            foreach (string name in Names(InputSuffix))
            {
                data.Add(name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void GeneratedCodeIsTheGoldenOutput(string name)
        {
            (Compilation output, GeneratorDriverRunResult result) = TestCompilation.Generate(TestCompilation.Create(Read(name + InputSuffix)!));

            // A golden output is code users get: it must build with no error or warning, not only read as expected.
            Assert.Empty(result.Diagnostics);
            ImmutableArray<Diagnostic> diagnostics = TestCompilation.Diagnostics(output);
            Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));

            ImmutableArray<GeneratedSourceResult> sources = name == RuntimeExtensionsInput
                ? result.Results.SelectMany(r => r.GeneratedSources).Where(s => s.HintName == RuntimeExtensionEmitter.HintName).ToImmutableArray()
                : TestCompilation.MethodSources(result);
            Assert.NotEmpty(sources);
            string actual = Render(sources);

            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                Rewrite(name + OutputSuffix, actual);
                return;
            }

            string? expected = Read(name + OutputSuffix);
            Assert.True(expected is not null, $"{Folder}/{name}{OutputSuffix} is missing; {UpdateVariable}=1 writes it.");
            if (expected != actual)
            {
                Assert.Fail(Difference(name + OutputSuffix, expected, actual));
            }
        }

        [Fact]
        public void EveryGoldenOutputHasItsInput()
        {
            // An output left behind by a renamed or deleted input would never be compared again.
            Assert.NotEmpty(Names(InputSuffix));
            Assert.Equal(Names(InputSuffix), Names(OutputSuffix));
        }

        private static string Render(IEnumerable<GeneratedSourceResult> sources)
        {
            var text = new StringBuilder();
            foreach (GeneratedSourceResult source in sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                text.Append(HintNameLine).Append(source.HintName).Append('\n');

                // The attribute carries the generator's assembly version; the golden files must not change with it.
                string version = $"\"{FlowQueryMethodReader.GeneratorName}\", \"{GeneratorVersion}\"";
                text.Append(source.SourceText.ToString().Replace(version, $"\"{FlowQueryMethodReader.GeneratorName}\", \"{{version}}\""));
            }

            return text.ToString();
        }

        private static void Rewrite(string file, string actual)
        {
            // Into the source tree, where review sees it (the embedded copy changes with the next build); an unchanged
            // file is left alone.
            string path = Path.Combine(DotNetCli.RepositoryRoot(), "tests", "ConnectFlowQueries.Tests", "Generation", Folder, file);
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != actual)
            {
                File.WriteAllText(path, actual);
            }
        }

        private static string Difference(string file, string expected, string actual)
        {
            string[] expectedLines = expected.Split('\n');
            string[] actualLines = actual.Split('\n');
            int line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            {
                line++;
            }

            return $"""
                {Folder}/{file} differs from the generated code at line {line + 1}:
                  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}
                  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}
                If the change to the emitted code is meant, rewrite the golden files with
                  {UpdateVariable}=1 dotnet test tests/ConnectFlowQueries.Tests --filter "FullyQualifiedName~Golden"
                and review their diff.
                """;
        }

        private static string? Read(string file)
        {
            using Stream? stream = typeof(GoldenFileTests).Assembly.GetManifestResourceStream(Folder + "/" + file);
            if (stream is null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return Normalize(reader.ReadToEnd());
        }

        // The checkout may have turned the files' line ends into CRLF; the generator writes LF.
        private static string Normalize(string text) => text.Replace("\r\n", "\n");

        private static string[] Names(string suffix) =>
            typeof(GoldenFileTests).Assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Folder + "/", StringComparison.Ordinal) && name.EndsWith(suffix, StringComparison.Ordinal))
                .Select(name => name[(Folder.Length + 1)..^suffix.Length])
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
    }
}
