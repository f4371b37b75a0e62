using System;
using System.Linq;
using ConnectFlowQueries.Generator;
using ConnectFlowQueries.Language;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// The emitter writes a type's methods into one file. If writing one of them throws halfway, the file must not keep
    /// the half-written method: the method gets the body that only throws, and its neighbours are untouched.
    /// </summary>
    public class EmitterFallbackTests
    {
        private const string Source = """
            using Amazon.Connect.Model;
            using ConnectFlowQueries;
            namespace N
            {
                public static partial class Outer
                {
                    public static partial class Flows
                    {
                        [FlowQuery("name = 'first'")]
                        public static partial SearchContactFlowsRequest First(string instanceId);
                        [FlowQuery("(name ^= 'a' or description *= 'b') and status = PUBLISHED")]
                        public static partial SearchContactFlowsRequest Second(string instanceId);
                        [FlowQuery("name = 'third' and tag:Team = 'ops'")]
                        public static partial SearchContactFlowsRequest Third(string instanceId);
                    }
                }
            }
            """;

        [Fact]
        public void AMethodWhoseEmitThrowsMidwayGetsTheThrowingBodyAndItsNeighboursAreIntact()
        {
            (GeneratedFile file, SdkModel sdk) = FileAndSdk();
            Func<MethodModel, BoundQuery?> bind = method => FlowQueryGenerator.Bind(method, sdk, default);

            // A bound query the emitter fails on deep inside the criteria, after it has written and indented several lines
            // of the method: a string condition without a value.
            BoundQuery second = bind(file.Methods.Single(m => m.Name == "Second"))!;
            var broken = second with
            {
                Criteria = new BoundLogical(LogicalOperator.And, new EquatableArray<BoundCriteria>(new BoundCriteria[]
                {
                    second.Criteria!,
                    new BoundStringCondition("name", null!, StringMatch.Exact),
                })),
            };

            string withFailure = FlowQueryEmitter.EmitFile(file, method => method.Name == "Second" ? broken : bind(method));
            string withThrowingBody = FlowQueryEmitter.EmitFile(file, method => method.Name == "Second" ? null : bind(method));

            Assert.Equal(withThrowingBody, withFailure);

            // Binding throwing (the generator's bind has no catch of its own) ends the same way.
            Assert.Equal(withThrowingBody, FlowQueryEmitter.EmitFile(file, method => method.Name == "Second" ? throw new InvalidOperationException("bind") : bind(method)));
            Assert.Contains("The [FlowQuery] method Second is invalid", withFailure);
            Assert.Contains("Value = \"first\"", withFailure);
            Assert.Contains("TagValue = \"ops\"", withFailure);

            // And what the generator writes when nothing fails is the same file with Second's real body.
            string generated = FlowQueryGenerator.Generate(file, sdk, default);
            Assert.Equal(FlowQueryEmitter.EmitFile(file, bind), generated);
            Assert.NotEqual(generated, withFailure);
        }

        [Fact]
        public void TheFileWithTheFallbackBodyCompilesAndTheOtherMethodsWork()
        {
            (GeneratedFile file, SdkModel sdk) = FileAndSdk();
            Func<MethodModel, BoundQuery?> bind = method => FlowQueryGenerator.Bind(method, sdk, default);
            string text = FlowQueryEmitter.EmitFile(file, method => method.Name == "Second"
                ? new BoundQuery(QueryTarget.Flows, new BoundStringCondition("name", null!, StringMatch.Exact), null)
                : bind(method));

            Compilation compilation = WithGeneratedFile(text);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            var assembly = TestCompilation.Load(compilation);
            var first = (Amazon.Connect.Model.SearchContactFlowsRequest)TestCompilation.Invoke(assembly, "N.Outer+Flows", "First", "i")!;
            Assert.Equal("first", first.SearchCriteria.StringCondition.Value);
            var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => TestCompilation.Invoke(assembly, "N.Outer+Flows", "Second", "i"));
            Assert.IsType<InvalidOperationException>(error.InnerException);
        }

        /// <summary>The generator's own file model and SDK model for <see cref="Source"/>, taken from its tracked steps.</summary>
        private static (GeneratedFile File, SdkModel Sdk) FileAndSdk()
        {
            GeneratorRunResult result = TestCompilation.CreateDriver().RunGenerators(TestCompilation.Create(Source)).GetRunResult().Results[0];
            var file = (GeneratedFile)Assert.Single(result.TrackedSteps[FlowQueryGenerator.Steps.Files].SelectMany(step => step.Outputs)).Value;
            var sdk = (SdkModel)result.TrackedSteps[FlowQueryGenerator.Steps.Sdk][0].Outputs[0].Value;
            Assert.Equal(new[] { "First", "Second", "Third" }, file.Methods.Select(m => m.Name));
            return (file, sdk);
        }

        /// <summary>The user's source plus <paramref name="generated"/> in place of the generator's file.</summary>
        private static Compilation WithGeneratedFile(string generated) =>
            TestCompilation.Create(Source).AddSyntaxTrees(
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(generated, TestCompilation.ParseOptions, path: "N.Outer.Flows.g.cs"));
    }
}
