using System;
using System.Diagnostics;
using System.Threading;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// What the package's own code does with an exception it did not expect: it reports CFQ029 where the work was (so
    /// the bug is seen and can be reported) instead of throwing into the compiler, which would show AD0001 or CS8785
    /// and drop the rest of the package's work.
    /// </summary>
    internal static class InternalErrors
    {
        /// <summary>"reading the method 'Search' (System.NullReferenceException in ConnectFlowQueries.Generator.X.Y)": CFQ029's argument.</summary>
        public static string Describe(string activity, Exception exception) =>
            $"{activity} ({exception.GetType().FullName} in {TopFrame(exception)})";

        public static Diagnostic Create(string activity, Exception exception, Location? location) =>
            Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticCatalog.InternalError), location ?? Location.None, Describe(activity, exception));

        public static DiagnosticInfo Info(string activity, Exception exception, Location? location) =>
            new DiagnosticInfo(DiagnosticCatalog.InternalError, LocationInfo.From(location), Describe(activity, exception));

        private static string TopFrame(Exception exception) =>
            new StackTrace(exception, fNeedFileInfo: false).GetFrame(0)?.GetMethod() is { } method
                ? method.DeclaringType?.FullName + "." + method.Name
                : "an unknown method";
    }

    /// <summary>
    /// Makes the package's own code throw at a named place, so tests can show that each place that catches an
    /// exception reports CFQ029. Compiled into debug builds only: the package ships none of it.
    /// </summary>
    internal static class FaultInjection
    {
        public const string ReadMethod = nameof(ReadMethod);
        public const string EmitMethod = nameof(EmitMethod);
        public const string RuntimeExtensions = nameof(RuntimeExtensions);
        public const string AnalyzeQuery = nameof(AnalyzeQuery);

        // An analyzer of request code (RequestAnalyzers.RequestAnalyzer) throws at its own type name, so each is forced alone.

        private static readonly AsyncLocal<string?> ThrowAt = new AsyncLocal<string?>();

        [Conditional("DEBUG")]
        public static void At(string place)
        {
            if (ThrowAt.Value == place)
            {
                throw new InvalidOperationException("Fault injected at " + place);
            }
        }

        /// <summary>Until disposed, <see cref="At"/> throws at <paramref name="place"/> on this flow of execution.</summary>
        public static IDisposable Enable(string place)
        {
            ThrowAt.Value = place;
            return new Reset();
        }

        private sealed class Reset : IDisposable
        {
            public void Dispose() => ThrowAt.Value = null;
        }
    }
}
