using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;
using Amazon.Connect.Model;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// One table of limits (ConnectLimits), held to from every side: a generated method and the run-time extensions
    /// throw for what the library's ToSearchRequestJson throws for, at the same value, and take the value at the limit.
    /// (The analyzers' side: CFQ011 and CFQ026 tests; the tool's: CliTests.)
    /// </summary>
    public class SearchLimitsTests
    {
        private static readonly Lazy<Assembly> Generated = new(() => TestCompilation.GenerateAndLoad("""
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;
            using ConnectFlowQueries;
            public static class Entry
            {
                public static SearchContactFlowsRequest RunTime(string instanceId, int? maxResults, string? nextToken) =>
                    FlowQuery.Parse("name = 'a'", FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest(instanceId, maxResults, nextToken);
            }

            public static partial class Flows
            {
                [FlowQuery("name = 'a'")]
                public static partial SearchContactFlowsRequest Search(string instanceId, int? maxResults, string? nextToken);

                [FlowQuery("name = 'a'")]
                public static partial Task<SearchContactFlowsResponse> Page(string instanceId, IAmazonConnect client);
            }
            """));

        public static TheoryData<string?, int?, string?, Type> OutOfLimits() => new()
        {
            { null, null, null, typeof(ArgumentNullException) },
            { string.Empty, null, null, typeof(ArgumentException) },
            { new string('i', ConnectLimits.MaxInstanceIdLength + 1), null, null, typeof(ArgumentException) },
            { "i", ConnectLimits.MinResults - 1, null, typeof(ArgumentOutOfRangeException) },
            { "i", ConnectLimits.MaxSearchResults + 1, null, typeof(ArgumentOutOfRangeException) },
            { "i", null, new string('t', ConnectLimits.MaxSearchNextTokenLength + 1), typeof(ArgumentException) },
        };

        [Theory]
        [MemberData(nameof(OutOfLimits))]
        public void EverySideThrowsTheSameForAValueOutsideTheLimits(string? instanceId, int? maxResults, string? nextToken, Type exception)
        {
            FlowQuery query = FlowQuery.Parse("name = 'a'", FlowQueryTarget.Flows).Query!;
            Exception library = Assert.Throws(exception, () => query.ToSearchRequestJson(instanceId!, maxResults, nextToken));
            Exception method = Unwrap(Assert.Throws<TargetInvocationException>(() => TestCompilation.Invoke(Generated.Value, "Flows", "Search", instanceId, maxResults, nextToken)));
            Exception extension = Unwrap(Assert.Throws<TargetInvocationException>(() => TestCompilation.Invoke(Generated.Value, "Entry", "RunTime", instanceId, maxResults, nextToken)));

            Assert.Equal((exception, library.Message), (method.GetType(), method.Message));
            Assert.Equal((exception, library.Message), (extension.GetType(), extension.Message));
        }

        [Fact]
        public void EverySideTakesTheValuesAtTheLimits()
        {
            string id = new string('i', ConnectLimits.MaxInstanceIdLength), token = new string('t', ConnectLimits.MaxSearchNextTokenLength);
            FlowQuery.Parse("name = 'a'", FlowQueryTarget.Flows).Query!.ToSearchRequestJson(id, ConnectLimits.MaxSearchResults, token);
            var request = (SearchContactFlowsRequest)TestCompilation.Invoke(Generated.Value, "Flows", "Search", id, ConnectLimits.MaxSearchResults, token)!;
            var extension = (SearchContactFlowsRequest)TestCompilation.Invoke(Generated.Value, "Entry", "RunTime", id, ConnectLimits.MinResults, token)!;

            Assert.Equal((id, ConnectLimits.MaxSearchResults, token), (request.InstanceId, request.MaxResults, request.NextToken));
            Assert.Equal((id, ConnectLimits.MinResults, token), (extension.InstanceId, extension.MaxResults, extension.NextToken));
        }

        [Fact]
        public void ANullClientIsAnArgumentNullExceptionAtTheCall()
        {
            Exception error = Unwrap(Assert.Throws<TargetInvocationException>(() => TestCompilation.Invoke(Generated.Value, "Flows", "Page", "i", null)));
            Assert.Equal("client", Assert.IsType<ArgumentNullException>(error).ParamName);
        }

        private static Exception Unwrap(TargetInvocationException invocation) => invocation.InnerException!;
    }
}
