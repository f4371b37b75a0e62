// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowVersionRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true)]
        public string ContactFlowId { get; set; }

        [AWSProperty(Min=1)]
        public long? ContactFlowVersion { get; set; }

        public string Description { get; set; }

        [AWSProperty(Min=1, Max=64)]
        public string FlowContentSha256 { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        public string LastModifiedRegion { get; set; }

        public DateTime? LastModifiedTime { get; set; }

        internal bool IsSetContactFlowId() => this.ContactFlowId != null;
        internal bool IsSetContactFlowVersion() => this.ContactFlowVersion.HasValue;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetFlowContentSha256() => this.FlowContentSha256 != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetLastModifiedRegion() => this.LastModifiedRegion != null;
        internal bool IsSetLastModifiedTime() => this.LastModifiedTime.HasValue;
    }
}
