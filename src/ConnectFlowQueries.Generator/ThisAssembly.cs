namespace ConnectFlowQueries.Generator
{
    internal static class ThisAssembly
    {
        /// <summary>Written into [GeneratedCode]; from the assembly, so it follows Directory.Build.props.</summary>
        public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
    }
}
