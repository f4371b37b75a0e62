using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>The type a generated method is declared in, with the namespace and the types around it.</summary>
    internal sealed record PartialTypeModel(string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes);

    /// <summary>
    /// One generated file: every [FlowQuery] and [FlowModuleQuery] method of one type, in source order, flows first.
    /// One file per type rather than per method because Roslyn checks each added file's name against every name the
    /// generator added before it: that check grows with the square of the files (docs/performance.md).
    /// </summary>
    internal sealed record GeneratedFile(string HintName, PartialTypeModel Type, EquatableArray<MethodModel> Methods)
    {
        /// <summary>
        /// Groups the methods by type. A type's methods keep their order; types come in the order of their first
        /// method. Two types whose names spell the same file name (Roslyn compares hint names ignoring case) get
        /// "-2", "-3" after the later ones' names: a character no type name spells, so every name is unique.
        /// </summary>
        public static EquatableArray<GeneratedFile> GroupByType(ImmutableArray<MethodModel> flows, ImmutableArray<MethodModel> modules)
        {
            var indexByType = new Dictionary<(string?, EquatableArray<ContainingTypeModel>), int>();
            var groups = new List<(string HintName, PartialTypeModel Type, List<MethodModel> Methods)>();
            Add(flows);
            Add(modules);

            var files = new GeneratedFile[groups.Count];
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < files.Length; i++)
            {
                (string hintName, PartialTypeModel type, List<MethodModel> methods) = groups[i];
                files[i] = new GeneratedFile(UniqueHintName(hintName, hintNames), type, new EquatableArray<MethodModel>(methods.ToArray()));
            }

            return new EquatableArray<GeneratedFile>(files);

            void Add(ImmutableArray<MethodModel> methods)
            {
                foreach (MethodModel method in methods)
                {
                    if (!indexByType.TryGetValue((method.Namespace, method.ContainingTypes), out int index))
                    {
                        indexByType.Add((method.Namespace, method.ContainingTypes), index = groups.Count);
                        groups.Add((method.HintName, new PartialTypeModel(method.Namespace, method.ContainingTypes), new List<MethodModel>()));
                    }

                    groups[index].Methods.Add(method);
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
