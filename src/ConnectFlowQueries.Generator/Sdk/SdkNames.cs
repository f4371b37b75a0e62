using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// The AWSSDK.Connect names one search's methods use, spelled once per target: the reader recognises the types by
    /// them, the emitters write them (in <see cref="SdkSource"/>'s <c>global::</c> forms), and messages name them.
    /// </summary>
    internal sealed class SdkNames
    {
        public static readonly SdkNames Flows = new SdkNames(
            "SearchContactFlowsRequest", "SearchContactFlowsResponse", "ContactFlow", "ContactFlows", "SearchContactFlowsAsync", "ContactFlowSearchCriteria", "ContactFlowSearchFilter");

        public static readonly SdkNames Modules = new SdkNames(
            "SearchContactFlowModulesRequest", "SearchContactFlowModulesResponse", "ContactFlowModule", "ContactFlowModules", "SearchContactFlowModulesAsync", "ContactFlowModuleSearchCriteria", "ContactFlowModuleSearchFilter");

        private SdkNames(string request, string response, string item, string itemsProperty, string operation, string criteria, string filter)
        {
            Request = request;
            Response = response;
            Item = item;
            ItemsProperty = itemsProperty;
            Operation = operation;
            Criteria = criteria;
            Filter = filter;
            RequestFullName = SdkModel.ModelNamespace + "." + request;
            ResponseFullName = SdkModel.ModelNamespace + "." + response;
            ItemFullName = SdkModel.ModelNamespace + "." + item;
        }

        public static SdkNames For(QueryTarget target) => target == QueryTarget.Flows ? Flows : Modules;

        /// <summary>"SearchContactFlowsRequest".</summary>
        public string Request { get; }

        public string Response { get; }

        /// <summary>"ContactFlow": what the search finds, and what a bool method matches.</summary>
        public string Item { get; }

        /// <summary>"ContactFlows": the response's list of items.</summary>
        public string ItemsProperty { get; }

        /// <summary>"SearchContactFlowsAsync": the client's method.</summary>
        public string Operation { get; }

        public string Criteria { get; }

        public string Filter { get; }

        /// <summary>"Amazon.Connect.Model.SearchContactFlowsRequest", made once rather than per method.</summary>
        public string RequestFullName { get; }

        public string ResponseFullName { get; }

        public string ItemFullName { get; }
    }
}
