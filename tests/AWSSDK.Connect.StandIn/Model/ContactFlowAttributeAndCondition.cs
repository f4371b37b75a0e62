// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowAttributeAndCondition
    {
        public ContactFlowTypeCondition ContactFlowTypeCondition { get; set; }

        public List<TagCondition> TagConditions { get; set; }

        internal bool IsSetContactFlowTypeCondition() => this.ContactFlowTypeCondition != null;
        internal bool IsSetTagConditions() => this.TagConditions != null;
    }
}
