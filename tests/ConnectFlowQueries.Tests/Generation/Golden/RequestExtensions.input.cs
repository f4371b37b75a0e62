using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// Queries parsed at run time: the extensions every compilation that references the SDK and the library gets.
public static class RunTime
{
    public static SearchContactFlowsRequest Flows(string text, string instanceId) =>
        FlowQuery.Parse(text, FlowQueryTarget.Flows).Query!.ToSearchContactFlowsRequest(instanceId);

    public static SearchContactFlowModulesRequest Modules(string text, string instanceId) =>
        FlowQuery.Parse(text, FlowQueryTarget.Modules).Query!.ToSearchContactFlowModulesRequest(instanceId, maxResults: 10);
}
