using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>
    /// Canonical JSON for comparing request structures: SDK object graphs by their public properties (null ones
    /// left out, enum constants as their value, lists as arrays), wire JSON as it is, object members sorted by name.
    /// The SDK's property names are the wire member names, so an SDK graph and a request body compare directly.
    /// </summary>
    internal static class ObjectGraph
    {
        public static string FromSdk(object? graph) => ToNode(graph)?.ToJsonString() ?? "null";

        public static string FromJson(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString() ?? "null";

        private static JsonNode? ToNode(object? value)
        {
            switch (value)
            {
                case null:
                    return null;
                case ConstantClass constant:
                    return JsonValue.Create(constant.Value);
                case string text:
                    return JsonValue.Create(text);
                case int number:
                    return JsonValue.Create(number);
                case IEnumerable list:
                    return new JsonArray(list.Cast<object?>().Select(ToNode).ToArray());
                default:
                    var obj = new JsonObject();
                    // Only the Connect model's own members: AWSSDK.Core's request base has client-side settings, not wire members.
                    foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(p => p.DeclaringType!.Namespace!.StartsWith("Amazon.Connect", StringComparison.Ordinal))
                        .OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        if (ToNode(property.GetValue(value)) is { } node)
                        {
                            obj[property.Name] = node;
                        }
                    }

                    return obj;
            }
        }

        private static JsonNode? Sorted(JsonNode? node) => node switch
        {
            JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, Sorted(p.Value)))),
            JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
            null => null,
            _ => JsonNode.Parse(node.ToJsonString()),
        };
    }
}
