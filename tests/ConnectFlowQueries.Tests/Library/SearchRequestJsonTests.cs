using System;
using System.Text.Json;
using ConnectFlowQueries.Tests.Support;
using Xunit;

namespace ConnectFlowQueries.Tests.Library
{
    /// <summary>FlowQuery.ToSearchRequestJson: the --cli-input-json body, checked against the service model's shapes.</summary>
    public class SearchRequestJsonTests
    {
        public static TheoryData<FlowQueryTarget, string> Samples() => SampleQueries.AllData();

        [Theory]
        [MemberData(nameof(Samples))]
        public void EveryBodyIsValidInputOfTheOperation(FlowQueryTarget target, string text)
        {
            FlowQuery query = FlowQuery.Parse(text, target).Query!;

            foreach (string json in new[] { query.ToSearchRequestJson("instance-1"), query.ToSearchRequestJson("instance-1", 100, "token-2") })
            {
                Assert.Empty(ServiceModel.SearchOperations.Validate(ServiceModel.Operation(target), json));
            }
        }

        /// <summary>The body is the request the [FlowQuery] method builds, member for member (SDK property names are the wire names).</summary>
        [Theory]
        [MemberData(nameof(Samples))]
        public void BodyIsTheAttributesRequestOnTheWire(FlowQueryTarget target, string text)
        {
            FlowQuery query = FlowQuery.Parse(text, target).Query!;

            Assert.Equal(
                ObjectGraph.FromSdk(GeneratedRequests.CompileTime(target, text, "instance-1", 7, "token-2")),
                ObjectGraph.FromJson(query.ToSearchRequestJson("instance-1", 7, "token-2")));
        }

        [Fact]
        public void TheValidatorRejectsWhatTheServiceWould()
        {
            const string Flows = "SearchContactFlows", Modules = "SearchContactFlowModules";

            Assert.Contains("required member missing", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, "{}")));
            Assert.Contains("no such member", Assert.Single(ServiceModel.SearchOperations.Validate(Modules, """{"InstanceId":"i","SearchCriteria":{"TypeCondition":"CONTACT_FLOW"}}""")));
            Assert.Contains("not one of", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, """{"InstanceId":"i","SearchCriteria":{"StatusCondition":"PUBLISH"}}""")));
            Assert.Contains("expected list", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, """{"InstanceId":"i","SearchCriteria":{"AndConditions":{}}}""")));
            Assert.Contains("expected structure", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, """{"InstanceId":"i","SearchFilter":{"TagFilter":{"OrConditions":[[[]]]}}}""")));
            Assert.Contains("expected integer", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, """{"InstanceId":"i","MaxResults":"5"}""")));
            Assert.Contains("written twice", Assert.Single(ServiceModel.SearchOperations.Validate(Flows, """{"InstanceId":"i","InstanceId":"j"}""")));
            Assert.Empty(ServiceModel.SearchOperations.Validate(Modules, """{"InstanceId":"i","SearchCriteria":{"StateCondition":"ACTIVE"}}"""));
        }

        [Fact]
        public void WritesTheCliInputJson()
        {
            FlowQuery query = FlowQuery.Parse("name ^= 'billing' and status = PUBLISHED and tag:Team = 'ops'", FlowQueryTarget.Flows).Query!;

            Assert.Equal(
                """
                {
                  "InstanceId": "instance-1",
                  "MaxResults": 50,
                  "NextToken": "abc",
                  "SearchCriteria": {
                    "AndConditions": [
                      {
                        "StringCondition": {
                          "FieldName": "name",
                          "Value": "billing",
                          "ComparisonType": "STARTS_WITH"
                        }
                      },
                      {
                        "StatusCondition": "PUBLISHED"
                      }
                    ]
                  },
                  "SearchFilter": {
                    "TagFilter": {
                      "TagCondition": {
                        "TagKey": "Team",
                        "TagValue": "ops"
                      }
                    }
                  }
                }

                """.Replace("\r\n", "\n"),
                query.ToSearchRequestJson("instance-1", 50, "abc"));
        }

        [Theory]
        [InlineData("quote \" backslash \\ slash /")]
        [InlineData("tab\t newline\n return\r bell\u0007 nul\0 unit\u001f del\u007f")]
        [InlineData("line\u2028 paragraph\u2029 emoji \U0001F600 accent é ideograph 漢")]
        public void StringsAreEscapedAndReadBackTheSame(string value)
        {
            string text = "name = " + "'" + value.Replace("'", "''") + "' and tag['" + value + "'] = 'v'";
            FlowQuery query = FlowQuery.Parse(text, FlowQueryTarget.Flows).Query!;

            string json = query.ToSearchRequestJson("i");

            Assert.DoesNotContain(json, c => c < ' ' && c != '\n');
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement criteria = document.RootElement.GetProperty("SearchCriteria").GetProperty("StringCondition");
            Assert.Equal(value, criteria.GetProperty("Value").GetString());
            Assert.Equal(value, document.RootElement.GetProperty("SearchFilter").GetProperty("TagFilter").GetProperty("TagCondition").GetProperty("TagKey").GetString());
        }

        [Fact]
        public void ALoneSurrogateIsEscaped()
        {
            FlowQuery query = FlowQuery.Parse("name = 'a\ud800b'", FlowQueryTarget.Flows).Query!;

            string json = query.ToSearchRequestJson("i");

            Assert.Contains("\"Value\": \"a\\ud800b\"", json);
        }

        [Fact]
        public void ArgumentsAreChecked()
        {
            FlowQuery query = FlowQuery.Parse("name = 'x'", FlowQueryTarget.Flows).Query!;

            Assert.Throws<ArgumentException>(() => query.ToSearchRequestJson(""));
            Assert.Throws<ArgumentNullException>(() => query.ToSearchRequestJson(null!));
            Assert.Equal("The Amazon Connect instance id has 1 to 100 characters. (Parameter 'instanceId')", Assert.Throws<ArgumentException>(() => query.ToSearchRequestJson(new string('i', 101))).Message);
            Assert.Equal("A search NextToken has at most 2500 characters. (Parameter 'nextToken')", Assert.Throws<ArgumentException>(() => query.ToSearchRequestJson("i", null, new string('t', 2501))).Message);
            Assert.Contains(new string('t', 2500), query.ToSearchRequestJson(new string('i', 100), 100, new string('t', 2500)));
            Assert.StartsWith("Amazon Connect accepts 1 to 100 results per page.", Assert.Throws<ArgumentOutOfRangeException>(() => query.ToSearchRequestJson("i", 0)).Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => query.ToSearchRequestJson("i", 101));
            Assert.DoesNotContain("NextToken", query.ToSearchRequestJson("i", 1, ""));
            Assert.DoesNotContain("MaxResults", query.ToSearchRequestJson("i"));
        }
    }
}
