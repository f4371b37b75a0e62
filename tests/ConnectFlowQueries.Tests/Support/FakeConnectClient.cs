using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Connect.Model;
using Amazon.Runtime;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>Serves scripted pages in order and records every request and cancellation token it got.</summary>
    public sealed class FakeConnectClient : IAmazonConnect
    {
        private readonly Queue<SearchContactFlowsResponse> _flowPages;
        private readonly Queue<SearchContactFlowModulesResponse> _modulePages;

        public FakeConnectClient(IEnumerable<SearchContactFlowsResponse>? flowPages = null, IEnumerable<SearchContactFlowModulesResponse>? modulePages = null)
        {
            _flowPages = new Queue<SearchContactFlowsResponse>(flowPages ?? Array.Empty<SearchContactFlowsResponse>());
            _modulePages = new Queue<SearchContactFlowModulesResponse>(modulePages ?? Array.Empty<SearchContactFlowModulesResponse>());
        }

        public List<SearchContactFlowsRequest> FlowRequests { get; } = new();
        public List<SearchContactFlowModulesRequest> ModuleRequests { get; } = new();
        public List<CancellationToken> Tokens { get; } = new();

        public IClientConfig Config => throw new NotSupportedException();

        public static ClientConfig CreateDefaultClientConfig() => throw new NotSupportedException();

        public static IAmazonService CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) => throw new NotSupportedException();

        public Task<SearchContactFlowsResponse> SearchContactFlowsAsync(SearchContactFlowsRequest request, CancellationToken cancellationToken = default)
        {
            FlowRequests.Add(request);
            Tokens.Add(cancellationToken);
            if (_flowPages.Count == 0)
            {
                throw new InvalidOperationException("called after the last page");
            }

            return Task.FromResult(_flowPages.Dequeue());
        }

        public Task<SearchContactFlowModulesResponse> SearchContactFlowModulesAsync(SearchContactFlowModulesRequest request, CancellationToken cancellationToken = default)
        {
            ModuleRequests.Add(request);
            Tokens.Add(cancellationToken);
            if (_modulePages.Count == 0)
            {
                throw new InvalidOperationException("called after the last page");
            }

            return Task.FromResult(_modulePages.Dequeue());
        }

        public Task<CreateContactFlowResponse> CreateContactFlowAsync(CreateContactFlowRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<UpdateContactFlowContentResponse> UpdateContactFlowContentAsync(UpdateContactFlowContentRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<CreateContactFlowModuleResponse> CreateContactFlowModuleAsync(CreateContactFlowModuleRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<UpdateContactFlowModuleContentResponse> UpdateContactFlowModuleContentAsync(UpdateContactFlowModuleContentRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DescribeContactFlowResponse> DescribeContactFlowAsync(DescribeContactFlowRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ListContactFlowsResponse> ListContactFlowsAsync(ListContactFlowsRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<CreateContactFlowVersionResponse> CreateContactFlowVersionAsync(CreateContactFlowVersionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ListContactFlowVersionsResponse> ListContactFlowVersionsAsync(ListContactFlowVersionsRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DeleteContactFlowVersionResponse> DeleteContactFlowVersionAsync(DeleteContactFlowVersionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DescribeContactFlowModuleResponse> DescribeContactFlowModuleAsync(DescribeContactFlowModuleRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ListContactFlowModulesResponse> ListContactFlowModulesAsync(ListContactFlowModulesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<CreateContactFlowModuleVersionResponse> CreateContactFlowModuleVersionAsync(CreateContactFlowModuleVersionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ListContactFlowModuleVersionsResponse> ListContactFlowModuleVersionsAsync(ListContactFlowModuleVersionsRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DeleteContactFlowModuleVersionResponse> DeleteContactFlowModuleVersionAsync(DeleteContactFlowModuleVersionRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<CreateContactFlowModuleAliasResponse> CreateContactFlowModuleAliasAsync(CreateContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DescribeContactFlowModuleAliasResponse> DescribeContactFlowModuleAliasAsync(DescribeContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ListContactFlowModuleAliasesResponse> ListContactFlowModuleAliasesAsync(ListContactFlowModuleAliasesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<UpdateContactFlowModuleAliasResponse> UpdateContactFlowModuleAliasAsync(UpdateContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<DeleteContactFlowModuleAliasResponse> DeleteContactFlowModuleAliasAsync(DeleteContactFlowModuleAliasRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
