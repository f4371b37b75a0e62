using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// An older AWSSDK.Connect shape, compiled in memory from the stand-in's own sources (embedded in this
    /// assembly) minus the members newer than the 2024-05 API change: ContactFlowType.CAMPAIGN,
    /// ContactFlowModuleSearchCriteria.StateCondition / StatusCondition and ContactFlowSearchFilter.FlowAttributeFilter.
    /// </summary>
    internal static class SdkVariants
    {
        private static readonly System.Lazy<MetadataReference> Older = new(CompileOlderSdk);

        public static ImmutableArray<MetadataReference> OlderSdkReferences =>
            Net80.References.All.Cast<MetadataReference>()
                .Append(TestCompilation.SdkReferences[0]) // ConnectFlowQueries attributes
                .Append(Older.Value)
                .Append(TestCompilation.SdkReferences[2]) // AWSSDK.Core
                .ToImmutableArray();

        private static MetadataReference CompileOlderSdk()
        {
            Assembly assembly = typeof(SdkVariants).Assembly;
            var trees = assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith("StandIn/", System.StringComparison.Ordinal))
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    string text = reader.ReadToEnd();
                    if (name.EndsWith("ServiceEnumerations.cs", System.StringComparison.Ordinal))
                    {
                        text = Regex.Replace(text, @"^.*\bCAMPAIGN\b.*$", string.Empty, RegexOptions.Multiline);
                    }
                    else if (name.EndsWith("ContactFlowModuleSearchCriteria.cs", System.StringComparison.Ordinal))
                    {
                        text = Regex.Replace(text, @"^.*\b(StateCondition|StatusCondition)\b.*$", string.Empty, RegexOptions.Multiline);
                    }
                    else if (name.EndsWith("ContactFlowSearchFilter.cs", System.StringComparison.Ordinal))
                    {
                        text = Regex.Replace(text, @"^.*\bFlowAttributeFilter\b.*$", string.Empty, RegexOptions.Multiline);
                    }

                    return CSharpSyntaxTree.ParseText(text, path: name);
                })
                .ToList();
            Assert.NotEmpty(trees);

            CSharpCompilation compilation = CSharpCompilation.Create(
                "AWSSDK.Connect",
                trees,
                Net80.References.All.Cast<MetadataReference>().Append(TestCompilation.SdkReferences[2]),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }
    }
}
