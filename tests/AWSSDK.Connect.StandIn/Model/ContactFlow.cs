// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlow
    {
        public string Arn { get; set; }

        public string Content { get; set; }

        public string Description { get; set; }

        [AWSProperty(Min=1, Max=64)]
        public string FlowContentSha256 { get; set; }

        [AWSProperty(Max=500)]
        public string Id { get; set; }

        public string LastModifiedRegion { get; set; }

        public DateTime? LastModifiedTime { get; set; }

        [AWSProperty(Min=1)]
        public string Name { get; set; }

        public ContactFlowState State { get; set; }

        public ContactFlowStatus Status { get; set; }

        [AWSProperty(Min=1, Max=50)]
        public Dictionary<string, string> Tags { get; set; }

        public ContactFlowType Type { get; set; }

        [AWSProperty(Min=1)]
        public long? Version { get; set; }

        public string VersionDescription { get; set; }

        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetContent() => this.Content != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetFlowContentSha256() => this.FlowContentSha256 != null;
        internal bool IsSetId() => this.Id != null;
        internal bool IsSetLastModifiedRegion() => this.LastModifiedRegion != null;
        internal bool IsSetLastModifiedTime() => this.LastModifiedTime.HasValue;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetState() => this.State != null;
        internal bool IsSetStatus() => this.Status != null;
        internal bool IsSetTags() => this.Tags != null;
        internal bool IsSetType() => this.Type != null;
        internal bool IsSetVersion() => this.Version.HasValue;
        internal bool IsSetVersionDescription() => this.VersionDescription != null;
    }
}
