// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true)]
        public string Content { get; set; }

        public string Description { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        [AWSProperty(Required=true, Min=1)]
        public string Name { get; set; }

        public ContactFlowStatus Status { get; set; }

        [AWSProperty(Min=1, Max=50)]
        public Dictionary<string, string> Tags { get; set; }

        [AWSProperty(Required=true)]
        public ContactFlowType Type { get; set; }

        internal bool IsSetContent() => this.Content != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetStatus() => this.Status != null;
        internal bool IsSetTags() => this.Tags != null;
        internal bool IsSetType() => this.Type != null;
    }
}
