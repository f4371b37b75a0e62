// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowResponse : AmazonWebServiceResponse
    {
        public string ContactFlowArn { get; set; }

        [AWSProperty(Max=500)]
        public string ContactFlowId { get; set; }

        [AWSProperty(Min=1, Max=64)]
        public string FlowContentSha256 { get; set; }

        internal bool IsSetContactFlowArn() => this.ContactFlowArn != null;
        internal bool IsSetContactFlowId() => this.ContactFlowId != null;
        internal bool IsSetFlowContentSha256() => this.FlowContentSha256 != null;
    }
}
