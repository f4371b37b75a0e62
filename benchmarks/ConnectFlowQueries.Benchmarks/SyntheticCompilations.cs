using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// Parsed, ready-to-compile synthetic projects. Benchmarks time <see cref="Compilation.Clone"/>s of these:
    /// a clone shares the parsed trees but none of the bound symbols, so every timed run binds from scratch,
    /// as a build does, while parsing the user's files (the same for every contender) stays out of the figures.
    /// </summary>
    internal sealed class SyntheticCompilations
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp14);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(() =>
            InstalledSdk.ReferenceAssemblies()
                .Append(MetadataReference.CreateFromFile(typeof(FlowQueryAttribute).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.Connect.Model.SearchContactFlowsRequest).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(Amazon.Runtime.ConstantClass).Assembly.Location))
                .ToImmutableArray());

        /// <summary>The installed SDK's reference assemblies, the attributes, the AWSSDK.Connect stand-in and AWSSDK.Core.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        private SyntheticCompilations(CSharpCompilation user, CSharpCompilation withGenerated, ReplayGenerator replay)
        {
            User = user;
            WithGenerated = withGenerated;
            Replay = replay;
        }

        /// <summary>The user's files only: what the generators see.</summary>
        public CSharpCompilation User { get; }

        /// <summary>The user's files plus the generated ones: what the compiler and the analyzers see.</summary>
        public CSharpCompilation WithGenerated { get; }

        /// <summary>Adds the very text our generator produced for <see cref="User"/>.</summary>
        public ReplayGenerator Replay { get; }

        /// <summary>A fresh driver's run on a fresh clone of <see cref="User"/>, its output parsed.</summary>
        public GeneratorDriver Generate(IIncrementalGenerator generator) => RunAndParse(Driver(generator), User.Clone());

        /// <summary>
        /// Runs the generators and parses what they added. The driver parses generated files lazily, when the compiler
        /// first reads them; a build always does, so the output's size is part of what a generator costs.
        /// </summary>
        public static GeneratorDriver RunAndParse(GeneratorDriver driver, Compilation compilation)
        {
            driver = driver.RunGenerators(compilation);
            foreach (SyntaxTree tree in driver.GetRunResult().GeneratedTrees)
            {
                tree.GetRoot();
            }

            return driver;
        }

        public static SyntheticCompilations ForQueryMethods(int methodCount) => Create(SyntheticSource.QueryFiles(methodCount));

        public static SyntheticCompilations ForLongQuery(int queryLength) => Create(new[] { SyntheticSource.LongQueryFile(queryLength) });

        public static CSharpCompilation ForRegexMethods(int methodCount) => Compile("Patterns", SyntheticSource.RegexFiles(methodCount));

        public static GeneratorDriver Driver(params ISourceGenerator[] generators) =>
            CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions);

        public static GeneratorDriver Driver(params IIncrementalGenerator[] generators) =>
            Driver(generators.Select(GeneratorExtensions.AsSourceGenerator).ToArray());

        private static SyntheticCompilations Create(IReadOnlyList<string> files)
        {
            CSharpCompilation user = Compile("Queries", files);
            Driver(new FlowQueryGenerator()).RunGeneratorsAndUpdateCompilation(user, out Compilation withGenerated, out ImmutableArray<Diagnostic> diagnostics);
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException("The generator reported: " + string.Join(Environment.NewLine, diagnostics));
            }

            var generated = withGenerated.SyntaxTrees.Skip(user.SyntaxTrees.Length).ToList();
            return new SyntheticCompilations(user, (CSharpCompilation)withGenerated, ReplayGenerator.Of(generated));
        }

        private static CSharpCompilation Compile(string assemblyName, IReadOnlyList<string> files) =>
            Compile(assemblyName, files.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"File{i}.cs")));

        /// <param name="concurrentBuild">False to compile on the calling thread only, to count its CPU time (<see cref="CpuTimes"/>).</param>
        public static CSharpCompilation Compile(string assemblyName, IEnumerable<SyntaxTree> trees, bool concurrentBuild = true) =>
            CSharpCompilation.Create(
                assemblyName,
                trees,
                LazyReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                    optimizationLevel: OptimizationLevel.Release, concurrentBuild: concurrentBuild));
    }
}
