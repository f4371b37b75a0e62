using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ConnectFlowQueries.Tests.Support
{
    /// <summary>Valid queries covering every request shape: each field, operator, nesting and tag filter form.</summary>
    internal static class SampleQueries
    {
        public static readonly string[] Flows =
        {
            "name ^= 'billing' and status = PUBLISHED",
            "name = 'x'",
            "description *= 'queue' or type = customer_queue",
            "(name ^= 'a' or name ^= 'b') and state = ACTIVE and tag:Dept = 'Sales'",
            "tag:Team = 'ops'",
            "tag:a = '1' and tag['cost center'] = 'it''s'",
            "tag:a = '1' and (tag:b = '2' or tag:c = '3') and status = SAVED",
            "name = 'a' and (description = 'b' and type = 'AGENT_HOLD')",
            "name = 'a' or (name = 'b' or name = 'c')",
            "NAME = 'a' AND state = archived OR Status = saved",
            "type = CAMPAIGN and name = 'quote \" backslash \\ tab\t newline\n bell\u0007 line\u2028 emoji \U0001F600 é'",
            "type = CAMPAIGN or tag:Team = 'x'",
            "name ^= 'b' and tag:Dept = 'Sales' and (type = CONTACT_FLOW and tag:a = '1' or tag:b = '2' and tag:c = '3' or type = AGENT_HOLD)",
        };

        public static readonly string[] Modules =
        {
            "name ^= 'auth' and status = PUBLISHED",
            "description *= 'xy' or state = ARCHIVED",
            "tag:Team = 'ops' and name = 'm'",
            "(tag:a = '1' or tag:b = '2') and (name = 'x' or description = 'y')",
        };

        public static IEnumerable<(FlowQueryTarget Target, string Text)> All =>
            Flows.Select(q => (FlowQueryTarget.Flows, q)).Concat(Modules.Select(q => (FlowQueryTarget.Modules, q)));

        public static TheoryData<FlowQueryTarget, string> AllData()
        {
            var data = new TheoryData<FlowQueryTarget, string>();
            foreach ((FlowQueryTarget target, string text) in All)
            {
                data.Add(target, text);
            }

            return data;
        }
    }
}
