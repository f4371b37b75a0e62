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
                "runtime: i-2 name STARTS_WITH 'b'",
                "attribute filter: CAMPAIGN or Team=ops and CONTACT_FLOW | run time: CAMPAIGN or Team=ops and any type",
                "attribute match: True False");
        }

        [Fact]
        public void UnsupportedShapesAreReportedOnceEachAtTheUsersCode()
        {
            // The compiler's own errors about the same declarations (no implementation part, partial member outside a
            // partial type, no body) are expected beside CFQ010, in the user's files.
            ConsumerAssert.BuildFailed(Build.Project(ConsumerScenarios.Shapes.Name), "CS8795", "CS0751", "CS0501", "CS0759");
        }

        [Fact]
        public void HalfTypedCodeFailsWithTheCompilersSyntaxErrorsOnly()
        {
            ConsumerAssert.BuildFailed(Build.Project(ConsumerScenarios.HalfTyped.Name),
                "CS1001", "CS1002", "CS1026", "CS1513", "CS1514", "CS1022", "CS1035", "CS1519");
        }

        [Fact]
        public void QueryMethodsOutsideAnyTypeFailAtTheUsersCodeAndAreNotGenerated()
        {
            ProjectBuildResult project = Build.Project(ConsumerScenarios.OutsideAnyType.Name);

            // The compiler's errors about members outside a type; CFQ010 may report them too.
            ConsumerAssert.BuildFailed(project, "CFQ010", "CS0116", "CS9348", "CS0751", "CS8795", "CS0106");
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(project.Folder, "obj"), "*_invalid_global_code_*", SearchOption.AllDirectories));
        }

        [Fact]
        public void TestsThatSeeALibrarysInternalsBuildAndRun()
        {
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.Lib.Name));
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.LibTests.Name));
            ConsumerAssert.Prints(Build, ConsumerScenarios.LibTests.Name,
                "runtime: id status SAVED",
                "internal: id name EXACT 'lib'");
        }

        [Fact]
        public void APackageReferencedTransitivelyGeneratesInTheReferencingProject()
        {
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.App.Name));
            ConsumerAssert.Prints(Build, ConsumerScenarios.App.Name,
                "own: app state ARCHIVED",
                "runtime: app description CONTAINS 'ops'",
                "lib: app status PUBLISHED");
        }

        [Theory]
        [InlineData(nameof(ConsumerScenarios.NetStandardCSharp9))]
        [InlineData(nameof(ConsumerScenarios.Net8))]
        [InlineData(nameof(ConsumerScenarios.Net10CSharp12))]
        public void TargetsAndLanguagesFromCSharp9BuildClean(string project)
        {
            ConsumerAssert.BuiltClean(Build.Project(project));
        }

        [Theory]
        [InlineData(nameof(ConsumerScenarios.NetStandardDefaultLanguage))]
        [InlineData(nameof(ConsumerScenarios.Net10CSharp8))]
        public void LanguagesBeforeCSharp9AreReportedAtTheMethod(string project)
        {
            // The compiler's own "feature not available in C# 7.3/8.0" errors are expected beside CFQ013.
            ConsumerAssert.BuildFailed(Build.Project(project), "CS8370", "CS8400", "CS8703", "CS8795");
        }

        [Fact]
        public void NullableDisabledBuildsWithoutAnyWarning()
        {
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.NullableDisabled.Name));
        }

        [Fact]
        public void AnSdkOnlyUnderAnExternAliasIsReportedAtTheMethod()
        {
            ConsumerAssert.BuildFailed(Build.Project(ConsumerScenarios.AliasOnly.Name), "CS8795");
        }

        [Fact]
        public void AnSdkUnderAnAliasAndGlobalBuildsClean()
        {
            ConsumerAssert.BuiltClean(Build.Project(ConsumerScenarios.AliasAndGlobal.Name));
        }

        [Fact]
        public void EachAnalyzerOfRequestCodeReportsInTheBuild()
        {
            ConsumerAssert.BuildFailed(Build.Project(ConsumerScenarios.RequestCode.Name));
        }

        [Fact]
        public void AnEmptyTagKeyIsReportedAtTheKey()
        {
            ConsumerAssert.BuildFailed(Build.Project(ConsumerScenarios.EmptyTagKey.Name));
        }
    }
}
