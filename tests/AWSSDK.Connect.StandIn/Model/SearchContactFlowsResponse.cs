// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class SearchContactFlowsResponse : AmazonWebServiceResponse
    {
        public long? ApproximateTotalCount { get; set; }

        public List<ContactFlow> ContactFlows { get; set; }

        [AWSProperty(Min=1, Max=2500)]
        public string NextToken { get; set; }

        internal bool IsSetApproximateTotalCount() => this.ApproximateTotalCount.HasValue;
        internal bool IsSetContactFlows() => this.ContactFlows != null;
        internal bool IsSetNextToken() => this.NextToken != null;
    }
}
