// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class ContactFlowSearchFilter
    {
        public ContactFlowAttributeFilter FlowAttributeFilter { get; set; }

        public ControlPlaneTagFilter TagFilter { get; set; }

        internal bool IsSetFlowAttributeFilter() => this.FlowAttributeFilter != null;
        internal bool IsSetTagFilter() => this.TagFilter != null;
    }
}
