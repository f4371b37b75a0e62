// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowModuleVersionResponse : AmazonWebServiceResponse
    {
        public string ContactFlowModuleArn { get; set; }

        [AWSProperty(Min=1)]
        public long? Version { get; set; }

        internal bool IsSetContactFlowModuleArn() => this.ContactFlowModuleArn != null;
        internal bool IsSetVersion() => this.Version.HasValue;
    }
}
