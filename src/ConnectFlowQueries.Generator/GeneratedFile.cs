using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>The type a generated member is declared in, with the namespace and the types around it, and the file it goes to.</summary>
    internal sealed record PartialTypeModel(string HintName, string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes);

    /// <summary>One method's implementation, indented for its place inside <see cref="Type"/>'s declarations.</summary>
    internal sealed record GeneratedMember(PartialTypeModel Type, string Text);

    /// <summary>
    /// One generated file: every [FlowQuery] and [FlowModuleQuery] member of one type, in source order, flows first.
    /// One file per type rather than per method because Roslyn checks each added file's name against every name the
    /// generator added before it: that check grows with the square of the files (docs/performance.md).
    /// </summary>
    internal sealed record GeneratedFile(string HintName, PartialTypeModel Type, EquatableArray<string> Members)
    {
        /// <summary>
        /// Groups the members by type. A type's members keep their order; types come in the order their first member
        /// does. Two types whose names spell the same file name (Roslyn compares hint names ignoring case) get
        /// "-2", "-3" after the later ones' names: a character no type name spells, so the result is unique.
        /// </summary>
        public static EquatableArray<GeneratedFile> GroupByType(ImmutableArray<GeneratedMember> flows, ImmutableArray<GeneratedMember> modules)
        {
            var order = new List<PartialTypeModel>();
            var membersByType = new Dictionary<PartialTypeModel, List<string>>();
            Add(flows);
            Add(modules);

            var files = new GeneratedFile[order.Count];
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < files.Length; i++)
            {
                PartialTypeModel type = order[i];
                files[i] = new GeneratedFile(UniqueHintName(type.HintName, hintNames), type, new EquatableArray<string>(membersByType[type].ToArray()));
            }

            return new EquatableArray<GeneratedFile>(files);

            void Add(ImmutableArray<GeneratedMember> members)
            {
                foreach (GeneratedMember member in members)
                {
                    if (!membersByType.TryGetValue(member.Type, out List<string>? texts))
                    {
                        membersByType.Add(member.Type, texts = new List<string>());
                        order.Add(member.Type);
                    }

                    texts.Add(member.Text);
                }
            }
        }

        private static string UniqueHintName(string hintName, HashSet<string> taken)
        {
            const string Extension = ".g.cs";
            string stem = hintName.EndsWith(Extension, StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - Extension.Length) : hintName;
            string candidate = hintName;
            for (int n = 2; !taken.Add(candidate); n++)
            {
                candidate = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + Extension;
            }

            return candidate;
        }
    }
}
