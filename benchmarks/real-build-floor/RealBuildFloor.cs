using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The replay floor as a real build loads it (benchmarks/build-cost.sh): the files our generator produced for the
    /// synthetic project are embedded in this assembly, read once when the compiler loads it, and added again by
    /// <see cref="ReplayGenerator"/> in every build: the replay floor, as docs/performance.md defines it. Built with
    /// SIGNATURE_READ defined, it is the floor's variant that also reads each method's signature, with fresh strings.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RealBuildReplayFloor : IIncrementalGenerator
    {
#if SIGNATURE_READ
        private static readonly ReplayGenerator Replay = ReplayGenerator.FromManifestResources(typeof(RealBuildReplayFloor).Assembly).WithSignatureRead();
#else
        private static readonly ReplayGenerator Replay = ReplayGenerator.FromManifestResources(typeof(RealBuildReplayFloor).Assembly);
#endif

        public void Initialize(IncrementalGeneratorInitializationContext context) => Replay.Initialize(context);
    }
}
