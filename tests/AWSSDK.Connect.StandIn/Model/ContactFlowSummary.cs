// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class ContactFlowSummary
    {
        public string Arn { get; set; }

        public ContactFlowState ContactFlowState { get; set; }

        public ContactFlowStatus ContactFlowStatus { get; set; }

        public ContactFlowType ContactFlowType { get; set; }

        public string Id { get; set; }

        public string Name { get; set; }

        internal bool IsSetArn() => this.Arn != null;
        internal bool IsSetContactFlowState() => this.ContactFlowState != null;
        internal bool IsSetContactFlowStatus() => this.ContactFlowStatus != null;
        internal bool IsSetContactFlowType() => this.ContactFlowType != null;
        internal bool IsSetId() => this.Id != null;
        internal bool IsSetName() => this.Name != null;
    }
}
