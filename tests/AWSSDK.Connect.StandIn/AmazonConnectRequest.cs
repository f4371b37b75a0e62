// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime;

namespace Amazon.Connect
{
    /// <summary>Base class for Connect operation requests.</summary>
    public abstract partial class AmazonConnectRequest : AmazonWebServiceRequest
    {
    }
}
