using System.Collections.Immutable;
using System.Linq;
using ConnectFlowQueries.Language;
using Microsoft.CodeAnalysis;

namespace ConnectFlowQueries.Generator
{
    /// <summary>
    /// Reads the values an AWS SDK "enum" knows from its symbols: a ConstantClass subclass declares one public
    /// static field of its own type per value. Used by the query schema and by the request analyzers,
    /// so both accept exactly what the referenced SDK has.
    /// </summary>
    internal static class ConstantClassValues
    {
        public const string ConstantClassMetadataName = "Amazon.Runtime.ConstantClass";

        /// <summary>The values (field names, sorted ordinally) of <paramref name="type"/>; empty for null.</summary>
        public static EquatableArray<string> Of(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return EquatableArray<string>.Empty;
            }

            return type.GetMembers()
                .OfType<IFieldSymbol>()
                .Where(f => f.IsStatic && f.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(f.Type, type))
                .Select(f => f.Name)
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToImmutableArray()
                .ToEquatableArray();
        }

        /// <summary>True for a class that derives from Amazon.Runtime.ConstantClass (directly or not).</summary>
        public static bool IsConstantClass(ITypeSymbol? type, INamedTypeSymbol? constantClass)
        {
            if (constantClass is null)
            {
                return false;
            }

            for (INamedTypeSymbol? t = (type as INamedTypeSymbol)?.BaseType; t is not null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t, constantClass))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
