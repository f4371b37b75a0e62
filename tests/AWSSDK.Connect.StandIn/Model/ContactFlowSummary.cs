// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowSummary
    {
        public string Arn { get; set; }

        public ContactFlowState ContactFlowState { get; set; }

        public ContactFlowStatus ContactFlowStatus { get; set; }

        public ContactFlowType ContactFlowType { get; set; }

        [AWSProperty(Max=500)]
        public string Id { get; set; }

        [AWSProperty(Min=1)]
        public string Name { get; set; }

        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetContactFlowState() => this.ContactFlowState != null;
        internal bool IsSetContactFlowStatus() => this.ContactFlowStatus != null;
        internal bool IsSetContactFlowType() => this.ContactFlowType != null;
        internal bool IsSetId() => this.Id != null;
        internal bool IsSetName() => this.Name != null;
    }
}
