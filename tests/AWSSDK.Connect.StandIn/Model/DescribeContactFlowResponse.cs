// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;

namespace Amazon.Connect.Model
{
    public partial class DescribeContactFlowResponse : AmazonWebServiceResponse
    {
        public ContactFlow ContactFlow { get; set; }

        internal bool IsSetContactFlow() => this.ContactFlow != null;
    }
}
