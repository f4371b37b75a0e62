using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>The reading of build output and source markers that <see cref="ConsumerEndToEndTests"/> relies on.</summary>
    public sealed class BuildOutputParserTests
    {
        [Fact]
        public void DiagnosticsAreReadDedupedAndAttributedToTheirProject()
        {
            const string Output = """
                  Determining projects to restore...
                /c/A/Q.cs(12,34): error CFQ010: The method cannot be generated [/c/A/A.csproj]
                /c/A/obj/Debug/net10.0/ConnectFlowQueries.Generator/ConnectFlowQueries.Generator.FlowQueryGenerator/Q.g.cs(3,5): error CS0136: A local named 'x' [/c/A/A.csproj::TargetFramework=net10.0]
                CSC : warning CS8785: Generator 'FlowQueryGenerator' failed to generate source. [/c/B/B.csproj]
                /c/B/P.cs(1,2,1,9): warning CS0168: The variable 'y' is declared but never used [/c/B/B.csproj]
                  B -> /c/B/bin/Debug/net10.0/B.dll
                Build FAILED.
                /c/A/Q.cs(12,34): error CFQ010: The method cannot be generated [/c/A/A.csproj]
                """;

            IReadOnlyDictionary<string, IReadOnlyList<BuildDiagnostic>> projects = BuildOutputParser.Parse(Output);

            Assert.Equal(new[] { "/c/A/A.csproj", "/c/B/B.csproj" }, projects.Keys.OrderBy(k => k));
            Assert.Collection(
                projects["/c/A/A.csproj"],
                d => Assert.Equal(new BuildDiagnostic("/c/A/Q.cs", 12, 34, "error", "CFQ010", "The method cannot be generated", "/c/A/A.csproj"), d),
                d => Assert.True(d is { Id: "CS0136", Line: 3, Column: 5, IsInGeneratedCode: true }, d.ToString()));
            Assert.Collection(
                projects["/c/B/B.csproj"],
                d => Assert.True(d is { Path: "CSC", Line: 0, Severity: "warning", Id: "CS8785", IsHostFailure: true, IsInGeneratedCode: false }, d.ToString()),
                d => Assert.True(d is { Path: "/c/B/P.cs", Line: 1, Column: 2, Id: "CS0168", IsError: false }, d.ToString()));
        }

        [Fact]
        public void MarkersAreRemovedAndTheirPositionsKept()
        {
            MarkedSource source = MarkedSource.Parse("Q.cs", "class /*!CFQ010*/C\n{\n\t[FlowQuery(\"tag[/*!CFQ001*/''] = 'x'\")] /*!CS8795*/M();\n}\n");

            Assert.Equal("class C\n{\n\t[FlowQuery(\"tag[''] = 'x'\")] M();\n}\n", source.Text);
            Assert.Equal(
                new[] { new ExpectedDiagnostic("Q.cs", 1, 7, "CFQ010"), new ExpectedDiagnostic("Q.cs", 3, 18, "CFQ001"), new ExpectedDiagnostic("Q.cs", 3, 31, "CS8795") },
                source.Expected);
        }
    }
}
