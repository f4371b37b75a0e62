using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Connect;
using Amazon.Runtime;
using Xunit;

namespace ConnectFlowQueries.Tests.StandIn
{
    /// <summary>
    /// The AWSSDK.Connect stand-in against the newest service model (Fixtures/connect-flows-botocore-1.43.67.shapes.json,
    /// extracted from botocore 1.43.67): every operation it declares, and every request, response, structure and enum
    /// they reach, member by member, with the .NET types and [AWSProperty] traits the v4 SDK generates from the model
    /// (optional value types nullable, lists of enum values as List&lt;string&gt;); and nothing the model does not have.
    /// </summary>
    public class StandInModelTests
    {
        private const string ModelNamespace = "Amazon.Connect.Model";
        private const string ConnectNamespace = "Amazon.Connect";

        private static readonly Assembly Sdk = typeof(IAmazonConnect).Assembly;

        private static readonly JsonElement Fixture = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "connect-flows-botocore-1.43.67.shapes.json"))).RootElement;

        private static JsonElement Shapes => Fixture.GetProperty("shapes");

        private static IEnumerable<(string Name, string Input, string Output)> Operations =>
            Fixture.GetProperty("operations").EnumerateObject().Select(o =>
                (o.Name, o.Value.GetProperty("input").GetProperty("shape").GetString()!, o.Value.GetProperty("output").GetProperty("shape").GetString()!));

        [Fact]
        public void TheClientDeclaresExactlyTheOperationsOfTheFixtureWithTheSdksSignatures()
        {
            var problems = new List<string>();
            MethodInfo[] methods = typeof(IAmazonConnect).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            foreach ((string name, _, _) in Operations)
            {
                MethodInfo? method = methods.SingleOrDefault(m => m.Name == name + "Async");
                if (method is null)
                {
                    problems.Add($"{name}: no {name}Async");
                    continue;
                }

                ParameterInfo[] parameters = method.GetParameters();
                if (method.ReturnType != typeof(Task<>).MakeGenericType(ModelType(name + "Response")) ||
                    parameters.Length != 2 || parameters[0].ParameterType != ModelType(name + "Request") ||
                    parameters[1].ParameterType != typeof(CancellationToken) || !parameters[1].HasDefaultValue)
                {
                    problems.Add($"{name}Async: {method}");
                }
            }

            problems.AddRange(methods.Select(m => m.Name).Except(Operations.Select(o => o.Name + "Async")).Select(m => $"{m}: not an operation of the fixture"));
            Assert.Empty(problems);
            Assert.Equal(21, Operations.Count()); // the fixture is not empty by accident
        }

        [Fact]
        public void EveryRequestResponseAndStructureMatchesTheModelMemberByMember()
        {
            var problems = new List<string>();
            foreach ((string typeName, string shapeName, Type? baseType) in ExpectedModelTypes())
            {
                Type? type = Sdk.GetType(ModelNamespace + "." + typeName);
                if (type is null)
                {
                    problems.Add($"{typeName}: missing");
                    continue;
                }

                if (type.BaseType != (baseType ?? typeof(object)))
                {
                    problems.Add($"{typeName}: derives from {type.BaseType}, expected {baseType ?? typeof(object)}");
                }

                if (type.GetConstructors().Length != 1 || type.GetConstructor(Type.EmptyTypes) is null)
                {
                    problems.Add($"{typeName}: constructors other than the parameterless one");
                }

                JsonElement shape = Shapes.GetProperty(shapeName);
                var required = shape.TryGetProperty("required", out JsonElement r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : new HashSet<string>();
                var members = shape.GetProperty("members").EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetProperty("shape").GetString()!);
                PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
                problems.AddRange(properties.Select(p => p.Name).Except(members.Keys).Select(p => $"{typeName}.{p}: not a member of {shapeName}"));
                foreach ((string member, string memberShape) in members)
                {
                    PropertyInfo? property = properties.SingleOrDefault(p => p.Name == member);
                    if (property is null)
                    {
                        problems.Add($"{typeName}.{member}: missing");
                        continue;
                    }

                    Type expected = DotNetType(memberShape);
                    if (property.PropertyType != expected || property.GetMethod?.IsPublic != true || property.SetMethod?.IsPublic != true)
                    {
                        problems.Add($"{typeName}.{member}: {expected} {{ get; set; }} expected, found {property.PropertyType}");
                    }

                    string expectedTraits = ExpectedTraits(Shapes.GetProperty(memberShape), required.Contains(member));
                    string actualTraits = ActualTraits(property);
                    if (expectedTraits != actualTraits)
                    {
                        problems.Add($"{typeName}.{member}: [AWSProperty({actualTraits})], the model gives [AWSProperty({expectedTraits})]");
                    }
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void TheStandInDeclaresNoModelTypeOrEnumTheFixtureLacks()
        {
            var expected = ExpectedModelTypes().Select(t => ModelNamespace + "." + t.TypeName)
                .Concat(EnumShapes().Select(e => ConnectNamespace + "." + e.Name))
                .ToHashSet();
            IEnumerable<string> declared = Sdk.GetExportedTypes()
                .Where(t => t.Namespace == ModelNamespace || (t.Namespace == ConnectNamespace && typeof(ConstantClass).IsAssignableFrom(t)))
                .Select(t => t.FullName!);

            Assert.Empty(declared.Except(expected));
            Assert.Contains(ModelNamespace + ".CreateContactFlowModuleAliasRequest", expected);
        }

        [Fact]
        public void EveryEnumHasExactlyTheValuesOfTheModel()
        {
            var problems = new List<string>();
            foreach ((string name, string[] values) in EnumShapes())
            {
                Type? type = Sdk.GetType(ConnectNamespace + "." + name);
                if (type is null || type.BaseType != typeof(ConstantClass))
                {
                    problems.Add($"{name}: no ConstantClass of that name");
                    continue;
                }

                FieldInfo[] fields = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type && f.IsInitOnly).ToArray();
                string[] declared = fields.Select(f => ((ConstantClass)f.GetValue(null)!).Value).OrderBy(v => v, StringComparer.Ordinal).ToArray();
                if (!declared.SequenceEqual(values.OrderBy(v => v, StringComparer.Ordinal)) || fields.Any(f => f.Name != ((ConstantClass)f.GetValue(null)!).Value))
                {
                    problems.Add($"{name}: {string.Join(", ", declared)}; the model has {string.Join(", ", values)}");
                }
            }

            Assert.Empty(problems);
        }

        /// <summary>Each operation's request and response (named after the operation, as the SDK does) and every structure they reach.</summary>
        private static IEnumerable<(string TypeName, string ShapeName, Type? BaseType)> ExpectedModelTypes()
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            foreach ((string name, string input, string output) in Operations)
            {
                reached.Add(input);
                reached.Add(output);
                yield return (name + "Request", input, typeof(AmazonConnectRequest));
                yield return (name + "Response", output, typeof(AmazonWebServiceResponse));
            }

            foreach (JsonProperty shape in Shapes.EnumerateObject())
            {
                if (shape.Value.GetProperty("type").GetString() == "structure" && !reached.Contains(shape.Name))
                {
                    yield return (shape.Name, shape.Name, null);
                }
            }
        }

        private static IEnumerable<(string Name, string[] Values)> EnumShapes() =>
            Shapes.EnumerateObject()
                .Where(s => s.Value.TryGetProperty("enum", out _))
                .Select(s => (s.Name, s.Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray()));

        private static Type ModelType(string name) =>
            Sdk.GetType(ModelNamespace + "." + name) ?? throw new InvalidOperationException($"no {name} in the stand-in");

        /// <summary>The property type the v4 SDK generates for a member of this shape.</summary>
        private static Type DotNetType(string shapeName)
        {
            JsonElement shape = Shapes.GetProperty(shapeName);
            switch (shape.GetProperty("type").GetString())
            {
                case "string":
                    return shape.TryGetProperty("enum", out _)
                        ? Sdk.GetType(ConnectNamespace + "." + shapeName) ?? throw new InvalidOperationException($"no enum {shapeName} in the stand-in")
                        : typeof(string);
                case "integer":
                    return typeof(int?);
                case "long":
                    return typeof(long?);
                case "boolean":
                    return typeof(bool?);
                case "timestamp":
                    return typeof(DateTime?);
                case "map":
                    return typeof(Dictionary<,>).MakeGenericType(DotNetType(Reference(shape, "key")), DotNetType(Reference(shape, "value")));
                case "list":
                    string item = Reference(shape, "member");
                    return typeof(List<>).MakeGenericType(Shapes.GetProperty(item).GetProperty("type").GetString() == "string" ? typeof(string) : DotNetType(item));
                case "structure":
                    return ModelType(shapeName);
                default:
                    throw new InvalidOperationException($"{shapeName}: unexpected shape type");
            }
        }

        private static string Reference(JsonElement shape, string member) => shape.GetProperty(member).GetProperty("shape").GetString()!;

        /// <summary>The named arguments of [AWSProperty] as the SDK writes them (Required, Min, Max); empty without the attribute.</summary>
        private static string ExpectedTraits(JsonElement memberShape, bool required)
        {
            var traits = new List<string>();
            if (required)
            {
                traits.Add("Required=True");
            }

            if (memberShape.GetProperty("type").GetString() is "string" or "list" or "map" or "integer" or "long")
            {
                traits.AddRange(new[] { "min", "max" }
                    .Where(t => memberShape.TryGetProperty(t, out _))
                    .Select(t => $"{char.ToUpperInvariant(t[0])}{t.Substring(1)}={memberShape.GetProperty(t).GetInt64()}"));
            }

            return string.Join(", ", traits);
        }

        private static string ActualTraits(PropertyInfo property) =>
            property.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.Name == "AWSPropertyAttribute") is { } attribute
                ? string.Join(", ", attribute.NamedArguments
                    .OrderBy(a => Array.IndexOf(new[] { "Required", "Min", "Max" }, a.MemberName))
                    .Select(a => $"{a.MemberName}={a.TypedValue.Value}"))
                : string.Empty;
    }
}
