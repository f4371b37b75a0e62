using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Basic.Reference.Assemblies;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>In-memory compilations against .NET 8 reference assemblies, the attributes and the AWSSDK.Connect stand-in.</summary>
    internal static class TestCompilation
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);

        public static readonly ImmutableArray<MetadataReference> SdkReferences = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(typeof(FlowQueryAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Amazon.Connect.Model.SearchContactFlowsRequest).Assembly.Location),
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "AWSSDK.Core.dll")));

        public static readonly ImmutableArray<MetadataReference> References = Net80.References.All.Cast<MetadataReference>().Concat(SdkReferences).ToImmutableArray();

        public static CSharpCompilation Create(string source, ImmutableArray<MetadataReference>? references = null, string assemblyName = "UserCode") =>
            CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Query.cs") },
                references ?? References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorDriver CreateDriver(bool trackSteps = true) =>
            CSharpGeneratorDriver.Create(
                new[] { new FlowQueryGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>
        /// Runs the generator; fails the test if it threw. Its own diagnostics (the method-shape rules) are in
        /// <see cref="GeneratorDriverRunResult.Diagnostics"/>: each must be one of ours, at least one character wide (but for
        /// an internal error found while writing, which has no location).
        /// </summary>
        public static (Compilation Output, GeneratorDriverRunResult Result) Generate(Compilation compilation)
        {
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            Assert.All(generatorDiagnostics, d =>
            {
                Assert.StartsWith("CFQ", d.Id);
                // CFQ029 from writing a method or the extensions has no location: the generator keeps none by then.
                Assert.True(d.Location.SourceSpan.Length > 0 || (d.Id == "CFQ029" && d.Location == Location.None), d.ToString());
            });
            return (output, result);
        }

        /// <summary>The generated method implementations: the run-time request extensions every compilation here gets (it references the SDK and the library) are left out; RuntimeExtensionTests covers them.</summary>
        public static ImmutableArray<GeneratedSourceResult> MethodSources(GeneratorDriverRunResult result) =>
            result.Results.SelectMany(r => r.GeneratedSources).Where(s => s.HintName != RuntimeExtensionEmitter.HintName).ToImmutableArray();

        public static string GeneratedText(GeneratorDriverRunResult result) =>
            string.Join("\n", MethodSources(result).Select(s => s.SourceText.ToString()));

        /// <summary>Compiler plus analyzer warnings and errors of the compilation (generated code included).</summary>
        public static ImmutableArray<Diagnostic> Diagnostics(Compilation compilation)
        {
            CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FlowQueryAnalyzer()));
            ImmutableArray<Diagnostic> all = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Assert.DoesNotContain(all, d => d.Id is "AD0001" or "CS8785");
            return all.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        }

        /// <summary>Generates, asserts that the result compiles with no error or warning, and loads it.</summary>
        public static Assembly GenerateAndLoad(string source)
        {
            (Compilation output, GeneratorDriverRunResult result) = Generate(Create(source));
            Assert.Empty(result.Diagnostics);
            ImmutableArray<Diagnostic> diagnostics = Diagnostics(output);
            Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));
            return Load(output);
        }

        public static Assembly Load(Compilation compilation)
        {
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            stream.Position = 0;

            // Collectible, and resolving AWSSDK.Connect from the default context, so the types are the test's own.
            var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            return context.LoadFromStream(stream);
        }

        public static object? Invoke(Assembly assembly, string typeName, string methodName, params object?[] arguments)
        {
            Type type = assembly.GetType(typeName, throwOnError: true)!;
            MethodInfo method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)!;
            object? instance = method.IsStatic ? null : Activator.CreateInstance(type);
            return method.Invoke(instance, arguments);
        }
    }
}
