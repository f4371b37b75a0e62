using System.Globalization;
using System.Text;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries
{
    /// <summary>
    /// Writes a bound query as the SearchContactFlows / SearchContactFlowModules request body: member names and nesting
    /// of the service model, which the AWS CLI's --cli-input-json takes as they are. Indented, for people reading it.
    /// </summary>
    internal sealed class SearchRequestJson
    {
        private readonly StringBuilder _sb = new StringBuilder(256);
        private int _depth;
        private bool _first = true;

        public static string Write(BoundQuery query, string instanceId, int? maxResults, string? nextToken)
        {
            var json = new SearchRequestJson();
            json.StartObject();
            json.Name(RequestShape.InstanceId).String(instanceId);
            if (maxResults is int size)
            {
                json.Name(RequestShape.MaxResults).Raw(size.ToString(CultureInfo.InvariantCulture));
            }

            if (nextToken is not null)
            {
                json.Name(RequestShape.NextToken).String(nextToken);
            }

            if (query.Criteria is { } criteria)
            {
                json.Name(RequestShape.SearchCriteria).Criteria(criteria);
            }

            if (query.TagFilter is not null || query.AttributeFilter is not null)
            {
                json.Name(RequestShape.SearchFilter).StartObject();
                if (query.TagFilter is { } tags)
                {
                    json.Name(RequestShape.TagFilter).TagFilter(tags);
                }

                if (query.AttributeFilter is { } attributes)
                {
                    json.Name(RequestShape.FlowAttributeFilter).AttributeFilter(attributes);
                }

                json.EndObject();
            }

            json.EndObject();
            return json._sb.Append('\n').ToString();
        }

        private void Criteria(BoundCriteria criteria)
        {
            StartObject();
            switch (criteria)
            {
                case BoundLogical logical:
                    Name(RequestShape.Member(logical.Operator)).StartArray();
                    foreach (BoundCriteria operand in logical.Operands)
                    {
                        Item().Criteria(operand);
                    }

                    EndArray();
                    break;
                case BoundStringCondition condition:
                    Name(RequestShape.StringCondition).StartObject();
                    Name(RequestShape.FieldName).String(condition.FieldName);
                    Name(RequestShape.Value).String(condition.Value.Text);
                    Name(RequestShape.ComparisonType).String(condition.Match.WireName());
                    EndObject();
                    break;
                case BoundEnumCondition condition:
                    Name(condition.CriteriaProperty).String(condition.Value.Text);
                    break;
            }

            EndObject();
        }

        private void TagFilter(BoundTagFilter filter)
        {
            StartObject();
            switch (RequestShape.FormOf(filter))
            {
                case TagFilterForm.TagCondition:
                    Name(RequestShape.TagCondition).Tag(filter.AnyOf[0][0]);
                    break;
                case TagFilterForm.AndConditions:
                    Name(RequestShape.AndConditions).Tags(filter.AnyOf[0]);
                    break;
                default:
                    Name(RequestShape.OrConditions).StartArray();
                    foreach (EquatableArray<BoundTag> all in filter.AnyOf)
                    {
                        Item().Tags(all);
                    }

                    EndArray();
                    break;
            }

            EndObject();
        }

        private void AttributeFilter(BoundAttributeFilter filter)
        {
            StartObject();
            Name(RequestShape.OrConditions).StartArray();
            foreach (BoundAttributeTerm term in filter.AnyOf)
            {
                Item().StartObject();
                if (term.Tags.Count > 0)
                {
                    Name(RequestShape.TagConditions).Tags(term.Tags);
                }

                if (term.Type is { } type)
                {
                    Name(RequestShape.ContactFlowTypeCondition).StartObject();
                    Name(RequestShape.ContactFlowType).String(type.Value.Text);
                    EndObject();
                }

                EndObject();
            }

            EndArray();
            EndObject();
        }

        private void Tags(EquatableArray<BoundTag> tags)
        {
            StartArray();
            foreach (BoundTag tag in tags)
            {
                Item().Tag(tag);
            }

            EndArray();
        }

        private void Tag(BoundTag tag)
        {
            StartObject();
            Name(RequestShape.TagKey).String(tag.Key);
            Name(RequestShape.TagValue).String(tag.Value.Text);
            EndObject();
        }

        private void StartObject() => Open('{');

        private void EndObject() => Close('}');

        private void StartArray() => Open('[');

        private void EndArray() => Close(']');

        private void Open(char bracket)
        {
            _sb.Append(bracket);
            _depth++;
            _first = true;
        }

        private void Close(char bracket)
        {
            _depth--;
            NewLine();
            _sb.Append(bracket);
            _first = false;
        }

        /// <summary>Starts a member: the comma, the line, the quoted name.</summary>
        private SearchRequestJson Name(string name)
        {
            Item();
            AppendString(name);
            _sb.Append(": ");
            return this;
        }

        /// <summary>Starts an array element: the comma and the line.</summary>
        private SearchRequestJson Item()
        {
            _sb.Append(_first ? string.Empty : ",");
            _first = false;
            NewLine();
            return this;
        }

        private void NewLine() => _sb.Append('\n').Append(' ', _depth * 2);

        private void String(string value) => AppendString(value);

        private void Raw(string value) => _sb.Append(value);

        /// <summary>A JSON string: quote, backslash and control characters escaped, and a lone surrogate too, so the output is valid UTF-8.</summary>
        private void AppendString(string value)
        {
            _sb.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"':
                        _sb.Append("\\\"");
                        break;
                    case '\\':
                        _sb.Append("\\\\");
                        break;
                    case '\n':
                        _sb.Append("\\n");
                        break;
                    case '\r':
                        _sb.Append("\\r");
                        break;
                    case '\t':
                        _sb.Append("\\t");
                        break;
                    case '\b':
                        _sb.Append("\\b");
                        break;
                    case '\f':
                        _sb.Append("\\f");
                        break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            _sb.Append(c).Append(value[++i]);
                        }
                        else if (c < ' ' || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                        {
                            _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _sb.Append(c);
                        }

                        break;
                }
            }

            _sb.Append('"');
        }
    }
}
