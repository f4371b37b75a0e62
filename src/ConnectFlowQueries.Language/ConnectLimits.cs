namespace ConnectFlowQueries.Language
{
    /// <summary>
    /// Limits the Amazon Connect service model documents (botocore 1.43.67, connect-flows-botocore-1.43.67.json) and
    /// AWSSDK.Connect does not check: one table for the analyzers, the generated code, the run-time library and the
    /// flowquery tool (which compiles this file in), so all hold a value to the same limit.
    /// </summary>
    internal static class ConnectLimits
    {
        public const int MaxContentLength = 256000;

        /// <summary>InstanceId of the flow, flow module and version operations (shape InstanceId).</summary>
        public const int MaxInstanceIdLength = 100;

        /// <summary>InstanceId of the flow module alias operations, which also take the instance ARN (shape InstanceIdOrArn).</summary>
        public const int MaxInstanceIdOrArnLength = 250;

        /// <summary>Page sizes of the search operations (shape MaxResult100).</summary>
        public const int MinResults = 1;
        public const int MaxSearchResults = 100;
        public const int MaxListResults = 1000;

        /// <summary>NextToken of the search operations (shape NextToken2500); the list operations document no length.</summary>
        public const int MaxSearchNextTokenLength = 2500;

        public const int MaxContactFlowTypes = 10;

        /// <summary>Flow ids (shape ContactFlowId: no minimum), flow module ids (ContactFlowModuleId) and alias ids (ResourceId).</summary>
        public const int MaxFlowIdLength = 500;
        public const int MaxModuleIdLength = 256;
        public const int MaxResourceIdLength = 500;

        /// <summary>Alias names (shape ContactFlowModuleAlias), module names and descriptions (ContactFlowModuleName, ContactFlowModuleDescription).</summary>
        public const int MaxAliasNameLength = 100;
        public const int MaxModuleNameLength = 127;
        public const int MaxModuleDescriptionLength = 500;

        /// <summary>FlowContentSha256 and FlowModuleContentSha256: 64 letters or digits.</summary>
        public const int Sha256Length = 64;

        /// <summary>Flow and module versions start at 1 (shape ResourceVersion).</summary>
        public const long MinVersion = 1;

        /// <summary>
        /// What a search request's arguments are held to at run time, in the library's <c>ToSearchRequestJson</c>, the
        /// generated methods and run-time extensions alike (the analyzers hold constants to the same limits: CFQ011, CFQ026).
        /// </summary>
        public const string InstanceIdLengthMessage = "The Amazon Connect instance id has 1 to 100 characters.";
        public const string PageSizeMessage = "Amazon Connect accepts 1 to 100 results per page.";
        public const string NextTokenLengthMessage = "A search NextToken has at most 2500 characters.";

        /// <summary>The alias a flow or flow module id may end in to name the saved content: <c>&lt;id&gt;:$SAVED</c>.</summary>
        public const string SavedAlias = "$SAVED";
    }
}
