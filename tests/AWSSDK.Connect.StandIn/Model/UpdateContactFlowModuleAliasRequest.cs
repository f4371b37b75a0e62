// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class UpdateContactFlowModuleAliasRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true, Min=1, Max=500)]
        public string AliasId { get; set; }

        [AWSProperty(Required=true, Min=1, Max=256)]
        public string ContactFlowModuleId { get; set; }

        [AWSProperty(Min=1)]
        public long? ContactFlowModuleVersion { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string Description { get; set; }

        [AWSProperty(Required=true, Min=1, Max=250)]
        public string InstanceId { get; set; }

        [AWSProperty(Min=1, Max=127)]
        public string Name { get; set; }

        internal bool IsSetAliasId() => this.AliasId != null;
        internal bool IsSetContactFlowModuleId() => this.ContactFlowModuleId != null;
        internal bool IsSetContactFlowModuleVersion() => this.ContactFlowModuleVersion.HasValue;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetName() => this.Name != null;
    }
}
