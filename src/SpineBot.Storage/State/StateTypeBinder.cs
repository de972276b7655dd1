using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpineBot.Storage.State;

/// <summary>
/// The only types stored bot state may name in its <c>$type</c> fields: primitives, lists, dictionaries and sets of
/// allowed types, the Bot Framework's schema types, and SpineBot's own types. Anything else is refused when written
/// (so an unreadable item is never stored) and when read (so a tampered file or blob cannot instantiate other types).
/// The answers are remembered per type and per name: every state read and write asks about the same few types, and
/// checking a type's assembly by reflection each time was almost half of the state's JSON work.
/// </summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private const string BotSchemaAssembly = "Microsoft.Bot.Schema";
    private const string SpineBotAssembly = "SpineBot";

    private static readonly HashSet<string> FrameworkAssemblies = new(StringComparer.Ordinal)
    {
        "System.Private.CoreLib", "mscorlib", "System.Runtime", "System.Collections", "System.Private.Uri",
    };

    private static readonly HashSet<Type> AllowedTypes =
    [
        typeof(object), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short),
        typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double),
        typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid), typeof(Uri),
    ];

    private static readonly HashSet<Type> AllowedGenericDefinitions =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(SortedDictionary<,>), typeof(HashSet<>), typeof(Nullable<>),
    ];

    private static readonly ConcurrentDictionary<Type, bool> Allowed = new();

    private readonly DefaultSerializationBinder _resolver = new();
    private readonly ConcurrentDictionary<(string? Assembly, string Type), Type> _types = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (_types.TryGetValue((assemblyName, typeName), out var known))
        {
            return known;
        }

        if (assemblyName is not null && !IsTrustedAssemblyName(assemblyName))
        {
            throw Refused(typeName);
        }

        var type = _resolver.BindToType(assemblyName, typeName);
        if (!IsAllowed(type))
        {
            throw Refused(typeName);
        }

        _types.TryAdd((assemblyName, typeName), type);
        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        if (!_names.TryGetValue(serializedType, out var name))
        {
            if (!IsAllowed(serializedType))
            {
                throw Refused(serializedType.FullName ?? serializedType.Name);
            }

            _resolver.BindToName(serializedType, out var assembly, out var type);
            name = (assembly, type);
            _names.TryAdd(serializedType, name);
        }

        (assemblyName, typeName) = name;
    }

    internal static bool IsAllowed(Type type) => Allowed.GetOrAdd(type, IsAllowedType);

    private static bool IsAllowedType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 && IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            return (AllowedGenericDefinitions.Contains(definition) || IsTrustedAssembly(definition))
                && type.GetGenericArguments().All(IsAllowed);
        }

        return AllowedTypes.Contains(type) || IsTrustedAssembly(type);
    }

    private static bool IsTrustedAssembly(Type type) => IsOwnAssemblyName(type.Assembly.GetName().Name ?? string.Empty);

    private static bool IsTrustedAssemblyName(string assemblyName)
    {
        var simpleName = assemblyName.Split(',', 2)[0].Trim();
        return FrameworkAssemblies.Contains(simpleName) || IsOwnAssemblyName(simpleName);
    }

    private static bool IsOwnAssemblyName(string simpleName) =>
        simpleName == BotSchemaAssembly
        || simpleName == SpineBotAssembly
        || simpleName.StartsWith(SpineBotAssembly + ".", StringComparison.Ordinal);

    private static JsonSerializationException Refused(string typeName) =>
        new($"The type '{typeName}' is not allowed in stored bot state. Store primitives, lists, dictionaries, Bot Framework schema types or SpineBot types.");
}
