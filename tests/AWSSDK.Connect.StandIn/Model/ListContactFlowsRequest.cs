// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ListContactFlowsRequest : AmazonConnectRequest
    {
        [AWSProperty(Max=10)]
        public List<string> ContactFlowTypes { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        [AWSProperty(Min=1, Max=1000)]
        public int? MaxResults { get; set; }

        public string NextToken { get; set; }

        internal bool IsSetContactFlowTypes() => this.ContactFlowTypes != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetMaxResults() => this.MaxResults.HasValue;
        internal bool IsSetNextToken() => this.NextToken != null;
    }
}
