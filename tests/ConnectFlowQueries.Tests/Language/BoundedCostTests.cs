using System.Linq;
using ConnectFlowQueries.Language;
using Xunit;

namespace ConnectFlowQueries.Tests.Language
{
    /// <summary>
    /// What an input costs is bounded by its length, whatever it holds: a run of bad characters is one token, a query
    /// gets at most a hundred diagnostics and then one that says so, and a tag filter over the limit is not built.
    /// (Times are measured by the benchmark project, not here.)
    /// </summary>
    public class BoundedCostTests
    {
        private static readonly QuerySchema Flows = QuerySchema.Documented(QueryTarget.Flows);

        [Fact]
        public void ARunOfBadCharactersIsOneTokenAndOneMessage()
        {
            string text = "name = 'a' and " + new string('\0', 100_000) + " status = SAVED";
            BindResult result = QueryBinder.Bind(text, Flows);

            QueryDiagnostic bad = result.Diagnostics.First();
            Assert.Equal(new QuerySpan(15, 100_000), bad.Span);
            Assert.Equal("Unexpected characters '\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000…'", bad.GetMessage());
            Assert.True(result.Diagnostics.Count <= 2, string.Join("\n", result.Diagnostics));
        }

        [Fact]
        public void ASurrogatePairIsNeverSplitAcrossTheRun()
        {
            QueryDiagnostic bad = QueryBinder.Bind("name = 'a' and \uD83D\uDE00\uD83D\uDE00;", Flows).Diagnostics.First();
            Assert.Equal(new QuerySpan(15, 5), bad.Span);
        }

        [Fact]
        public void AQueryGetsAtMostAHundredDiagnosticsAndOneThatSaysSo()
        {
            string text = string.Join(" and ", Enumerable.Range(0, 1000).Select(i => $"nmae{i} = 'x'"));
            var diagnostics = QueryBinder.Bind(text, Flows).Diagnostics;

            Assert.Equal(QueryDiagnosticList.MaxPerQuery + 1, diagnostics.Count);
            Assert.Equal("More than 100 problems in this query: the rest are not reported; fix these first", diagnostics.Last().GetMessage());
            Assert.Equal(100, diagnostics.Count(d => d.Id == "CFQ002"));
        }

        [Fact]
        public void ThousandsOfTagConditionsAreCountedNotBuilt()
        {
            string text = string.Join(" and ", Enumerable.Range(0, 20_000).Select(i => $"tag:k{i} = 'v'"));
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            QueryDiagnostic diagnostic = Assert.Single(QueryBinder.Bind(text, Flows).Diagnostics);
            long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal("CFQ007", diagnostic.Id);
            Assert.True(allocated < 200L * text.Length, $"{allocated:N0} bytes for {text.Length:N0} characters"); // the square of 20,000 conjuncts would be gigabytes
        }
    }
}
