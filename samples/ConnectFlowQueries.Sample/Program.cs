using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Connect;
using Amazon.Connect.Model;
using Amazon.Runtime;
using ConnectFlowQueries;
using ConnectFlowQueries.Sample;

// Prints each generated request as the JSON body the service receives (null members are not sent).
var json = new JsonSerializerOptions
{
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = { new ConstantClassConverter() },
};
void Show(string title, object request)
{
    Console.WriteLine($"== {title}");
    Console.WriteLine(JsonSerializer.Serialize(request, request.GetType(), json));
    Console.WriteLine();
}

Show("Flows.PublishedBilling(\"instance-1\")", Flows.PublishedBilling("instance-1"));
Show("Flows.AfterHours(\"instance-1\", null)", Flows.AfterHours("instance-1", null));
Show("Flows.ByDepartment(\"instance-1\", \"refund\", ContactFlowStatus.SAVED, \"finance\")",
    Flows.ByDepartment("instance-1", "refund", ContactFlowStatus.SAVED, "finance"));
Show("Modules.Authentication(\"instance-1\")", Modules.Authentication("instance-1"));

var flows = new List<ContactFlow>
{
    new() { Name = "Billing main", Status = ContactFlowStatus.PUBLISHED, State = ContactFlowState.ACTIVE },
    new() { Name = "billing draft", Status = ContactFlowStatus.SAVED, State = ContactFlowState.ACTIVE, Tags = new() { ["Owner"] = "ops" } },
    new() { Name = "Billing old", Status = ContactFlowStatus.SAVED, State = ContactFlowState.ACTIVE },
    new() { Name = "Support", Status = ContactFlowStatus.PUBLISHED, State = ContactFlowState.ACTIVE },
    new() { Name = "Sales", Status = ContactFlowStatus.PUBLISHED, State = ContactFlowState.ACTIVE },
};
var client = new FakeConnectClient(flows);

var firstPage = await Flows.FirstActivePage(client, "instance-1", 3, default);
Console.WriteLine($"== Flows.FirstActivePage: {firstPage.ContactFlows.Count} flows, NextToken = {firstPage.NextToken ?? "null"}");

Console.WriteLine("== Flows.AllActive (pages of 2, NextToken followed to the end):");
await foreach (ContactFlow flow in Flows.AllActive(client, "instance-1"))
{
    Console.WriteLine($"   {flow.Name}");
}

Console.WriteLine($"   ({client.Requests.Count - 1} requests for {flows.Count} flows)");
Console.WriteLine();

Console.WriteLine("== Flows.IsBilling on each flow, in memory:");
foreach (ContactFlow flow in flows)
{
    Console.WriteLine($"   {flow.Name,-14} {Flows.IsBilling(flow)}");
}

Console.WriteLine();

// The same language at run time: a query typed by a user, checked with the very diagnostics the analyzer reports.
foreach (string text in new[] { "name ^= 'billing' and status = PUBLISHED", "nmae ^= 'billing'" })
{
    FlowQueryParseResult parsed = FlowQuery.Parse(text, FlowQueryTarget.Flows);
    Console.WriteLine($"== FlowQuery.Parse(\"{text}\")");
    foreach (FlowQueryDiagnostic diagnostic in parsed.Diagnostics)
    {
        Console.WriteLine($"   {diagnostic.Id} at {diagnostic.Start}..{diagnostic.Start + diagnostic.Length}: {diagnostic.Message}");
    }

    if (parsed.Query is { } query)
    {
        Console.WriteLine($"   canonical text: {query}");
        Console.WriteLine($"   --cli-input-json body: {query.ToSearchRequestJson("instance-1", maxResults: 10)}");
        SearchContactFlowsRequest request = query.ToSearchContactFlowsRequest("instance-1"); // generated extension
        Console.WriteLine($"   as an SDK request: {request.SearchCriteria.AndConditions.Count} AND conditions");
    }
}

Console.WriteLine();

// Hand-written requests are checked too: Status = "PUBLISH" or Content longer than 256000 characters would not
// compile (CFQ023, CFQ020), and a search request built by hand is offered "Convert to [FlowQuery] method" (CFQ027).
var create = new CreateContactFlowRequest
{
    InstanceId = "instance-1",
    Name = "Billing main",
    Type = ContactFlowType.CONTACT_FLOW,
    Status = "SAVED",
    Content = """{"Version":"2019-10-30","StartAction":"start","Actions":[]}""",
};
Console.WriteLine($"== A hand-written CreateContactFlowRequest the analyzers checked: {create.Name}, {create.Status.Value}, {create.Content.Length} characters of content");

/// <summary>Writes an SDK enum (ConstantClass) as its string value, as it travels on the wire.</summary>
internal sealed class ConstantClassConverter : JsonConverter<ConstantClass>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ConstantClass).IsAssignableFrom(typeToConvert);

    public override ConstantClass Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, ConstantClass value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
