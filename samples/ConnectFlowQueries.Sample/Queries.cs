using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace ConnectFlowQueries.Sample;

/// <summary>Every method body here is generated at compile time from the query in its attribute.</summary>
public static partial class Flows
{
    // The 30-second example: one request object, built and checked at compile time.
    [FlowQuery("name ^= 'billing' and status = PUBLISHED")]
    public static partial SearchContactFlowsRequest PublishedBilling(string instanceId);

    // 'and' binds tighter than 'or'; parentheses group; enum values are case-insensitive.
    [FlowQuery("(type = CONTACT_FLOW or type = 'customer_queue') and description *= 'after hours'", MaxResults = 50)]
    public static partial SearchContactFlowsRequest AfterHours(string instanceId, string? nextToken);

    // Tags go to SearchFilter.TagFilter; {placeholders} bind to parameters.
    [FlowQuery("name *= {text} and status = {status} and tag:Department = {department} and tag['cost center'] = '42'")]
    public static partial SearchContactFlowsRequest ByDepartment(string instanceId, string text, ContactFlowStatus status, string department);

    // One call, one page.
    [FlowQuery("state = ACTIVE")]
    public static partial Task<SearchContactFlowsResponse> FirstActivePage(IAmazonConnect client, string instanceId, int? maxResults, CancellationToken cancellationToken);

    // Every result of every page, following NextToken.
    [FlowQuery("state = ACTIVE", MaxResults = 2)]
    public static partial IAsyncEnumerable<ContactFlow> AllActive(IAmazonConnect client, string instanceId, CancellationToken cancellationToken = default);

    // The same language evaluated in memory, e.g. on ListContactFlows output.
    [FlowQuery("name ^= 'billing' and (status = PUBLISHED or status = SAVED) and tag:Owner = 'ops'")]
    public static partial bool IsBilling(ContactFlow flow);
}

public static partial class Modules
{
    [FlowModuleQuery("name ^= 'auth' or description *= 'login'")]
    public static partial SearchContactFlowModulesRequest Authentication(string instanceId);
}
