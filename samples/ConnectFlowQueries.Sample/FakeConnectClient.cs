using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Connect.Model;
using Amazon.Runtime;

namespace ConnectFlowQueries.Sample;

/// <summary>Serves a fixed list of flows in pages of MaxResults, so the sample runs without AWS credentials.</summary>
internal sealed class FakeConnectClient : IAmazonConnect
{
    private readonly List<ContactFlow> _flows;

    public FakeConnectClient(List<ContactFlow> flows) => _flows = flows;

    public List<SearchContactFlowsRequest> Requests { get; } = new();

    public IClientConfig Config => throw new NotSupportedException();

    public static ClientConfig CreateDefaultClientConfig() => throw new NotSupportedException();

    public static IAmazonService CreateDefaultServiceClient(AWSCredentials awsCredentials, ClientConfig clientConfig) => throw new NotSupportedException();

    public Task<SearchContactFlowsResponse> SearchContactFlowsAsync(SearchContactFlowsRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        int start = request.NextToken is null ? 0 : int.Parse(request.NextToken);
        int size = request.MaxResults ?? 100;
        var page = _flows.Skip(start).Take(size).ToList();
        string? next = start + size < _flows.Count ? (start + size).ToString() : null;
        return Task.FromResult(new SearchContactFlowsResponse { ContactFlows = page, NextToken = next, ApproximateTotalCount = _flows.Count });
    }

    public Task<SearchContactFlowModulesResponse> SearchContactFlowModulesAsync(SearchContactFlowModulesRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
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
    public void Dispose() { }
}
