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
    }
}
