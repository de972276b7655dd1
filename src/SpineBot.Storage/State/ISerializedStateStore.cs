using Microsoft.Bot.Builder;

namespace SpineBot.Storage.State;

/// <summary>
/// A store that writes a <see cref="SerializedState"/>'s JSON as it is and reads state with <see cref="StateJson"/>
/// (SpineBot's SQLite and blob stores), so that <see cref="StoredFormConversationState"/> can hand it the JSON it made.
/// </summary>
internal interface ISerializedStateStore : IStorage;
