// Test stand-in reproducing the public shape of AWSSDK.Connect 4.0.31 (see shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using System.Threading;
using System.Threading.Tasks;

using Amazon.Connect.Model;
using Amazon.Runtime;

namespace Amazon.Connect
{
    /// <summary>
    /// Subset of the AWSSDK.Connect 4.0.31 client interface used by ConnectFlowQueries. The real interface has
    /// hundreds more operations; the Paginators property (AWS_ASYNC_ENUMERABLES_API only) is deliberately left out.
    /// Note: Amazon.Runtime.IAmazonService in AWSSDK.Core 4.1.0 declares static abstract members
    /// (CreateDefaultClientConfig, CreateDefaultServiceClient), so an implementing fake must provide them and this
    /// interface cannot be used as a generic type argument (CS8920), exactly as with the real package.
    /// </summary>
    public partial interface IAmazonConnect : IAmazonService, IDisposable
    {
        Task<SearchContactFlowsResponse> SearchContactFlowsAsync(SearchContactFlowsRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<SearchContactFlowModulesResponse> SearchContactFlowModulesAsync(SearchContactFlowModulesRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateContactFlowResponse> CreateContactFlowAsync(CreateContactFlowRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<UpdateContactFlowContentResponse> UpdateContactFlowContentAsync(UpdateContactFlowContentRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateContactFlowModuleResponse> CreateContactFlowModuleAsync(CreateContactFlowModuleRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<UpdateContactFlowModuleContentResponse> UpdateContactFlowModuleContentAsync(UpdateContactFlowModuleContentRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DescribeContactFlowResponse> DescribeContactFlowAsync(DescribeContactFlowRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListContactFlowsResponse> ListContactFlowsAsync(ListContactFlowsRequest request, CancellationToken cancellationToken = default(CancellationToken));
    }
}
