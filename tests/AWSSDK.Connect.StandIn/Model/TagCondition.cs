// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class TagCondition
    {
        public string TagKey { get; set; }

        public string TagValue { get; set; }

        internal bool IsSetTagKey() => this.TagKey != null;
        internal bool IsSetTagValue() => this.TagValue != null;
    }
}
