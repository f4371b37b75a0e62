using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ConnectFlowQueries.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ConnectFlowQueries.Tests.Generation
{
    /// <summary>
    /// The run-time goal ("within 1.1x of the same hand-written object initializer, with equal allocations"), shown
    /// exactly rather than timed: a generated method compiles to the very IL of the argument checks and initializer a
    /// developer writes by hand, so the JIT makes the same machine code of both. The benchmarks time it besides
    /// (docs/performance.md, "Run time").
    /// </summary>
    public class GeneratedCodeCostTests
    {
        public static TheoryData<string, string, string, string> Cases() => new()
        {
            {
                // The run-time benchmark's request (benchmarks/ConnectFlowQueries.Benchmarks/RunTimeRequests.cs).
                "[FlowQuery(\"name *= {text} and (type = CONTACT_FLOW or type = CUSTOMER_QUEUE) and status = PUBLISHED and tag:Department = {department}\")]",
                "SearchContactFlowsRequest",
                "string instanceId, string text, string department",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = instanceId,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria
                            {
                                StringCondition = new StringCondition { FieldName = "name", Value = text, ComparisonType = StringComparisonType.CONTAINS },
                            },
                            new ContactFlowSearchCriteria
                            {
                                OrConditions = new List<ContactFlowSearchCriteria>
                                {
                                    new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CONTACT_FLOW },
                                    new ContactFlowSearchCriteria { TypeCondition = ContactFlowType.CUSTOMER_QUEUE },
                                },
                            },
                            new ContactFlowSearchCriteria { StatusCondition = ContactFlowStatus.PUBLISHED },
                        },
                    },
                    SearchFilter = new ContactFlowSearchFilter
                    {
                        TagFilter = new ControlPlaneTagFilter { TagCondition = new TagCondition { TagKey = "Department", TagValue = department } },
                    },
                }
                """
            },
            {
                // Paging members, an enum placeholder and a tag AND.
                "[FlowQuery(\"description *= 'after hours' and status = {status} and tag:Team = 'ops' and tag['cost center'] = {center}\", MaxResults = 50)]",
                "SearchContactFlowsRequest",
                "string instanceId, ContactFlowStatus status, string center, string? nextToken",
                """
                new SearchContactFlowsRequest
                {
                    InstanceId = instanceId,
                    MaxResults = 50,
                    NextToken = nextToken,
                    SearchCriteria = new ContactFlowSearchCriteria
                    {
                        AndConditions = new List<ContactFlowSearchCriteria>
                        {
                            new ContactFlowSearchCriteria
                            {
                                StringCondition = new StringCondition { FieldName = "description", Value = "after hours", ComparisonType = StringComparisonType.CONTAINS },
                            },
                            new ContactFlowSearchCriteria { StatusCondition = status },
                        },
                    },
                    SearchFilter = new ContactFlowSearchFilter
                    {
                        TagFilter = new ControlPlaneTagFilter
                        {
                            AndConditions = new List<TagCondition>
                            {
                                new TagCondition { TagKey = "Team", TagValue = "ops" },
                                new TagCondition { TagKey = "cost center", TagValue = center },
                            },
                        },
                    },
                }
                """
            },
            {
                "[FlowModuleQuery(\"name ^= 'auth' or description *= 'login'\")]",
                "SearchContactFlowModulesRequest",
                "string instanceId",
                """
                new SearchContactFlowModulesRequest
                {
                    InstanceId = instanceId,
                    SearchCriteria = new ContactFlowModuleSearchCriteria
                    {
                        OrConditions = new List<ContactFlowModuleSearchCriteria>
                        {
                            new ContactFlowModuleSearchCriteria
                            {
                                StringCondition = new StringCondition { FieldName = "name", Value = "auth", ComparisonType = StringComparisonType.STARTS_WITH },
                            },
                            new ContactFlowModuleSearchCriteria
                            {
                                StringCondition = new StringCondition { FieldName = "description", Value = "login", ComparisonType = StringComparisonType.CONTAINS },
                            },
                        },
                    },
                }
                """
            },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Generated_method_compiles_to_the_IL_of_the_hand_written_initializer(string attribute, string requestType, string parameters, string initializer)
        {
            string source = $$"""
                using System.Collections.Generic;
                using Amazon.Connect;
                using Amazon.Connect.Model;
                using ConnectFlowQueries;

                public static partial class Generated
                {
                    {{attribute}}
                    public static partial {{requestType}} Build({{parameters}});
                }

                public static class HandWritten
                {
                    public static {{requestType}} Build({{parameters}})
                    {
                {{ArgumentChecks(parameters)}}
                        return {{initializer}};
                    }
                }
                """;
            Compilation compilation = TestCompilation.Create(source);
            compilation = compilation.WithOptions(compilation.Options.WithOptimizationLevel(OptimizationLevel.Release));
            (Compilation output, _) = TestCompilation.Generate(compilation);
            Assert.Empty(TestCompilation.Diagnostics(output));

            using var image = new MemoryStream();
            Assert.True(output.Emit(image).Success);
            image.Position = 0;
            using var pe = new PEReader(image);
            MethodBody generated = MethodBody.Of(pe, "Generated", "Build");
            MethodBody handWritten = MethodBody.Of(pe, "HandWritten", "Build");

            Assert.NotEmpty(handWritten.IL);
            Assert.Equal(handWritten.IL, generated.IL); // both in one module, so member and string tokens compare too
            Assert.Equal(handWritten.MaxStack, generated.MaxStack);
            Assert.Equal(handWritten.HasLocals, generated.HasLocals);
        }

        /// <summary>The checks a careful developer writes before the initializer: the limits the service documents for the search's arguments.</summary>
        private static string ArgumentChecks(string parameters)
        {
            var checks = new List<string>
            {
                "if (instanceId is null) throw new System.ArgumentNullException(nameof(instanceId));",
                "if (instanceId.Length == 0 || instanceId.Length > 100) throw new System.ArgumentException(\"The Amazon Connect instance id has 1 to 100 characters.\", nameof(instanceId));",
            };
            if (parameters.Contains("nextToken", StringComparison.Ordinal))
            {
                checks.Add("if (nextToken != null && nextToken.Length > 2500) throw new System.ArgumentException(\"A search NextToken has at most 2500 characters.\", nameof(nextToken));");
            }

            return string.Join("\n", checks.Select(c => "        " + c));
        }

        [Fact]
        public void The_comparison_sees_a_difference_in_the_initializer()
        {
            // The same request with the two OR branches swapped: equal as a search, different as code.
            var swapped = (object[])Cases().First();
            string initializer = ((string)swapped[3]).Replace("CONTACT_FLOW }", "SWAP }").Replace("CUSTOMER_QUEUE }", "CONTACT_FLOW }").Replace("SWAP }", "CUSTOMER_QUEUE }");
            Assert.NotEqual((string)swapped[3], initializer);
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() =>
                Generated_method_compiles_to_the_IL_of_the_hand_written_initializer((string)swapped[0], (string)swapped[1], (string)swapped[2], initializer));
        }

        private sealed record MethodBody(byte[] IL, int MaxStack, bool HasLocals)
        {
            public static MethodBody Of(PEReader pe, string typeName, string methodName)
            {
                MetadataReader metadata = pe.GetMetadataReader();
                List<MethodDefinition> found = metadata.TypeDefinitions
                    .Select(metadata.GetTypeDefinition)
                    .Where(t => metadata.GetString(t.Name) == typeName)
                    .SelectMany(t => t.GetMethods().Select(metadata.GetMethodDefinition))
                    .Where(m => metadata.GetString(m.Name) == methodName)
                    .ToList();
                MethodBodyBlock body = pe.GetMethodBody(Assert.Single(found).RelativeVirtualAddress);
                return new MethodBody(body.GetILBytes() ?? Array.Empty<byte>(), body.MaxStack, !body.LocalSignature.IsNil);
            }
        }
    }
}
