// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.


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
