// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;

namespace Amazon.Connect.Model
{
    public partial class UpdateContactFlowModuleContentResponse : AmazonWebServiceResponse
    {
    }
}
