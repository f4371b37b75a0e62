// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowAttributeFilter
    {
        public ContactFlowAttributeAndCondition AndCondition { get; set; }

        public ContactFlowTypeCondition ContactFlowTypeCondition { get; set; }

        public List<ContactFlowAttributeAndCondition> OrConditions { get; set; }

        public TagCondition TagCondition { get; set; }

        internal bool IsSetAndCondition() => this.AndCondition != null;
        internal bool IsSetContactFlowTypeCondition() => this.ContactFlowTypeCondition != null;
        internal bool IsSetOrConditions() => this.OrConditions != null;
        internal bool IsSetTagCondition() => this.TagCondition != null;
    }
}
