namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>Source files shared by the consumer programs that run.</summary>
    internal static class ConsumerSources
    {
        /// <summary>
        /// An <c>IAmazonConnect</c> made by <c>DispatchProxy</c> (the interface inherits static abstract members from
        /// AWSSDK.Core, so a class implementing it by hand would have to provide them too). Each search operation serves
        /// the scripted pages in order, each but the last with a NextToken (<c>p2</c>, <c>p3</c>...), and records the
        /// request and the cancellation token it got; any other operation throws.
        /// </summary>
        public const string FakeAmazonConnect = """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Reflection;
            using System.Threading;
            using System.Threading.Tasks;
            using Amazon.Connect;
            using Amazon.Connect.Model;

            public class FakeAmazonConnect : DispatchProxy
            {
                private string[][] _pages = Array.Empty<string[]>();
                private int _flowPagesServed;
                private int _modulePagesServed;

                public List<SearchContactFlowsRequest> FlowRequests { get; } = new();

                public List<SearchContactFlowModulesRequest> ModuleRequests { get; } = new();

                public List<CancellationToken> Tokens { get; } = new();

                public IAmazonConnect Client => (IAmazonConnect)(object)this;

                public static FakeAmazonConnect Serving(params string[][] pages)
                {
                    var fake = (FakeAmazonConnect)DispatchProxy.Create(typeof(IAmazonConnect), typeof(FakeAmazonConnect));
                    fake._pages = pages;
                    return fake;
                }

                protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
                {
                    switch (targetMethod?.Name)
                    {
                        case nameof(IAmazonConnect.SearchContactFlowsAsync):
                            FlowRequests.Add((SearchContactFlowsRequest)args![0]!);
                            Tokens.Add((CancellationToken)args[1]!);
                            (string[] flows, string? flowToken) = NextPage(ref _flowPagesServed);
                            return Task.FromResult(new SearchContactFlowsResponse
                            {
                                ContactFlows = flows.Select(name => new ContactFlow { Name = name }).ToList(),
                                NextToken = flowToken,
                            });
                        case nameof(IAmazonConnect.SearchContactFlowModulesAsync):
                            ModuleRequests.Add((SearchContactFlowModulesRequest)args![0]!);
                            Tokens.Add((CancellationToken)args[1]!);
                            (string[] modules, string? moduleToken) = NextPage(ref _modulePagesServed);
                            return Task.FromResult(new SearchContactFlowModulesResponse
                            {
                                ContactFlowModules = modules.Select(name => new ContactFlowModule { Name = name }).ToList(),
                                NextToken = moduleToken,
                            });
                        default:
                            throw new NotSupportedException(targetMethod?.Name);
                    }
                }

                private (string[] Names, string? NextToken) NextPage(ref int served)
                {
                    if (served == _pages.Length)
                    {
                        throw new InvalidOperationException("asked for a page after the last one");
                    }

                    served++;
                    return (_pages[served - 1], served < _pages.Length ? "p" + (served + 1) : null);
                }
            }
            """;

        /// <summary>Flow search criteria in one line, such as <c>(name STARTS_WITH 'a' and status PUBLISHED)</c>.</summary>
        public const string Show = """
            using System.Collections.Generic;
            using System.Linq;
            using Amazon.Connect.Model;

            internal static class Show
            {
                public static string Criteria(ContactFlowSearchCriteria? criteria) => criteria switch
                {
                    null => "(none)",
                    { AndConditions.Count: > 0 } => Join(criteria.AndConditions.Select(Criteria), " and "),
                    { OrConditions.Count: > 0 } => Join(criteria.OrConditions.Select(Criteria), " or "),
                    { StringCondition: { } text } => $"{text.FieldName} {text.ComparisonType?.Value} '{text.Value}'",
                    { StatusCondition: { } status } => $"status {status.Value}",
                    { StateCondition: { } state } => $"state {state.Value}",
                    { TypeCondition: { } type } => $"type {type.Value}",
                    _ => "(empty)",
                };

                private static string Join(IEnumerable<string> parts, string separator) => "(" + string.Join(separator, parts) + ")";
            }
            """;
    }
}
