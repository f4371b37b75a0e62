// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowModule
    {
        public string Arn { get; set; }

        [AWSProperty(Min=1, Max=256000)]
        public string Content { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string Description { get; set; }

        public ExternalInvocationConfiguration ExternalInvocationConfiguration { get; set; }

        [AWSProperty(Min=1, Max=64)]
        public string FlowModuleContentSha256 { get; set; }

        [AWSProperty(Min=1, Max=256)]
        public string Id { get; set; }

        [AWSProperty(Min=1, Max=127)]
        public string Name { get; set; }

        public string Settings { get; set; }

        public ContactFlowModuleState State { get; set; }

        public ContactFlowModuleStatus Status { get; set; }

        [AWSProperty(Min=1, Max=50)]
        public Dictionary<string, string> Tags { get; set; }

        [AWSProperty(Min=1)]
        public long? Version { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string VersionDescription { get; set; }

        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetContent() => this.Content != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetExternalInvocationConfiguration() => this.ExternalInvocationConfiguration != null;
        internal bool IsSetFlowModuleContentSha256() => this.FlowModuleContentSha256 != null;
        internal bool IsSetId() => this.Id != null;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetSettings() => this.Settings != null;
        internal bool IsSetState() => this.State != null;
        internal bool IsSetStatus() => this.Status != null;
        internal bool IsSetTags() => this.Tags != null;
        internal bool IsSetVersion() => this.Version.HasValue;
        internal bool IsSetVersionDescription() => this.VersionDescription != null;
    }
}
