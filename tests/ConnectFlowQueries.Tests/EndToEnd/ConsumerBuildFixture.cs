using System;
using System.IO;
using System.Threading;

namespace ConnectFlowQueries.Tests.EndToEnd
{
    /// <summary>
    /// The shared build of <see cref="ConsumerScenarios.All"/>, made once for the test class on first use (a pack and
    /// one build take a minute or more; every test then only reads the result) and deleted with the class.
    /// </summary>
    public sealed class ConsumerBuildFixture : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "cfq-consumers-" + Guid.NewGuid().ToString("N"));
        private readonly Lazy<ConsumerBuild> _build;

        public ConsumerBuildFixture()
        {
            // A failed pack is cached like a result: every test reports it rather than packing again.
            _build = new Lazy<ConsumerBuild>(() => ConsumerBuild.Run(_root, ConsumerScenarios.All), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        internal ConsumerBuild Build => _build.Value;

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // a leftover temp folder is harmless
            }
        }
    }
}
