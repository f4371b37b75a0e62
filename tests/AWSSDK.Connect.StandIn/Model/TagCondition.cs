// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


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
