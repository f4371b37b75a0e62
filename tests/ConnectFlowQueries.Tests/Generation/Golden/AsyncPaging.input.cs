using System.Collections.Generic;
using System.Threading;
using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// Every result of every page, following NextToken.
public static partial class Paging
{
    [FlowQuery("state = ACTIVE and name ^= 'billing'", MaxResults = 2)]
    public static partial IAsyncEnumerable<ContactFlow> AllActive(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);
}
