// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowModuleSummary
    {
        public string Arn { get; set; }

        [AWSProperty(Min=1, Max=256)]
        public string Id { get; set; }

        [AWSProperty(Min=1, Max=127)]
        public string Name { get; set; }

        public ContactFlowModuleState State { get; set; }

        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetId() => this.Id != null;
        internal bool IsSetName() => this.Name != null;
        internal bool IsSetState() => this.State != null;
    }
}
