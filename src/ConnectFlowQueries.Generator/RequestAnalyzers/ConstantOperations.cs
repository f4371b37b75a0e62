using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConnectFlowQueries.Generator.RequestAnalyzers
{
    /// <summary>
    /// What the compiler knows to be constant: literals, const fields, concatenations of constants, verbatim and raw
    /// strings, constant interpolations. Built-in conversions (int to int?) are looked through; user-defined ones
    /// (string to a ConstantClass) are not, since they run code.
    /// </summary>
    internal static class ConstantOperations
    {
        public static IOperation WithoutBuiltInConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        public static string? String(IOperation? operation) =>
            operation is not null && WithoutBuiltInConversions(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

        public static int? Int(IOperation? operation) =>
            operation is not null && WithoutBuiltInConversions(operation).ConstantValue is { HasValue: true, Value: int value } ? value : null;

        /// <summary>A constant of any integral type up to long (an int written for a long? member, a long const).</summary>
        public static long? Integer(IOperation? operation) =>
            operation is not null && WithoutBuiltInConversions(operation).ConstantValue is { HasValue: true, Value: { } value } &&
            value is int or long or short or sbyte or byte or ushort or uint
                ? System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
    }
}
