using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// Every public property of an object graph, written out: two graphs with the same dump hold the
/// same values everywhere, whatever their records' own Equals compares (an <see cref="ImmutableArray{T}"/>
/// compares by reference).
/// </summary>
internal static class ObjectDump
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return text.ToString();
    }

    private static void Write(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case IFormattable or bool or char or Enum:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!)
        {
            text.Append("default");
            return;
        }

        if (value is IEnumerable items)
        {
            text.Append('[');
            foreach (var item in items)
            {
                Write(item, text);
                text.Append(',');
            }

            text.Append(']');
            return;
        }

        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            Write(property.GetValue(value), text);
            text.Append(';');
        }

        text.Append('}');
    }
}
