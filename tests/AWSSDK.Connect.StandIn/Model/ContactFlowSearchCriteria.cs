// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;

namespace Amazon.Connect.Model
{
    public partial class ContactFlowSearchCriteria
    {
        public List<ContactFlowSearchCriteria> AndConditions { get; set; }

        public List<ContactFlowSearchCriteria> OrConditions { get; set; }

        public ContactFlowState StateCondition { get; set; }

        public ContactFlowStatus StatusCondition { get; set; }

        public StringCondition StringCondition { get; set; }

        public ContactFlowType TypeCondition { get; set; }

        internal bool IsSetAndConditions() => this.AndConditions != null;
        internal bool IsSetOrConditions() => this.OrConditions != null;
        internal bool IsSetStateCondition() => this.StateCondition != null;
        internal bool IsSetStatusCondition() => this.StatusCondition != null;
        internal bool IsSetStringCondition() => this.StringCondition != null;
        internal bool IsSetTypeCondition() => this.TypeCondition != null;
    }
}
