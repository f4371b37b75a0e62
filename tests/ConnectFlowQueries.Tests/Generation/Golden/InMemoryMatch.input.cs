using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// The query evaluated in memory on a flow the caller already has.
public static partial class Matches
{
    [FlowQuery("name ^= 'billing' and (status = PUBLISHED or status = SAVED) and tag:Owner = 'ops'")]
    public static partial bool IsBilling(ContactFlow flow);
}
