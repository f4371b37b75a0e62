using System;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>A constant string that must be one of a known list (an SDK enum's values, a search's field names).</summary>
    internal static class AllowedValues
    {
        /// <summary>
        /// Reports <paramref name="text"/> unless it is one of <paramref name="values"/>, with the closest value as the
        /// suggestion; an empty list means "unknown", never "nothing is valid".
        /// </summary>
        public static void Check(OperationAnalysisContext context, QueryDiagnosticDescriptor rule, string text, EquatableArray<string> values, bool ignoreCase, IOperation value, string what)
        {
            StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (values.Count == 0 || values.Any(v => string.Equals(v, text, comparison)))
            {
                return;
            }

            string? closest = QueryBinder.Closest(text, values);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Get(rule), value.Syntax.GetLocation(), DiagnosticProperties.ForSuggestion(closest),
                QueryLexer.Printable(text), what, QueryBinder.DidYouMeanHint(closest), string.Join(", ", values)));
        }
    }
}
