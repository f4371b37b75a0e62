using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConnectFlowQueries.Benchmarks
{
    /// <summary>
    /// <c>--allocations [methods]</c>: the bytes one method's reading (symbol to model; besides, what Roslyn allocates
    /// binding the signature the reader looks at), parse + bind and emit allocate, per synthetic query shape, beside the
    /// size of the file it produces. Allocations are exact and independent of load, so this is how the
    /// emitter's overhead above its own output is tracked (docs/performance.md).
    /// </summary>
    internal static class GenerateAllocations
    {
        public static int Run(int methodCount)
        {
            SyntheticCompilations project = SyntheticCompilations.ForQueryMethods(methodCount);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new FlowQueryGenerator().AsSourceGenerator() },
                parseOptions: SyntheticCompilations.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            GeneratorRunResult result = driver.RunGenerators(project.User.Clone()).GetRunResult().Results[0];
            var sdk = (SdkModel)result.TrackedSteps[FlowQueryGenerator.Steps.Sdk][0].Outputs[0].Value;
            List<MethodModel> methods = result.TrackedSteps[FlowQueryGenerator.Steps.FlowMethods]
                .Concat(result.TrackedSteps[FlowQueryGenerator.Steps.ModuleMethods])
                .SelectMany(step => step.Outputs)
                .Select(output => ((QueryMethod)output.Value).Model!)
                .ToList();

            var byShape = new SortedDictionary<string, Shape>(StringComparer.Ordinal);
            for (int round = 0; round < 3; round++) // the last round counts: the first ones warm up the JIT and the cached builder
            {
                byShape.Clear();
                Dictionary<string, (long Read, long Signature)> readBytes = ReadAllocations(project.User.Clone());
                foreach (MethodModel method in methods)
                {
                    // Emitted as a file of its own: the file's header, a few hundred bytes, counts with the method.
                    GeneratedFile file = GeneratedFile.GroupByType(ImmutableArray.Create(method), ImmutableArray<MethodModel>.Empty)[0];
                    BoundQuery? query = null;
                    Func<MethodModel, BoundQuery?> boundQuery = _ => query; // made before the count starts
                    long start = GC.GetAllocatedBytesForCurrentThread();
                    query = QueryBinder.Bind(method.QueryText, sdk.For(method.Target), method.QueryParameters).Query;
                    long bound = GC.GetAllocatedBytesForCurrentThread();
                    string text = FlowQueryEmitter.EmitFile(file, boundQuery);
                    long emitted = GC.GetAllocatedBytesForCurrentThread();

                    string shape = Regex.Replace(method.QueryText, "[0-9]+", "#"); // one shape, whatever the method's number
                    string key = $"{method.Target} {method.ReturnKind}: {shape.Substring(0, Math.Min(30, shape.Length))}";
                    byShape[key] = (byShape.TryGetValue(key, out Shape s) ? s : default).Add(readBytes[method.Name], bound - start, emitted - bound, text.Length);
                }
            }

            Console.WriteLine($"{"shape",-50} {"methods",8} {"read B",8} {"+sig B",8} {"bind B",8} {"emit B",8} {"file chars",10}");
            foreach (KeyValuePair<string, Shape> pair in byShape)
            {
                Shape s = pair.Value;
                Console.WriteLine($"{pair.Key,-50} {s.Count,8} {s.Read / s.Count,8} {s.Signature / s.Count,8} {s.Bind / s.Count,8} {s.Emit / s.Count,8} {s.Chars / s.Count,10}");
            }

            return 0;
        }

        /// <summary>
        /// What <see cref="FlowQueryMethodReader.Read"/> allocates per method, by name (the synthetic methods' names are unique): its own (a second read of the
        /// same symbol) and what Roslyn adds binding the signature on the reader's first look at the return and parameter
        /// types (the first read minus the second). Finding the symbol and its attributes is left out: ForAttributeWithMetadataName
        /// hands both to the generator.
        /// </summary>
        private static Dictionary<string, (long Read, long Signature)> ReadAllocations(Compilation compilation)
        {
            var found = new List<(IMethodSymbol Method, AttributeData Attribute, QueryTarget Target)>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (MethodDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    var method = (IMethodSymbol)model.GetDeclaredSymbol(declaration)!;
                    foreach (AttributeData attribute in method.GetAttributes())
                    {
                        if (FlowQueryMethodReader.TargetOf(attribute) is QueryTarget target)
                        {
                            found.Add((method, attribute, target));
                        }
                    }
                }
            }

            var bytes = new Dictionary<string, (long Read, long Signature)>(StringComparer.Ordinal);
            foreach ((IMethodSymbol method, AttributeData attribute, QueryTarget target) in found)
            {
                long start = GC.GetAllocatedBytesForCurrentThread();
                FlowQueryMethodReader.Read(method, attribute, target, compilation, default);
                long first = GC.GetAllocatedBytesForCurrentThread();
                MethodModel model = FlowQueryMethodReader.Read(method, attribute, target, compilation, default).Model!;
                long second = GC.GetAllocatedBytesForCurrentThread() - first;
                bytes[model.Name] = (second, first - start - second);
            }

            return bytes;
        }

        private readonly struct Shape
        {
            private Shape(int count, long read, long signature, long bind, long emit, long chars)
            {
                Count = count;
                Read = read;
                Signature = signature;
                Bind = bind;
                Emit = emit;
                Chars = chars;
            }

            public int Count { get; }

            public long Read { get; }

            public long Signature { get; }

            public long Bind { get; }

            public long Emit { get; }

            public long Chars { get; }

            public Shape Add((long Read, long Signature) read, long bind, long emit, int chars) =>
                new Shape(Count + 1, Read + read.Read, Signature + read.Signature, Bind + bind, Emit + emit, Chars + chars);
        }
    }
}
