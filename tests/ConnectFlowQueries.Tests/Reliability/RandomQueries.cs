using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConnectFlowQueries.Tests.Reliability
{
    /// <summary>
    /// Seeded random inputs: queries valid by construction (from the grammar), and mutations of them.
    /// Same seed, same sequence, so a failure is reproduced by its seed and case number.
    /// </summary>
    internal sealed class RandomQueries
    {
        private static readonly string[] EnumFields = { "type", "state", "status" };
        private static readonly Dictionary<string, string[]> EnumValues = new()
        {
            ["type"] = new[] { "CONTACT_FLOW", "AGENT_HOLD", "CUSTOMER_QUEUE", "CAMPAIGN", "QUEUE_TRANSFER" },
            ["state"] = new[] { "ACTIVE", "ARCHIVED" },
            ["status"] = new[] { "PUBLISHED", "SAVED" },
        };

        private static readonly string[] Nasty = { "\0", "\n", "\r\n", "'", "''", "\"", "\\", "{", "}", "(", ")", "\uD83D\uDE00", "\uD800", "\uDC00", "\u200B", "é", "\t", "$", "^=", "*=", " and ", " or ", "not ", "tag:", "[" };

        private readonly Random _random;

        public RandomQueries(int seed) => _random = new Random(seed);

        /// <summary>A query with no errors: criteria of nested and/or groups, plus top-level tag conjuncts.</summary>
        public string ValidQuery()
        {
            var conjuncts = new List<string>();
            if (_random.Next(5) > 0)
            {
                conjuncts.Add(Criteria(depth: 0));
            }

            int tags = conjuncts.Count == 0 ? 1 + _random.Next(3) : _random.Next(3);
            for (int i = 0; i < tags; i++)
            {
                conjuncts.Add(_random.Next(3) == 0 ? $"({Tag()} or {Tag()})" : Tag());
            }

            if (_random.Next(4) == 0)
            {
                conjuncts.Insert(_random.Next(conjuncts.Count + 1), AttributeOr());
            }

            return string.Join(Keyword(" and "), conjuncts);
        }

        /// <summary>An 'or' of terms of tags and at most one type each, with a type and a tag somewhere: a flow attribute filter.</summary>
        private string AttributeOr()
        {
            int count = 2 + _random.Next(3);
            var terms = new List<string>();
            for (int i = 0; i < count; i++)
            {
                var parts = new List<string>();
                bool needsType = i == 0, needsTag = i == 1;
                if (needsType || _random.Next(2) == 0)
                {
                    string[] types = EnumValues["type"];
                    parts.Add($"{RandomCase("type")} = {RandomCase(types[_random.Next(types.Length)])}");
                }

                int tags = needsTag ? 1 + _random.Next(2) : parts.Count == 0 ? 1 : _random.Next(3);
                for (int j = 0; j < tags; j++)
                {
                    parts.Insert(_random.Next(parts.Count + 1), Tag());
                }

                terms.Add(string.Join(Keyword(" and "), parts));
            }

            return "(" + string.Join(Keyword(" or "), terms) + ")";
        }

        /// <summary>A valid query with random edits: inserted, deleted or swapped characters, odd Unicode.</summary>
        public string Mutate(string query)
        {
            var sb = new StringBuilder(query);
            int edits = 1 + _random.Next(4);
            for (int i = 0; i < edits; i++)
            {
                int at = _random.Next(sb.Length + 1);
                switch (_random.Next(5))
                {
                    case 0 when sb.Length > 0 && at < sb.Length:
                        sb.Remove(at, 1 + _random.Next(Math.Min(5, sb.Length - at)));
                        break;
                    case 1 when at + 1 < sb.Length:
                        (sb[at], sb[at + 1]) = (sb[at + 1], sb[at]);
                        break;
                    case 2:
                        sb.Insert(at, (char)_random.Next(0, 0x10000));
                        break;
                    default:
                        sb.Insert(at, Nasty[_random.Next(Nasty.Length)]);
                        break;
                }
            }

            return sb.ToString();
        }

        private string Criteria(int depth)
        {
            if (depth >= 3 || _random.Next(3) == 0)
            {
                return Comparison();
            }

            int count = 2 + _random.Next(3);
            string op = _random.Next(2) == 0 ? " and " : " or ";
            string joined = string.Join(Keyword(op), Enumerable.Range(0, count).Select(_ => Criteria(depth + 1)));
            // Unparenthesised only where precedence cannot pull a following tag conjunct into an "or".
            return depth == 0 && op == " and " && _random.Next(2) == 0 ? joined : "(" + joined + ")";
        }

        private string Comparison()
        {
            if (_random.Next(5) < 2)
            {
                string field = EnumFields[_random.Next(EnumFields.Length)];
                string[] values = EnumValues[field];
                string value = RandomCase(values[_random.Next(values.Length)]);
                return $"{RandomCase(field)} {(_random.Next(4) == 0 ? "==" : "=")} {(_random.Next(2) == 0 ? value : "'" + value + "'")}";
            }

            string name = _random.Next(2) == 0 ? "name" : "description";
            string[] ops = { "=", "^=", "*=" };
            string op = ops[_random.Next(ops.Length)];
            string text = Text(op == "*=" ? 2 : 0, op == "*=" ? 25 : 40);
            return $"{RandomCase(name)}{Space()}{op}{Space()}'{text.Replace("'", "''")}'";
        }

        private string Tag()
        {
            string key = Text(1, 12);
            bool plain = key.Length > 0 && (char.IsLetter(key[0]) || key[0] == '_') && key.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.');
            string field = plain && _random.Next(2) == 0 ? "tag:" + key : "tag['" + key.Replace("'", "''") + "']";
            return $"{field} = '{Text(0, 20).Replace("'", "''")}'";
        }

        private string Text(int min, int max)
        {
            const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.:/'\"{}()é😀";
            var sb = new StringBuilder();
            int length = min + _random.Next(max - min + 1);
            while (new StringInfo(sb.ToString()).LengthInTextElements < length && sb.Length < length)
            {
                int i = _random.Next(Alphabet.Length);
                if (char.IsSurrogate(Alphabet[i]))
                {
                    i -= i > 0 && char.IsLowSurrogate(Alphabet[i]) ? 1 : 0;
                    if (sb.Length + 2 > length)
                    {
                        continue;
                    }

                    sb.Append(Alphabet, i, 2);
                    continue;
                }

                sb.Append(Alphabet[i]);
            }

            return sb.ToString();
        }

        private string Keyword(string keyword) => _random.Next(4) == 0 ? keyword.ToUpperInvariant() : keyword;

        private string Space() => _random.Next(3) == 0 ? string.Empty : " ";

        private string RandomCase(string text) => _random.Next(3) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text.ToLowerInvariant(),
            _ => text,
        };

        /// <summary>A C# literal spelling of the query, in a random literal kind, so in-string locations get exercised.</summary>
        public string CSharpLiteral(string query)
        {
            int kind = _random.Next(3);
            if (kind == 1 && !query.Contains('\0') && !query.Any(char.IsSurrogate))
            {
                return "@\"" + query.Replace("\"", "\"\"") + "\"";
            }

            if (kind == 2 && query.Trim().Length > 0 && !query.Contains('"') && !query.Contains('\n') && !query.Contains('\r') && query.Length > 0 && !query.Any(char.IsSurrogate) && !query.Any(c => c is '\u2028' or '\u2029' or '\u0085'))
            {
                return "\"\"\"" + query + "\"\"\"";
            }

            return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(query, quote: true);
        }

        public static string Show(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
    }
}
