// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowModuleAliasRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true, Min=1, Max=100)]
        public string AliasName { get; set; }

        [AWSProperty(Required=true, Min=1, Max=256)]
        public string ContactFlowModuleId { get; set; }

        [AWSProperty(Required=true, Min=1)]
        public long? ContactFlowModuleVersion { get; set; }

        public string Description { get; set; }

        [AWSProperty(Required=true, Min=1, Max=250)]
        public string InstanceId { get; set; }

        internal bool IsSetAliasName() => this.AliasName != null;
        internal bool IsSetContactFlowModuleId() => this.ContactFlowModuleId != null;
        internal bool IsSetContactFlowModuleVersion() => this.ContactFlowModuleVersion.HasValue;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
    }
}
