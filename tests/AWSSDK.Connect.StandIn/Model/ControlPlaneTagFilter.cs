// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System.Collections.Generic;

namespace Amazon.Connect.Model
{
    public partial class ControlPlaneTagFilter
    {
        public List<TagCondition> AndConditions { get; set; }

        public List<List<TagCondition>> OrConditions { get; set; }

        public TagCondition TagCondition { get; set; }

        internal bool IsSetAndConditions() => this.AndConditions != null;
        internal bool IsSetOrConditions() => this.OrConditions != null;
        internal bool IsSetTagCondition() => this.TagCondition != null;
    }
}
