using System.Threading.Tasks;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ConnectFlowQueries.Tests.RequestAnalyzers.RequestAnalyzerVerifier;

namespace ConnectFlowQueries.Tests.RequestAnalyzers
{
    /// <summary>CFQ024 on StringCondition field names in flow and module search criteria, silent where the criteria or the value are not known.</summary>
    public class SearchFieldNameAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) => Verify<SearchFieldNameAnalyzer>(body, expected);

        // ---- CFQ024: StringCondition.FieldName in search criteria ----

        [Fact]
        public Task FieldNamesInFlowAndModuleCriteriaAreChecked() => Verify("""
            class C
            {
                void M(ContactFlowSearchCriteria criteria)
                {
                    var flows = new ContactFlowSearchCriteria
                    {
                        StringCondition = new StringCondition { FieldName = {|#0:"nmae"|}, Value = "x", ComparisonType = StringComparisonType.EXACT },
                    };
                    var modules = new ContactFlowModuleSearchCriteria { StringCondition = new() { FieldName = {|#1:"Name"|} } };
                    criteria.StringCondition.FieldName = {|#2:"title"|};
                    var fine = new ContactFlowModuleSearchCriteria { StringCondition = new StringCondition { FieldName = "description" } };
                }
            }
            """,
            Expect(DiagnosticCatalog.InvalidStringConditionField, 0, "nmae", "contact flows", " (did you mean 'name'?)", "name, description"),
            Expect(DiagnosticCatalog.InvalidStringConditionField, 1, "Name", "contact flow modules", " (did you mean 'name'?)", "name, description"),
            Expect(DiagnosticCatalog.InvalidStringConditionField, 2, "title", "contact flows", string.Empty, "name, description"));

        [Fact]
        public Task FieldNamesOutsideSearchCriteriaOrNotConstantAreNotChecked() => Verify("""
            class C
            {
                void M(string fromUser)
                {
                    var alone = new StringCondition { FieldName = "resourceType" };
                    alone.FieldName = "anything";
                    var flows = new ContactFlowSearchCriteria { StringCondition = new StringCondition { FieldName = fromUser } };
                }
            }
            """);
    }
}
