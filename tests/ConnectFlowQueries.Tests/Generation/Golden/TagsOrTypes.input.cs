using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// An 'or' of tags and flow types: SearchFilter.FlowAttributeFilter beside the criteria.
public static partial class Attributes
{
    [FlowQuery("status = PUBLISHED and (type = CAMPAIGN or tag:Env = 'prod' and tag:Team = {team})")]
    public static partial SearchContactFlowsRequest CampaignsOrTeam(string instanceId, string team);
}
