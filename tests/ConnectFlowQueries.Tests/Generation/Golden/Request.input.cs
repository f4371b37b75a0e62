using Amazon.Connect;
using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// Request methods: placeholders bound to parameters, the page size from the attribute unless the caller gives one, a
// next token; two methods of one type share its file, in source order.
public static partial class Requests
{
    [FlowQuery("name *= {text} and status = {status} and tag:Department = {department}", MaxResults = 50)]
    public static partial SearchContactFlowsRequest ByDepartment(string instanceId, string text, ContactFlowStatus status, string department, int? maxResults, string? nextToken);

    [FlowQuery("(type = CONTACT_FLOW or type = 'customer_queue') and description *= 'after hours'")]
    public static partial SearchContactFlowsRequest AfterHours(string instanceId);
}
