// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class DescribeContactFlowRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true, Max=500)]
        public string ContactFlowId { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        internal bool IsSetContactFlowId() => this.ContactFlowId != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
    }
}
