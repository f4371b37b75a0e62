// Test stand-in reproducing the public shape of AWSSDK.Connect (v4 API) for the Amazon Connect service model connect-flows-botocore-1.43.67.json (botocore 1.43.67; .NET conventions in shared/aws/connect-dotnet-v4-api.md). Never packed or shipped.

using System;
using System.Threading;
using System.Threading.Tasks;

using Amazon.Connect.Model;
using Amazon.Runtime;

namespace Amazon.Connect
{
    /// <summary>
    /// Subset of the AWSSDK.Connect (v4) client interface: the flow and flow module operations ConnectFlowQueries
    /// uses or checks, with the signatures the v4 SDK generates from the service model. The real interface has
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

        Task<CreateContactFlowVersionResponse> CreateContactFlowVersionAsync(CreateContactFlowVersionRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListContactFlowVersionsResponse> ListContactFlowVersionsAsync(ListContactFlowVersionsRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DeleteContactFlowVersionResponse> DeleteContactFlowVersionAsync(DeleteContactFlowVersionRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DescribeContactFlowModuleResponse> DescribeContactFlowModuleAsync(DescribeContactFlowModuleRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListContactFlowModulesResponse> ListContactFlowModulesAsync(ListContactFlowModulesRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateContactFlowModuleVersionResponse> CreateContactFlowModuleVersionAsync(CreateContactFlowModuleVersionRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListContactFlowModuleVersionsResponse> ListContactFlowModuleVersionsAsync(ListContactFlowModuleVersionsRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DeleteContactFlowModuleVersionResponse> DeleteContactFlowModuleVersionAsync(DeleteContactFlowModuleVersionRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<CreateContactFlowModuleAliasResponse> CreateContactFlowModuleAliasAsync(CreateContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DescribeContactFlowModuleAliasResponse> DescribeContactFlowModuleAliasAsync(DescribeContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<ListContactFlowModuleAliasesResponse> ListContactFlowModuleAliasesAsync(ListContactFlowModuleAliasesRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<UpdateContactFlowModuleAliasResponse> UpdateContactFlowModuleAliasAsync(UpdateContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default(CancellationToken));

        Task<DeleteContactFlowModuleAliasResponse> DeleteContactFlowModuleAliasAsync(DeleteContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default(CancellationToken));
    }
}
