using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// The checks on flow and flow module content (CFQ020–CFQ022), on the text alone: the analyzer runs them on
    /// constants assigned to <c>Content</c> and on AdditionalFiles marked <c>ConnectFlowContent="true"</c>, and
    /// places each problem by its span in the text.
    /// </summary>
    internal static class FlowContentRules
    {
        /// <param name="content">The content as the service would receive it.</param>
        /// <param name="what">"flow" or "flow module", for the message.</param>
        public static List<QueryDiagnostic> Check(string content, string what, CancellationToken cancellationToken)
        {
            var problems = new List<QueryDiagnostic>();
            if (content.Length == 0)
            {
                problems.Add(new QueryDiagnostic(DiagnosticCatalog.ContentEmpty, new QuerySpan(0, 0), what, Int(ConnectLimits.MaxContentLength)));
                return problems;
            }

            if (content.Length > ConnectLimits.MaxContentLength)
            {
                problems.Add(new QueryDiagnostic(DiagnosticCatalog.ContentTooLong, new QuerySpan(0, content.Length), what, Int(content.Length), Int(ConnectLimits.MaxContentLength)));
            }

            if (JsonValidator.FindFirstError(content, cancellationToken) is JsonError error)
            {
                int length = error.Offset >= content.Length ? 0
                    : char.IsHighSurrogate(content[error.Offset]) && error.Offset + 1 < content.Length ? 2
                    : 1;
                (int line, int column) = LineAndColumn(content, error.Offset);
                problems.Add(new QueryDiagnostic(DiagnosticCatalog.ContentNotJson, new QuerySpan(error.Offset, length), what, error.Message, Int(line), Int(column)));
            }

            return problems;
        }

        /// <summary>1-based, counting '\n' as the line break (a "\r\n" pair ends one line).</summary>
        private static (int Line, int Column) LineAndColumn(string text, int offset)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, offset - lineStart + 1);
        }

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
