using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SpineBot.Triage.Language;

/// <summary>
/// A content rule's regular expression that answers at once with .NET's regex interpreter and is switched to compiled
/// code once a background thread has compiled it (and JIT-compiled it by running it once). Compiling and JIT-compiling
/// every rule of every language took seconds of CPU at start-up, most of the cold start; this way the first runner
/// is answered after the patterns are parsed, and the compiled code takes over a few seconds later. Matches are the
/// same either way (same pattern, options and timeout); only the speed differs. Turned on by the host with the
/// <see cref="SwitchName"/> AppContext switch; without it rules are compiled before they are first used, as before.
/// </summary>
internal sealed class BackgroundCompiledRegex : Regex
{
    /// <summary>The AppContext switch that turns background compilation on (set by the web host before content loads).</summary>
    public const string SwitchName = "SpineBot.Triage.CompileRulesInBackground";

    // Regex keeps the last runner it used for the next match; after the switch it must make a compiled one.
    private static readonly FieldInfo? CachedRunner = typeof(Regex).GetField("_runner", BindingFlags.NonPublic | BindingFlags.Instance);
    private static readonly BlockingCollection<(BackgroundCompiledRegex Target, string Pattern, RegexOptions Options, TimeSpan Timeout)> Pending = [];
    private static readonly List<BackgroundCompiledRegex> Switched = [];
    private static int s_started;
    private static int s_busy;

    private BackgroundCompiledRegex(string pattern, RegexOptions options, TimeSpan matchTimeout)
        : base(pattern, options, matchTimeout)
    {
    }

    /// <summary>Whether the host asked for background compilation.</summary>
    public static bool IsEnabled => AppContext.TryGetSwitch(SwitchName, out var enabled) && enabled;

    /// <summary>Whether this runtime's Regex keeps its last runner where the switch can drop it (else the interpreter
    /// runner kept from before the switch would go on serving one match at a time).</summary>
    public static bool CanDropCachedRunner => CachedRunner?.FieldType == typeof(RegexRunner);

    /// <summary>Whether this regex runs compiled code yet.</summary>
    public bool IsCompiled { get; private set; }

    /// <summary>How many rules still wait for their compiled code (for tests and diagnostics).</summary>
    public static int PendingCount => Pending.Count;

    /// <summary>An interpreted regex now, compiled later; <paramref name="options"/> must not include Compiled.</summary>
    public static Regex Create(string pattern, RegexOptions options, TimeSpan matchTimeout)
    {
        var regex = new BackgroundCompiledRegex(pattern, options & ~RegexOptions.Compiled, matchTimeout);
        Pending.Add((regex, pattern, options | RegexOptions.Compiled, matchTimeout));
        if (Interlocked.Exchange(ref s_started, 1) == 0)
        {
            new Thread(CompileAll) { IsBackground = true, Name = "Rule regex compiler", Priority = ThreadPriority.BelowNormal }.Start();
        }

        return regex;
    }

    /// <summary>
    /// Waits until every rule created so far runs compiled code, or <paramref name="timeout"/> has passed on
    /// <paramref name="timeProvider"/> (the system clock when not given); true when done.
    /// </summary>
    public static bool WaitForAll(TimeSpan timeout, TimeProvider? timeProvider = null)
    {
        var clock = timeProvider ?? TimeProvider.System;
        var started = clock.GetTimestamp();
        while (Pending.Count > 0 || Volatile.Read(ref s_busy) != 0)
        {
            if (clock.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            Thread.Sleep(10);
        }

        return true;
    }

    private static void CompileAll()
    {
        foreach (var (target, pattern, options, timeout) in Pending.GetConsumingEnumerable())
        {
            Volatile.Write(ref s_busy, 1);
            try
            {
                var compiled = new BackgroundCompiledRegex(pattern, options, timeout);
                RulePatterns.SafeIsMatch(compiled, RulePatterns.WarmUpText);
                target.Use(compiled);
            }
            catch (ArgumentException)
            {
                // The pattern was parsed when the interpreted regex was made; a compiler failure keeps the interpreter.
            }
            finally
            {
                if (Pending.Count == 0)
                {
                    ClearRunnersAgain();
                }

                Volatile.Write(ref s_busy, 0);
            }
        }
    }

    private void Use(BackgroundCompiledRegex compiled)
    {
        factory = compiled.factory;
        CachedRunner?.SetValue(this, null);
        IsCompiled = true;
        lock (Switched)
        {
            Switched.Add(this);
        }
    }

    /// <summary>
    /// An interpreter runner that a match in flight during the switch put back is dropped again once the queue is empty,
    /// so the next match of every switched regex makes a compiled runner.
    /// </summary>
    private static void ClearRunnersAgain()
    {
        lock (Switched)
        {
            foreach (var regex in Switched)
            {
                CachedRunner?.SetValue(regex, null);
            }

            Switched.Clear();
        }
    }
}
