// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class ContactFlowTypeCondition
    {
        public ContactFlowType ContactFlowType { get; set; }

        internal bool IsSetContactFlowType() => this.ContactFlowType != null;
    }
}
