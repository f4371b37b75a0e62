using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// One call, one page.
public static partial class Calls
{
    [FlowQuery("state = ACTIVE")]
    public static partial Task<SearchContactFlowsResponse> FirstActivePage(IAmazonConnect client, string instanceId, int? maxResults, CancellationToken cancellationToken);
}
