using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// One compilation against the stand-in with a [FlowQuery] / [FlowModuleQuery] method per sample query and calls of
    /// the generated run-time extensions, compiled once and loaded, so tests compare the two request graphs.
    /// </summary>
    internal static class GeneratedRequests
    {
        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => TestCompilation.GenerateAndLoad(Source()));

        /// <summary>What the [FlowQuery] method for <paramref name="text"/> returns.</summary>
        public static object CompileTime(FlowQueryTarget target, string text, string instanceId, int? maxResults, string? nextToken)
        {
            string[] samples = target == FlowQueryTarget.Flows ? SampleQueries.Flows : SampleQueries.Modules;
            string method = (target == FlowQueryTarget.Flows ? "F" : "M") + Array.IndexOf(samples, text);
            return TestCompilation.Invoke(Compiled.Value, "Queries", method, instanceId, maxResults, nextToken)!;
        }

        /// <summary>What the generated extension (called as an extension method from user code) returns.</summary>
        public static object RunTime(FlowQuery query, string instanceId, int? maxResults, string? nextToken) =>
            TestCompilation.Invoke(Compiled.Value, "Queries", query.Target == FlowQueryTarget.Flows ? "RunFlows" : "RunModules", query, instanceId, maxResults, nextToken)!;

        public static Assembly Assembly => Compiled.Value;

        private static string Source()
        {
            string Methods(string[] queries, string attribute, string request, string prefix) => string.Concat(queries.Select((q, i) => $"""

                    [{attribute}({SymbolDisplay.FormatLiteral(q, quote: true)})]
                    public static partial {request} {prefix}{i}(string instanceId, int? maxResults, string? nextToken);
                """));

            return $$"""
                using Amazon.Connect.Model;
                using ConnectFlowQueries;

                public static partial class Queries
                {
                    public static SearchContactFlowsRequest RunFlows(FlowQuery query, string instanceId, int? maxResults, string? nextToken) =>
                        query.ToSearchContactFlowsRequest(instanceId, maxResults, nextToken);

                    public static SearchContactFlowModulesRequest RunModules(FlowQuery query, string instanceId, int? maxResults, string? nextToken) =>
                        query.ToSearchContactFlowModulesRequest(instanceId, maxResults, nextToken);
                {{Methods(SampleQueries.Flows, "FlowQuery", "SearchContactFlowsRequest", "F")}}
                {{Methods(SampleQueries.Modules, "FlowModuleQuery", "SearchContactFlowModulesRequest", "M")}}
                }
                """;
        }
    }
}
