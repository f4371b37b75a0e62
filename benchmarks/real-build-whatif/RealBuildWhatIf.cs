using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// The what-if generator as a real build loads it (benchmarks/build-cost.sh): <see cref="SyntaxSpelledGenerator"/>, our
    /// generator with each method read from its syntax instead of its symbol, beside our analyzers.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RealBuildWhatIf : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) => new SyntaxSpelledGenerator().Initialize(context);
    }
}
