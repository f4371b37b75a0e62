using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Generator.RequestAnalyzers;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Package;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConnectFlowQueries.Tests
{
    /// <summary>
    /// Every rule is written down in several places users and tools read: the language's catalog, the Roslyn descriptors,
    /// AnalyzerReleases, a page per id, docs/diagnostics.md and the README's table. They must agree, id by id.
    /// </summary>
    public class DiagnosticCatalogTests
    {
        private static readonly string Root = DotNetCli.RepositoryRoot();

        public static TheoryData<string> Ids() => new(DiagnosticCatalog.All.Select(d => d.Id));

        [Fact]
        public void TheDescriptorsAreTheCatalogs()
        {
            Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(d => d.Id).Distinct().Count());
            foreach (QueryDiagnosticDescriptor rule in DiagnosticCatalog.All)
            {
                DiagnosticDescriptor descriptor = DiagnosticDescriptors.Get(rule);
                Assert.Equal((rule.Title, rule.MessageFormat, rule.Category, Severity(rule), rule.HelpLink),
                    (descriptor.Title.ToString(), descriptor.MessageFormat.ToString(), descriptor.Category, descriptor.DefaultSeverity, descriptor.HelpLinkUri));
            }
        }

        [Fact]
        public void EachAnalyzerSupportsTheRulesTheCatalogSaysItReports()
        {
            Assert.All(DiagnosticCatalog.All, rule => Assert.Equal(rule, DiagnosticCatalog.All[rule.Ordinal]));
            Assert.All(DiagnosticCatalog.All, rule => Assert.NotEqual(DiagnosticReporters.None, rule.Reporters));

            var analyzers = typeof(FlowQueryGenerator).Assembly.GetTypes()
                .Where(t => typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
                .Select(t => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToList();
            Assert.NotEmpty(analyzers);
            var supported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal);
            var declared = DiagnosticCatalog.All.Where(r => (r.Reporters & ~DiagnosticReporters.Generator) != 0).Select(r => r.Id);
            Assert.Equal(declared, supported);
            Assert.All(analyzers, a => Assert.All(a.SupportedDiagnostics, d => Assert.Same(DiagnosticDescriptors.All.Single(x => x.Id == d.Id), d)));

            // Each analyzer supports exactly the rules of its own column, in catalog order, and no column is left without its analyzer.
            Assert.Equal(ReporterOf.Keys.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal), analyzers.Select(a => a.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(analyzers, analyzer => Assert.Equal(
                DiagnosticCatalog.All.Where(r => (r.Reporters & ReporterOf[analyzer.GetType()]) != 0).Select(r => r.Id),
                analyzer.SupportedDiagnostics.Select(d => d.Id)));
            var columns = Enum.GetValues<DiagnosticReporters>().Where(r => r is not DiagnosticReporters.None and not DiagnosticReporters.All).ToList();
            Assert.All(columns, r => Assert.True(((int)r & ((int)r - 1)) == 0, $"{r} is one flag"));
            Assert.Equal(DiagnosticReporters.All, columns.Aggregate(DiagnosticReporters.None, (all, r) => all | r));
            Assert.Equal(columns.Where(r => r != DiagnosticReporters.Generator), ReporterOf.Values.OrderBy(r => r));
        }

        /// <summary>Each analyzer's column in the catalog.</summary>
        private static readonly Dictionary<Type, DiagnosticReporters> ReporterOf = new()
        {
            [typeof(FlowQueryAnalyzer)] = DiagnosticReporters.QueryAnalyzer,
            [typeof(FlowContentAnalyzer)] = DiagnosticReporters.FlowContentAnalyzer,
            [typeof(SdkEnumValueAnalyzer)] = DiagnosticReporters.SdkEnumValueAnalyzer,
            [typeof(SearchFieldNameAnalyzer)] = DiagnosticReporters.SearchFieldNameAnalyzer,
            [typeof(RequestMemberAnalyzer)] = DiagnosticReporters.RequestMemberAnalyzer,
            [typeof(ConvertToFlowQueryAnalyzer)] = DiagnosticReporters.ConvertToFlowQueryAnalyzer,
        };

        [Theory]
        [MemberData(nameof(Ids))]
        public void EachIdIsReleasedDocumentedAndListed(string id)
        {
            QueryDiagnosticDescriptor rule = DiagnosticCatalog.All.Single(d => d.Id == id);
            string severity = Severity(rule).ToString();

            Assert.Contains($"{id} | {rule.Category} | {severity} | {rule.Title}", Releases());

            string page = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics", id + ".md"));
            Assert.StartsWith($"# {id}: {rule.Title}", page);
            Assert.Contains($"**Severity:** {severity} · **Category:** {rule.Category}", page);

            string index = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"));
            Assert.Matches(new Regex($@"^\| \[{id}\]\(diagnostics/{id}\.md\) \| {severity} \| {Regex.Escape(rule.Title)} \|", RegexOptions.Multiline), index);

            string readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            Assert.Matches(new Regex($@"^\| \[{id}\]\(docs/diagnostics/{id}\.md\) \| {severity} \|", RegexOptions.Multiline), readme);
        }

        [Fact]
        public void NoPageOrRowNamesAnIdTheCatalogDoesNotHave()
        {
            var ids = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet();
            Assert.All(Directory.GetFiles(Path.Combine(Root, "docs", "diagnostics"), "CFQ*.md"), page => Assert.Contains(Path.GetFileNameWithoutExtension(page), ids));
            Assert.All(Regex.Matches(Releases(), @"^(CFQ\d{3}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value), id => Assert.Contains(id, ids));
        }

        /// <summary>The shipped and unshipped release notes: a shipped rule moves from one to the other.</summary>
        private static string Releases() =>
            File.ReadAllText(Path.Combine(Root, "src", "ConnectFlowQueries.Generator", "AnalyzerReleases.Shipped.md")) +
            File.ReadAllText(Path.Combine(Root, "src", "ConnectFlowQueries.Generator", "AnalyzerReleases.Unshipped.md"));

        private static DiagnosticSeverity Severity(QueryDiagnosticDescriptor rule) => rule.Severity switch
        {
            QuerySeverity.Error => DiagnosticSeverity.Error,
            QuerySeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
