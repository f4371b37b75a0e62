// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowModuleVersionRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true)]
        public string ContactFlowModuleId { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string Description { get; set; }

        [AWSProperty(Min=1, Max=64)]
        public string FlowModuleContentSha256 { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        internal bool IsSetContactFlowModuleId() => this.ContactFlowModuleId != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetFlowModuleContentSha256() => this.FlowModuleContentSha256 != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
    }
}
