// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

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
