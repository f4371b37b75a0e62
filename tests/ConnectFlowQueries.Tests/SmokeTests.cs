using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries.Tests.Support;
using Xunit;

namespace ConnectFlowQueries.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void ReadmeExampleBuildsTheRequest()
        {
            var assembly = TestCompilation.GenerateAndLoad("""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;
                public static partial class Flows
                {
                    [FlowQuery("name ^= 'billing' and status = PUBLISHED")]
                    public static partial SearchContactFlowsRequest PublishedBilling(string instanceId);
                }
                """);
            var request = (SearchContactFlowsRequest)TestCompilation.Invoke(assembly, "Flows", "PublishedBilling", "i-1")!;
            Assert.Equal("i-1", request.InstanceId);
            Assert.Equal(2, request.SearchCriteria.AndConditions.Count);
            Assert.Equal(ContactFlowStatus.PUBLISHED, request.SearchCriteria.AndConditions[1].StatusCondition);
        }
    }
}
