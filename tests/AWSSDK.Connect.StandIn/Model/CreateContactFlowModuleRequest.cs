// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class CreateContactFlowModuleRequest : AmazonConnectRequest
    {
        [AWSProperty(Max=500)]
        public string ClientToken { get; set; }

        [AWSProperty(Required=true, Min=1, Max=256000)]
        public string Content { get; set; }

        [AWSProperty(Min=0, Max=500)]
        public string Description { get; set; }

        public ExternalInvocationConfiguration ExternalInvocationConfiguration { get; set; }

        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        [AWSProperty(Required=true, Min=1, Max=127)]
        public string Name { get; set; }

        public string Settings { get; set; }

        [AWSProperty(Min=1, Max=50)]
        public Dictionary<string, string> Tags { get; set; }

        internal bool IsSetClientToken() => this.ClientToken != null;
        internal bool IsSetContent() => this.Content != null;
        internal bool IsSetDescription() => this.Description != null;
        internal bool IsSetExternalInvocationConfiguration() => this.ExternalInvocationConfiguration != null;
        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetSettings() => this.Settings != null;
        internal bool IsSetTags() => this.Tags != null;
    }
}
