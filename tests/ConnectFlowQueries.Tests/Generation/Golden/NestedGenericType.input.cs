using Amazon.Connect.Model;
using ConnectFlowQueries;

namespace Contoso.Connect
{
    // Methods of a type nested in a generic type: every containing type is declared again, type parameters included.
    public partial class Outer<T>
        where T : class
    {
        internal partial struct Inner
        {
            [FlowQuery("name = 'a'")]
            internal partial SearchContactFlowsRequest Search(string instanceId);
        }
    }
}
