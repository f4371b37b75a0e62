// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowModuleAliasInfo
    {
        [AWSProperty(Min=1, Max=100)]
        public string AliasId { get; set; }

        public string ContactFlowModuleArn { get; set; }

        [AWSProperty(Min=1, Max=500)]
        public string ContactFlowModuleId { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string Description { get; set; }

        public string LastModifiedRegion { get; set; }

        public DateTime? LastModifiedTime { get; set; }

        [AWSProperty(Min=1, Max=100)]
        public string Name { get; set; }

        [AWSProperty(Min=1)]
        public long? Version { get; set; }

        internal bool IsSetAliasId() => this.AliasId != null;
        internal bool IsSetContactFlowModuleArn() => this.ContactFlowModuleArn != null;
        internal bool IsSetContactFlowModuleId() => this.ContactFlowModuleId != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetLastModifiedRegion() => this.LastModifiedRegion != null;
        internal bool IsSetLastModifiedTime() => this.LastModifiedTime.HasValue;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetVersion() => this.Version.HasValue;
    }
}
