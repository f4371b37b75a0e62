using System.Collections.Generic;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// Every consumer project of the shared build. Markers such as <c>/*!CFQ010*/</c> stand immediately before the
    /// character where the build must report that diagnostic.
    /// </summary>
    internal static class ConsumerScenarios
    {
        public static IReadOnlyList<ConsumerProject> All => new[]
        {
            Canary,
            CanaryClean, // last in the solution: it still builds although projects before it failed
        };

        /// <summary>Plain compiler diagnostics, no package: checks the build output is read and attributed correctly.</summary>
        public static ConsumerProject Canary { get; } = new("Canary")
        {
            PackageReference = false,
            SdkReference = false,
            TreatWarningsAsErrors = false,
            Files =
            {
                ["Canary.cs"] = """
                    public static class Canary
                    {
                        public static int Count()
                        {
                            int /*!CS0168*/unused;
                            return /*!CS0029*/"not a number";
                        }
                    }
                    """,
            },
        };

        public static ConsumerProject CanaryClean { get; } = new("CanaryClean")
        {
            PackageReference = false,
            SdkReference = false,
            Files = { ["Clean.cs"] = "public static class Clean\n{\n    public static int Count() => 1;\n}\n" },
        };
    }
}
