using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect;

// A search of flow modules.
public static partial class Modules
{
    [FlowModuleQuery("name ^= 'auth' or description *= 'login'")]
    public static partial SearchContactFlowModulesRequest Authentication(string instanceId);
}
