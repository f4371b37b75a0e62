// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class ContactFlowModuleSearchFilter
    {
        public ControlPlaneTagFilter TagFilter { get; set; }

        internal bool IsSetTagFilter() => this.TagFilter != null;
    }
}
