using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// The search operations' input shapes (Fixtures/connect-search-contact-flows.shapes.json, extracted from the
    /// service model) and a validator that walks a request body against them: every member exists, structures are
    /// objects, lists are arrays, strings are strings and within their enum, integers are integers, no member twice.
    /// </summary>
    internal sealed class ServiceModel
    {
        public static readonly ServiceModel SearchOperations = new ServiceModel(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "connect-search-contact-flows.shapes.json"));

        private readonly JsonElement _operations;
        private readonly JsonElement _shapes;

        private ServiceModel(string path)
        {
            JsonElement root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
            _operations = root.GetProperty("operations");
            _shapes = root.GetProperty("shapes");
        }

        public static string Operation(FlowQueryTarget target) => target == FlowQueryTarget.Flows ? "SearchContactFlows" : "SearchContactFlowModules";

        /// <summary>The problems found; empty when the body is valid input of the operation.</summary>
        public IReadOnlyList<string> Validate(string operation, string json)
        {
            var problems = new List<string>();
            using JsonDocument document = JsonDocument.Parse(json);
            Walk(_operations.GetProperty(operation).GetProperty("input"), document.RootElement, "$", problems);
            return problems;
        }

        private void Walk(JsonElement shape, JsonElement value, string path, List<string> problems)
        {
            while (shape.TryGetProperty("shape", out JsonElement reference))
            {
                shape = _shapes.GetProperty(reference.GetString()!);
            }

            string type = shape.TryGetProperty("type", out JsonElement t) ? t.GetString()! : "string";
            switch (type)
            {
                case "structure" when value.ValueKind == JsonValueKind.Object:
                    JsonElement members = shape.GetProperty("members");
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        if (!seen.Add(property.Name))
                        {
                            problems.Add($"{path}.{property.Name}: member written twice");
                        }

                        if (members.TryGetProperty(property.Name, out JsonElement member))
                        {
                            Walk(member, property.Value, $"{path}.{property.Name}", problems);
                        }
                        else
                        {
                            problems.Add($"{path}.{property.Name}: no such member; the shape has {string.Join(", ", members.EnumerateObject().Select(m => m.Name))}");
                        }
                    }

                    if (shape.TryGetProperty("required", out JsonElement required))
                    {
                        problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!).Where(r => !seen.Contains(r)).Select(r => $"{path}.{r}: required member missing"));
                    }

                    break;
                case "list" when value.ValueKind == JsonValueKind.Array:
                    int i = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Walk(shape.GetProperty("member"), item, $"{path}[{i++}]", problems);
                    }

                    break;
                case "string" when value.ValueKind == JsonValueKind.String:
                    if (shape.TryGetProperty("enum", out JsonElement values) && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
                    {
                        problems.Add($"{path}: '{value.GetString()}' is not one of {string.Join(", ", values.EnumerateArray())}");
                    }

                    break;
                case "integer" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _):
                    break;
                default:
                    problems.Add($"{path}: expected {type}, found {value.ValueKind}");
                    break;
            }
        }
    }
}
