// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


namespace Amazon.Connect.Model
{
    public partial class StringCondition
    {
        public StringComparisonType ComparisonType { get; set; }

        public string FieldName { get; set; }

        public string Value { get; set; }

        internal bool IsSetComparisonType() => this.ComparisonType != null;
        internal bool IsSetFieldName() => this.FieldName != null;
        internal bool IsSetValue() => this.Value != null;
    }
}
