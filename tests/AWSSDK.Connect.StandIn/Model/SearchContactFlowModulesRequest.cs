// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using Amazon.Runtime.Internal;

namespace Amazon.Connect.Model
{
    public partial class SearchContactFlowModulesRequest : AmazonConnectRequest
    {
        [AWSProperty(Required=true, Min=1, Max=100)]
        public string InstanceId { get; set; }

        [AWSProperty(Min=1, Max=100)]
        public int? MaxResults { get; set; }

        [AWSProperty(Min=1, Max=2500)]
        public string NextToken { get; set; }

        public ContactFlowModuleSearchCriteria SearchCriteria { get; set; }

        public ContactFlowModuleSearchFilter SearchFilter { get; set; }

        internal bool IsSetInstanceId() => this.InstanceId != null;
        internal bool IsSetMaxResults() => this.MaxResults.HasValue;
        internal bool IsSetNextToken() => this.NextToken != null;
        internal bool IsSetSearchCriteria() => this.SearchCriteria != null;
        internal bool IsSetSearchFilter() => this.SearchFilter != null;
    }
}
