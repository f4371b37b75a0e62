// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

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
