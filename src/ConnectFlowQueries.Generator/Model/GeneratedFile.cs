using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConnectFlowQueries.Language;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// The type a generated method is declared in, with the namespace and the types around it. A struct, because
    /// grouping makes one per method only to look it up.
    /// </summary>
    internal readonly record struct PartialTypeModel(string? Namespace, EquatableArray<ContainingTypeModel> ContainingTypes);

    /// <summary>
    /// One generated file: every [FlowQuery] and [FlowModuleQuery] method of one type, in source order, flows first.
    /// One file per type rather than per method because Roslyn checks each added file's name against every name the
    /// generator added before it: that check grows with the square of the files (docs/performance.md).
    /// </summary>
    internal sealed record GeneratedFile(string HintName, PartialTypeModel Type, EquatableArray<MethodModel> Methods)
    {
        /// <summary>How every hint name the reader makes ends.</summary>
        public const string HintNameExtension = ".g.cs";

        /// <summary>
        /// Groups the methods by type. A type's methods keep their order; types come in the order of their first
        /// method. Two types whose names spell the same file name (Roslyn compares hint names ignoring case) get
        /// "-2", "-3" after the later ones' names: a character no type name spells, so every name is unique.
        /// </summary>
        public static EquatableArray<GeneratedFile> GroupByType(ImmutableArray<MethodModel> flows, ImmutableArray<MethodModel> modules)
        {
            var indexByType = new Dictionary<PartialTypeModel, int>();
            var groups = new List<(PartialTypeModel Type, List<MethodModel> Methods)>();
            Add(flows);
            Add(modules);

            var files = new GeneratedFile[groups.Count];
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < files.Length; i++)
            {
                (PartialTypeModel type, List<MethodModel> methods) = groups[i];
                files[i] = new GeneratedFile(UniqueHintName(methods[0].HintName, hintNames), type, new EquatableArray<MethodModel>(methods.ToArray()));
            }

            return new EquatableArray<GeneratedFile>(files);

            void Add(ImmutableArray<MethodModel> methods)
            {
                foreach (MethodModel method in methods)
                {
                    var type = new PartialTypeModel(method.Namespace, method.ContainingTypes);
                    if (!indexByType.TryGetValue(type, out int index))
                    {
                        indexByType.Add(type, index = groups.Count);
                        groups.Add((type, new List<MethodModel>()));
                    }

                    groups[index].Methods.Add(method);
                }
            }
        }

        /// <summary><paramref name="hintName"/>, or, if a file of that name (ignoring case) is taken, "-2", "-3" before its extension.</summary>
        private static string UniqueHintName(string hintName, HashSet<string> taken)
        {
            if (taken.Add(hintName))
            {
                return hintName; // every file but a colliding one: no string made
            }

            string stem = hintName.Substring(0, hintName.Length - HintNameExtension.Length);
            string candidate;
            int n = 1;
            do
            {
                n++;
                candidate = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + HintNameExtension;
            }
            while (!taken.Add(candidate));

            return candidate;
        }
    }
}
