// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.Connect.Model
{
    public partial class SearchContactFlowsResponse : AmazonWebServiceResponse
    {
        public long? ApproximateTotalCount { get; set; }

        public List<ContactFlow> ContactFlows { get; set; }

        public string NextToken { get; set; }

        internal bool IsSetApproximateTotalCount() => this.ApproximateTotalCount.HasValue;
        internal bool IsSetContactFlows() => this.ContactFlows != null;
        internal bool IsSetNextToken() => this.NextToken != null;
    }
}
