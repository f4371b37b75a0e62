using Amazon.Connect.Model;
using BenchmarkDotNet.Attributes;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>Building one request: generated at compile time, written by hand, or parsed from the query text per call.</summary>
    [MemoryDiagnoser]
    [SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
    public class RunTimeBenchmarks
    {
        private readonly string _instanceId = "instance-1";
        private readonly string _text = "billing";
        private readonly string _department = "finance";

        [Benchmark(Baseline = true, Description = "Hand-written initializer")]
        public SearchContactFlowsRequest HandWritten() => HandWrittenRequests.ByDepartment(_instanceId, _text, _department);

        [Benchmark(Description = "Generated [FlowQuery] method")]
        public SearchContactFlowsRequest Generated() => GeneratedRequests.ByDepartment(_instanceId, _text, _department);

        [Benchmark(Description = "Parse + bind at run time")]
        public SearchContactFlowsRequest ParsedAtRunTime() => RunTimeParsedRequests.ByDepartment(_instanceId, _text, _department);

        [Benchmark(Description = "FlowQuery.TryParse + generated extension")]
        public SearchContactFlowsRequest PublicRunTimePath() => PublicRunTimeRequests.ByDepartment(_instanceId, _text, _department);
    }
}
