using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Where a diagnostic goes, as plain values: a <see cref="Location"/> holds its syntax tree, which must not be
    /// cached by the incremental pipeline. Recreated with <see cref="Location.Create(string, TextSpan, LinePositionSpan)"/>.
    /// </summary>
    internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public static LocationInfo? From(Location? location) =>
            location is { IsInSource: true } ? new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
    }

    /// <summary>
    /// A diagnostic the generator reports, carried through the pipeline as equatable data: a method the compiler
    /// rejects before analyzers run (no implementation, a declaration error) is still explained in the build.
    /// </summary>
    internal sealed record DiagnosticInfo(QueryDiagnosticDescriptor Descriptor, LocationInfo? Location, string Argument)
    {
        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(DiagnosticDescriptors.Get(Descriptor), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Argument);
    }
}
