using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// The package as users get it: packed, referenced by small projects of many kinds, all built by one
    /// <c>dotnet build</c>, the diagnostics read from its output and the programs run. Every method carrying
    /// [FlowQuery] or [FlowModuleQuery] either compiles and works, or fails the build with the package's own CFQ error
    /// at the user's code: never a diagnostic in generated code, never a generator or analyzer crash.
    /// </summary>
    [Trait("Category", "EndToEnd")]
    public sealed class ConsumerEndToEndTests : IClassFixture<ConsumerBuildFixture>
    {
        private readonly ConsumerBuildFixture _fixture;
        private readonly ITestOutputHelper _output;

        public ConsumerEndToEndTests(ConsumerBuildFixture fixture, ITestOutputHelper output)
        {
            _fixture = fixture;
            _output = output;
        }

        private ConsumerBuild Build => _fixture.Build;

        [Fact]
        public void TheSharedBuildIsReadPerProjectAndKeepsGoingPastFailures()
        {
            _output.WriteLine($"pack {Build.PackDuration.TotalSeconds:F0} s, build of {Build.Projects.Count()} projects {Build.BuildDuration.TotalSeconds:F0} s");

            ProjectBuildResult canary = Build.Project(ConsumerScenarios.Canary.Name);
            ConsumerAssert.BuildFailed(canary);
            Assert.Equal(new[] { ("CS0029", "error"), ("CS0168", "warning") }, canary.Diagnostics.Select(d => (d.Id, d.Severity)).OrderBy(d => d.Id, StringComparer.Ordinal));

            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.CanaryClean.Name));
        }

        [Fact]
        public void SupportedShapesBuildWithoutAnyWarningAndRun()
        {
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.Works.Name));
            ConsumerAssert.Prints(Build, ConsumerScenarios.Works.Name,
                "keyword: i-a name EXACT 'a'",
                "extension: i-1 status PUBLISHED",
                "paging: one,two,three",
                "paging requests: i-3@start,i-3@p2",
                "paging criteria: ((name EXACT 'i' and description EXACT 's') or (name EXACT 'n' and description EXACT 'r'))",
                "modules: m1,m2,m3 in 2 requests",
                "prefix bill: True",
                "prefix null: False",
                "name x: True",
                "name null: False",
                "type CONTACT_FLOW: True",
                "type null: False",
                "tag missing: False",
                "tag equal: True",
                "page: only, token forwarded: True",
                "split: name EXACT 'left' | name EXACT 'right' | state ACTIVE",
                "runtime: i-2 name STARTS_WITH 'b'");
        }
    }
}
