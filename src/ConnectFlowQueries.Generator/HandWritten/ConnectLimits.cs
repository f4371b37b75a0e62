namespace ConnectFlowQueries.Generator.HandWritten
{
    /// <summary>
    /// Limits the Amazon Connect API reference documents and AWSSDK.Connect does not check
    /// (see shared/aws/connect-dotnet-v4-api.md, AWSSDK.Connect 4.0.31).
    /// </summary>
    internal static class ConnectLimits
    {
        public const int MaxContentLength = 256000;
        public const int MaxInstanceIdLength = 100;
        public const int MaxSearchResults = 100;
        public const int MaxListResults = 1000;
        public const int MaxContactFlowTypes = 10;

        /// <summary>The one alias DescribeContactFlow accepts after the flow id: <c>&lt;id&gt;:$SAVED</c>.</summary>
        public const string SavedAlias = "$SAVED";
    }
}
