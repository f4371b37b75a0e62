// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;
using Amazon.Runtime;

namespace Amazon.Connect.Model
{
    public partial class ListContactFlowModuleAliasesResponse : AmazonWebServiceResponse
    {
        public List<ContactFlowModuleAliasSummary> ContactFlowModuleAliasSummaryList { get; set; }

        public string NextToken { get; set; }

        internal bool IsSetContactFlowModuleAliasSummaryList() => this.ContactFlowModuleAliasSummaryList != null;
        internal bool IsSetNextToken() => this.NextToken != null;
    }
}
