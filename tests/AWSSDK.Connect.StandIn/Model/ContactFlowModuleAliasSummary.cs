// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowModuleAliasSummary
    {
        [AWSProperty(Min=0, Max=500)]
        public string AliasDescription { get; set; }

        [AWSProperty(Min=1, Max=500)]
        public string AliasId { get; set; }

        [AWSProperty(Min=1, Max=127)]
        public string AliasName { get; set; }

        public string Arn { get; set; }

        public DateTime? LastModifiedTime { get; set; }

        [AWSProperty(Min=1)]
        public long? Version { get; set; }

        internal bool IsSetAliasDescription() => this.AliasDescription != null;
        internal bool IsSetAliasId() => this.AliasId != null;
        internal bool IsSetAliasName() => this.AliasName != null;
        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetLastModifiedTime() => this.LastModifiedTime.HasValue;
        internal bool IsSetVersion() => this.Version.HasValue;
    }
}
