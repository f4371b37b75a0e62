using System;

namespace ConnectFlowQueries
{
    /// <summary>
    /// Generates the body of a <c>partial</c> method from a FlowQuery, such as
    /// <c>name ^= 'billing' and status = PUBLISHED</c>, as an Amazon Connect <c>SearchContactFlows</c> request.
    /// </summary>
    /// <remarks>
    /// The method returns <c>Amazon.Connect.Model.SearchContactFlowsRequest</c> and takes a <c>string instanceId</c>;
    /// optionally <c>string nextToken</c> and <c>int maxResults</c> (or <c>int?</c>). Mistakes in the query are
    /// reported at compile time (CFQ001 and following). See docs/query-language.md.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class FlowQueryAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="query">The query text, for example <c>name ^= 'billing' and status = PUBLISHED</c>.</param>
        public FlowQueryAttribute(string query) => Query = query;

        /// <summary>The query text.</summary>
        public string Query { get; }

        /// <summary>A constant page size, 1 to 100. A <c>maxResults</c> parameter, when given a value, takes precedence.</summary>
        public int MaxResults { get; set; }
    }

    /// <summary>
    /// Generates the body of a <c>partial</c> method from a FlowQuery as an Amazon Connect
    /// <c>SearchContactFlowModules</c> request (fields <c>name</c>, <c>description</c>, and where the SDK has them
    /// <c>state</c> and <c>status</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class FlowModuleQueryAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="query">The query text, for example <c>name ^= 'auth' and status = PUBLISHED</c>.</param>
        public FlowModuleQueryAttribute(string query) => Query = query;

        /// <summary>The query text.</summary>
        public string Query { get; }

        /// <summary>A constant page size, 1 to 100. A <c>maxResults</c> parameter, when given a value, takes precedence.</summary>
        public int MaxResults { get; set; }
    }
}
